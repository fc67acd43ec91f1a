/**
 * Glossary: the domain words of PlanDesk and the code names used for them.
 *
 * plan        计划 / 工作要点 — one year's document of a bureau (kinds: 工作要点, 工作思路, 规划)
 * organ       发文机关 — the issuing body, e.g. 泰安市教育局
 * section     一、 — level-1 heading of a plan
 * subsection  （一） — level-2 heading
 * item        1. — level-3 numbered work point
 * subitem     （1） — level-4 point under an item
 * outline     the sections, subsections, items and subitems of a plan, derived from its document
 * unit        单位 / 科室 — a responsible office (牵头单位 lead, 责任单位 responsible)
 * indicator   指标 — a measurable thing, kept across years (学前教育毛入园率)
 * target      目标 — an indicator's baseline and target value in one plan
 * measurement 填报值 — a target's actual value in one period (month or quarter)
 * revision    版本 — a named snapshot of a plan's document
 * notice      印发通知 — the issuing notice wrapped around a plan (发文字号, 主送机关, 成文日期 …)
 * trash       回收站 — deleted plans, kept 30 days before they are purged
 */
export {};
