// A section heading: level 1 (一、) or level 2 (（一）). Serialized as shared/outline/document.ts
// SerializedSectionLike; units an import found on a heading are kept, though headings do not edit them.
import { $applyNodeReplacement, type LexicalNode, type LexicalParseJSON, type NodeKey } from 'lexical';
import { SECTION_NODE_TYPE, type ResponsibleUnits } from '../../../../shared/outline/document';
import { OutlineBlockNode, type SerializedOutlineBlock } from './OutlineBlockNode';
import { cleanUnits, hasUnits, noUnits } from './units';

export type SectionLevel = 1 | 2;

export interface SerializedSectionNode extends SerializedOutlineBlock {
  type: typeof SECTION_NODE_TYPE;
  level: SectionLevel;
  units?: ResponsibleUnits;
}

export class SectionNode extends OutlineBlockNode {
  declare __level: SectionLevel;
  __units: ResponsibleUnits;

  static override getType(): string {
    return SECTION_NODE_TYPE;
  }

  static override clone(node: SectionNode): SectionNode {
    const copy = new SectionNode(node.__level, node.__uid, node.__key);
    copy.__units = node.__units;
    return copy;
  }

  constructor(level: SectionLevel = 1, uid?: string, key?: NodeKey) {
    super(level, uid, key);
    this.__units = noUnits();
  }

  static override importJSON(json: LexicalParseJSON<SerializedSectionNode>): SectionNode {
    return $createSectionNode(json.level === 2 ? 2 : 1, typeof json.uid === 'string' ? json.uid : undefined).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedSectionNode>): this {
    const self = super.updateFromJSON(json);
    self.__units = cleanUnits(json.units);
    return self;
  }

  override exportJSON(): SerializedSectionNode {
    const json: SerializedSectionNode = { ...super.exportJSON(), type: SECTION_NODE_TYPE, level: this.getLevel() as SectionLevel };
    const units = this.getLatest().__units;
    return hasUnits(units) ? { ...json, units } : json;
  }

  getUnits(): ResponsibleUnits {
    return this.getLatest().__units;
  }

  override createSibling(): SectionNode {
    return $createSectionNode(this.getLevel() as SectionLevel);
  }
}

export function $createSectionNode(level: SectionLevel = 1, uid?: string): SectionNode {
  return $applyNodeReplacement(new SectionNode(level, uid));
}

export function $isSectionNode(node: LexicalNode | null | undefined): node is SectionNode {
  return node instanceof SectionNode;
}
