// Where a collapsed selection (or one of its points) sits inside a block: at its start, at its end.
import { $isTextNode, type ElementNode, type PointType, type RangeSelection } from 'lexical';

export function $pointAtStart(point: PointType, block: ElementNode): boolean {
  if (point.type === 'element') return point.key === block.getKey() && point.offset === 0;
  const first = block.getFirstDescendant();
  return point.offset === 0 && first !== null && first.getKey() === point.key;
}

function $pointAtEnd(point: PointType, block: ElementNode): boolean {
  if (point.type === 'element') return point.key === block.getKey() && point.offset === block.getChildrenSize();
  const last = block.getLastDescendant();
  return last !== null && last.getKey() === point.key && $isTextNode(last) && point.offset === last.getTextContentSize();
}

export function $isAtBlockStart(selection: RangeSelection, block: ElementNode): boolean {
  return selection.isCollapsed() && $pointAtStart(selection.anchor, block);
}

export function $isAtBlockEnd(selection: RangeSelection, block: ElementNode): boolean {
  return selection.isCollapsed() && $pointAtEnd(selection.anchor, block);
}
