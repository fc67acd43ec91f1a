// What sections (一、 （一）) and items (1. （1）) have in common: a stable uid, a level, and a
// block element whose number is drawn by CSS from data-label (set by numbering.ts), never typed.
import {
  $createParagraphNode,
  ElementNode,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalParseJSON,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import type { ResponsibleUnits } from '../../../../shared/outline/document';
import type { BlockLevel } from '../../../../shared/outline/numbering';
import { cleanUnits, noUnits } from './units';

export type OutlineLevel = 1 | 2 | 3 | 4;

/** A fresh uid for a new block (or a copy that must not share its original's). */
export function newUid(): string {
  return crypto.randomUUID();
}

export interface SerializedOutlineBlock extends SerializedElementNode {
  level: OutlineLevel;
  uid: string;
  units?: ResponsibleUnits;
}

export abstract class OutlineBlockNode extends ElementNode {
  __uid: string;
  __level: OutlineLevel;
  /** 牵头单位 and 责任单位: edited on items; kept on headings when an import found them there. */
  __units: ResponsibleUnits;

  constructor(level: OutlineLevel, uid?: string, key?: NodeKey) {
    super(key);
    this.__level = level;
    this.__uid = uid || newUid();
    this.__units = noUnits();
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__units = prevNode.__units;
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedOutlineBlock>): this {
    const self = super.updateFromJSON(json);
    self.__units = cleanUnits(json.units);
    return self;
  }

  getUnits(): ResponsibleUnits {
    return this.getLatest().__units;
  }

  setUnits(units: ResponsibleUnits): this {
    const self = this.getWritable();
    self.__units = cleanUnits(units);
    return self;
  }

  getUid(): string {
    return this.getLatest().__uid;
  }

  setUid(uid: string): this {
    const self = this.getWritable();
    self.__uid = uid;
    return self;
  }

  getLevel(): OutlineLevel {
    return this.getLatest().__level;
  }

  /** A level of the same kind (1-2 for a section, 3-4 for an item); other levels replace the node. */
  setLevel(level: OutlineLevel): this {
    const self = this.getWritable();
    self.__level = level;
    return self;
  }

  /** A new, empty block of the same kind and level, with its own uid. */
  abstract createSibling(): OutlineBlockNode;

  override createDOM(): HTMLElement {
    const dom = document.createElement('p');
    this.decorateDOM(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    // Changed in place: recreating the element would disturb a composition in progress.
    if (prevNode.__level !== this.__level || prevNode.__uid !== this.__uid) this.decorateDOM(dom);
    return false;
  }

  private decorateDOM(dom: HTMLElement): void {
    for (const c of [...dom.classList]) if (c.startsWith('plan-level-')) dom.classList.remove(c);
    dom.classList.add('plan-block', `plan-level-${this.__level}`);
    dom.setAttribute('data-uid', this.__uid);
    dom.setAttribute('data-level', String(this.__level));
    if (this.__level <= 2) {
      dom.setAttribute('role', 'heading');
      dom.setAttribute('aria-level', String(this.__level + 1));
    } else {
      dom.removeAttribute('role');
      dom.removeAttribute('aria-level');
    }
  }

  /** Copied out as HTML (to Word, WPS), the number is written as text: the recipient has no CSS of ours. */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const element = document.createElement('p');
    const label = editor.getElementByKey(this.getKey())?.getAttribute('data-label');
    if (label) element.append(document.createTextNode(label));
    return { element };
  }

  override exportJSON(): SerializedOutlineBlock {
    return { ...super.exportJSON(), level: this.getLevel(), uid: this.getUid() };
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): OutlineBlockNode {
    const sibling = this.createSibling();
    this.insertAfter(sibling, restoreSelection);
    return sibling;
  }

  /**
   * A deletion that reaches the block's start without the Backspace key (an IME's or a touch keyboard's
   * deleteContentBackward) takes the number away, as the key does ($handleBackspace in register.ts).
   */
  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    this.replace(paragraph, true);
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override isShadowRoot(): boolean {
    return false;
  }
}

export function $isOutlineBlockNode(node: LexicalNode | null | undefined): node is OutlineBlockNode {
  return node instanceof OutlineBlockNode;
}

/** The level of a top-level block: 1-4 for sections and items, 0 for body paragraphs and anything else. */
export function $blockLevel(node: LexicalNode | null | undefined): BlockLevel {
  return $isOutlineBlockNode(node) ? node.getLevel() : 0;
}
