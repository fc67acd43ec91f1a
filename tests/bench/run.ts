// `npm run bench`: every benchmark, with its budget; exits 1 if one is over.
import { results } from './measure';

const suites = [
  await import('./save.bench'),
  await import('./import.bench'),
  await import('./indicators.bench'),
  await import('./export.bench'),
  await import('./pdf.bench'),
  await import('./tracking.bench'),
  await import('./editor.bench'),
];
for (const s of suites) await s.run();
const over = results.filter((r) => !r.ok);
console.log(over.length ? `\n${over.length} over budget` : '\nall within budget');
process.exit(over.length ? 1 : 0);
