// The 专栏 block: a DecoratorNode that stores only its title and which targets it shows; the table
// itself is drawn live from the plan's targets (IndicatorTableBlock) and its number (专栏一) from
// its position (numbers.ts). Serialized as shared/outline/document.ts SerializedIndicatorTableLike.
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { INDICATOR_TABLE_NODE_TYPE, readIndicatorTable, type IndicatorTableSpec, type SerializedNodeLike } from '../../../../shared/outline/document';
import { IndicatorTableBlock } from './IndicatorTableBlock';

export interface SerializedIndicatorTableNode extends SerializedLexicalNode {
  type: typeof INDICATOR_TABLE_NODE_TYPE;
  title: string;
  targetIds: number[];
  groups: string[];
}

export class IndicatorTableNode extends DecoratorNode<JSX.Element> {
  __title: string;
  __targetIds: readonly number[];
  __groups: readonly string[];

  static override getType(): string {
    return INDICATOR_TABLE_NODE_TYPE;
  }

  static override clone(node: IndicatorTableNode): IndicatorTableNode {
    return new IndicatorTableNode({ title: node.__title, targetIds: [...node.__targetIds], groups: [...node.__groups] }, node.__key);
  }

  constructor(spec: IndicatorTableSpec = { title: '', targetIds: [], groups: [] }, key?: NodeKey) {
    super(key);
    this.__title = spec.title;
    this.__targetIds = spec.targetIds;
    this.__groups = spec.groups;
  }

  static override importJSON(json: LexicalParseJSON<SerializedIndicatorTableNode>): IndicatorTableNode {
    // Read defensively: a file written elsewhere may hold anything in these fields.
    return $createIndicatorTableNode(readIndicatorTable(json as unknown as SerializedNodeLike)).updateFromJSON(json);
  }

  override exportJSON(): SerializedIndicatorTableNode {
    const self = this.getLatest();
    return { ...super.exportJSON(), type: INDICATOR_TABLE_NODE_TYPE, version: 1, title: self.__title, targetIds: [...self.__targetIds], groups: [...self.__groups] };
  }

  getSpec(): IndicatorTableSpec {
    const self = this.getLatest();
    return { title: self.__title, targetIds: [...self.__targetIds], groups: [...self.__groups] };
  }

  /** Changes what the 专栏 shows; the fields are cleaned as they are when read from a file. */
  setSpec(spec: Partial<IndicatorTableSpec>): this {
    const self = this.getWritable();
    const next = readIndicatorTable({ type: INDICATOR_TABLE_NODE_TYPE, ...this.getSpec(), ...spec });
    self.__title = next.title;
    self.__targetIds = next.targetIds;
    self.__groups = next.groups;
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'indicator-table-host';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Copied out as HTML: the caption only (the rows live in the database, not in the node). */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('p');
    element.textContent = this.__title;
    return { element };
  }

  override isInline(): boolean {
    return false;
  }

  override decorate(): JSX.Element {
    return <IndicatorTableBlock nodeKey={this.getKey()} title={this.__title} targetIds={this.__targetIds} groups={this.__groups} />;
  }
}

export function $createIndicatorTableNode(spec?: IndicatorTableSpec): IndicatorTableNode {
  return $applyNodeReplacement(new IndicatorTableNode(spec));
}

export function $isIndicatorTableNode(node: LexicalNode | null | undefined): node is IndicatorTableNode {
  return node instanceof IndicatorTableNode;
}
