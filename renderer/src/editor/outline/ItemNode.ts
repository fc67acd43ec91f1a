// An item: level 3 (1.) or level 4 (（1）), with its responsible units (牵头单位, 责任单位) and
// deadline (完成时限). Serialized as shared/outline/document.ts SerializedItemLike.
import { $applyNodeReplacement, type LexicalNode, type LexicalParseJSON, type NodeKey } from 'lexical';
import { ITEM_NODE_TYPE, type ResponsibleUnits } from '../../../../shared/outline/document';
import { OutlineBlockNode, type SerializedOutlineBlock } from './OutlineBlockNode';

export type ItemLevel = 3 | 4;

export interface SerializedItemNode extends SerializedOutlineBlock {
  type: typeof ITEM_NODE_TYPE;
  level: ItemLevel;
  units: ResponsibleUnits;
  deadline: string;
}

export class ItemNode extends OutlineBlockNode {
  declare __level: ItemLevel;
  __deadline: string;

  static override getType(): string {
    return ITEM_NODE_TYPE;
  }

  static override clone(node: ItemNode): ItemNode {
    const copy = new ItemNode(node.__level, node.__uid, node.__key);
    copy.__deadline = node.__deadline;
    return copy;
  }

  constructor(level: ItemLevel = 3, uid?: string, key?: NodeKey) {
    super(level, uid, key);
    this.__deadline = '';
  }

  static override importJSON(json: LexicalParseJSON<SerializedItemNode>): ItemNode {
    return $createItemNode(json.level === 4 ? 4 : 3, typeof json.uid === 'string' ? json.uid : undefined).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedItemNode>): this {
    const self = super.updateFromJSON(json);
    self.__deadline = typeof json.deadline === 'string' ? json.deadline : '';
    return self;
  }

  override exportJSON(): SerializedItemNode {
    const self = this.getLatest();
    return {
      ...super.exportJSON(),
      type: ITEM_NODE_TYPE,
      level: self.__level,
      units: { lead: [...self.__units.lead], responsible: [...self.__units.responsible] },
      deadline: self.__deadline,
    };
  }

  getDeadline(): string {
    return this.getLatest().__deadline;
  }

  setDeadline(deadline: string): this {
    const self = this.getWritable();
    self.__deadline = deadline.trim();
    return self;
  }

  override createSibling(): ItemNode {
    return $createItemNode(this.getLevel() as ItemLevel);
  }
}

export function $createItemNode(level: ItemLevel = 3, uid?: string): ItemNode {
  return $applyNodeReplacement(new ItemNode(level, uid));
}

export function $isItemNode(node: LexicalNode | null | undefined): node is ItemNode {
  return node instanceof ItemNode;
}
