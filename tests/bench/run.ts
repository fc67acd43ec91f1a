// `npm run bench`: every benchmark, with its budget; exits 1 if one is over.
// `npm run bench -- import pdf` runs only the suites named.
import { results } from './measure';

const SUITES = ['save', 'import', 'indicators', 'export', 'pdf', 'tracking', 'editor'];
const wanted = process.argv.slice(2);
for (const name of SUITES) {
  if (wanted.length && !wanted.includes(name)) continue;
  const suite = (await import(`./${name}.bench.ts`)) as { run: () => Promise<void> };
  await suite.run();
}
const over = results.filter((r) => !r.ok);
console.log(over.length ? `\n${over.length} over budget` : '\nall within budget');
process.exit(over.length ? 1 : 0);
