// Pinyin that some sites insert after a character, in parentheses: 規(guī)劃 -> 規劃, 質（zhì）量 -> 質量.
// Only syllables with a tone mark (or ü) count, so (一) (app) (STEM) and (%) stay.

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const SYLLABLE = new RegExp(`([\\u3400-\\u9fff])[(（]\\s*([a-z${TONED}]{1,7})\\s*[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);

/** The text without inserted pinyin, and how many were removed. */
export function removeInsertedPinyin(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(SYLLABLE, (whole, han: string, syllable: string) => {
    if (!HAS_TONE.test(syllable)) return whole;
    removed++;
    return han;
  });
  return { text: out, removed };
}
