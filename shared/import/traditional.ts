// Traditional -> Simplified characters through OpenCC (opencc-js), built once on first use.
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

function converter(): (text: string) => string {
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert;
}

export function toSimplified(text: string): string {
  return converter()(text);
}

/** Whether a text is written in Traditional characters: enough of its Han characters would change. */
export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const han = sample.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  if (han < 20) return false;
  const converted = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < converted.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed / han > 0.03;
}
