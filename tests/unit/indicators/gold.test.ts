// The suggester against gold files written by hand (tests/fixtures/gold): every measurable target
// of seeds 002 and 004. The seed goes through the real import; the suggester reads the saved plan.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import type { DocumentLike } from '../../../shared/outline/document';
import { suggestForPlan, type PlanSuggestion } from '../../../shared/indicators/plan';
import { fixturePath, seedPath } from '../import/helpers/seeds';
import { tmpDbPath } from '../helpers/tmp';

interface GoldTarget {
  item: string;
  sentence: string;
  name: string;
  value: number | null;
  valueMax: number | null;
  unit: string;
  comparator: string;
  placeholder: boolean;
}
interface Gold {
  seed: string;
  year: number;
  targets: GoldTarget[];
}

/** Dice coefficient over character bigrams: 1 for the same name, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/[“”"‘’\s]/g, '');
    return t.length < 2 ? [t] : Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
  };
  const x = grams(a);
  const y = grams(b);
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Gold and suggestion agree on the sentence, value and unit (and placeholder), and the names are alike. */
function score(gold: Gold, found: PlanSuggestion[]) {
  const used = new Set<number>();
  const misses: GoldTarget[] = [];
  let sameComparator = 0;
  for (const g of gold.targets) {
    const i = found.findIndex(
      (s, k) =>
        !used.has(k) &&
        s.sentence.includes(g.sentence) &&
        s.itemLabel === g.item &&
        s.value === g.value &&
        s.valueMax === g.valueMax &&
        s.unit === g.unit &&
        s.placeholder === g.placeholder &&
        similarity(s.name, g.name) >= 0.5,
    );
    if (i === -1) misses.push(g);
    else {
      used.add(i);
      if (found[i]!.comparator === g.comparator) sameComparator++;
    }
  }
  const matched = used.size;
  return {
    precision: found.length ? matched / found.length : 1,
    recall: gold.targets.length ? matched / gold.targets.length : 1,
    comparators: matched ? sameComparator / matched : 1,
    misses,
    extra: found.filter((_, k) => !used.has(k)),
  };
}

let s: Services;
beforeAll(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
});
afterAll(() => s.close());

describe.each(['002', '004'])('the suggester against the hand-written gold file of seed %s', (id) => {
  const gold = JSON.parse(fs.readFileSync(fixturePath('gold', `${id}.targets.json`), 'utf8')) as Gold;

  it('finds its targets with precision and recall of at least 0.9', () => {
    const { preview } = s.importer.preview(fs.readFileSync(seedPath(gold.seed)), gold.seed);
    const plan = s.importer.commit(preview, { year: gold.year });
    const found = suggestForPlan(plan.document as DocumentLike, plan.numberingMode, { year: plan.year });
    const r = score(gold, found);
    console.log(
      `seed ${id}: ${found.length} suggested, ${gold.targets.length} in gold; precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, comparator agreement ${r.comparators.toFixed(3)}`,
    );
    for (const m of r.misses) console.log(`  missed: ${m.item} ${m.name} ${m.value} ${m.unit}`);
    for (const e of r.extra) console.log(`  extra: ${e.itemLabel} ${e.name} ${e.value} ${e.unit} «${e.sentence.slice(e.match.start, e.match.end)}»`);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.comparators).toBeGreaterThanOrEqual(0.9);
  });
});
