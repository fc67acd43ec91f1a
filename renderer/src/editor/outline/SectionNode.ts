// A section heading: level 1 (一、) or level 2 (（一）). Serialized as shared/outline/document.ts
// SerializedSectionLike; units an import found on a heading are kept, though headings do not edit them.
import { $applyNodeReplacement, type LexicalNode, type LexicalParseJSON, type NodeKey } from 'lexical';
import { SECTION_NODE_TYPE } from '../../../../shared/outline/document';
import { OutlineBlockNode, type SerializedOutlineBlock } from './OutlineBlockNode';
import { hasUnits } from './units';

export type SectionLevel = 1 | 2;

export interface SerializedSectionNode extends SerializedOutlineBlock {
  type: typeof SECTION_NODE_TYPE;
  level: SectionLevel;
}

export class SectionNode extends OutlineBlockNode {
  declare __level: SectionLevel;

  static override getType(): string {
    return SECTION_NODE_TYPE;
  }

  static override clone(node: SectionNode): SectionNode {
    return new SectionNode(node.__level, node.__uid, node.__key);
  }

  constructor(level: SectionLevel = 1, uid?: string, key?: NodeKey) {
    super(level, uid, key);
  }

  static override importJSON(json: LexicalParseJSON<SerializedSectionNode>): SectionNode {
    return $createSectionNode(json.level === 2 ? 2 : 1, typeof json.uid === 'string' ? json.uid : undefined).updateFromJSON(json);
  }

  override exportJSON(): SerializedSectionNode {
    const json: SerializedSectionNode = { ...super.exportJSON(), type: SECTION_NODE_TYPE, level: this.getLevel() as SectionLevel };
    // Headings carry units only when an import put them there; an empty list is not written.
    const units = this.getUnits();
    return hasUnits(units) ? { ...json, units } : json;
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
