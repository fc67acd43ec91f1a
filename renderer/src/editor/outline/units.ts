// Responsible units on a block (牵头单位, 责任单位).
import type { ResponsibleUnits } from '../../../../shared/outline/document';

export { cleanUnits } from '../../../../shared/outline/document';

export function noUnits(): ResponsibleUnits {
  return { lead: [], responsible: [] };
}

export function hasUnits(units: ResponsibleUnits): boolean {
  return units.lead.length + units.responsible.length > 0;
}
