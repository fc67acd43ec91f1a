// 字体检查 and the shipped stand-in fonts: which official fonts a PC has (fontconfig on Linux, the
// registry and Fonts folders on Windows), what stands in for the rest, and that every shipped face
// is a TrueType-outline font Chromium embeds as CID TrueType (never Type 3).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, resolvePdfFonts } from '../../../electron/services/export/pdf/fonts';
import { detectInstalledFamilies, familiesFromFiles, parseFcList, parseRegFonts } from '../../../electron/services/export/pdf/installed-fonts';
import { StandIns, parseUnicodeRange } from '../../../electron/services/export/pdf/stand-ins';
import { buildOfficialDocument } from '../../../shared/official/build';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/official/settings';
import { doc } from '../helpers/doc';

const FONTS_DIR = path.resolve(__dirname, '../../../resources/fonts');
const standIns = StandIns.load(FONTS_DIR);
const families = (...names: string[]) => new Set(names.map((n) => n.toLowerCase()));

describe('finding the fonts a PC has', () => {
  it('reads fontconfig family lists, several names a line', () => {
    expect(parseFcList('LXGW WenKai,霞鹜文楷\nFangSong,仿宋\nDejaVu Serif\n')).toEqual(['LXGW WenKai', '霞鹜文楷', 'FangSong', '仿宋', 'DejaVu Serif']);
  });

  it('reads the Windows font registry: value names and font files', () => {
    const out = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
      '    SimSun & NSimSun (TrueType)    REG_SZ    simsun.ttc',
      '    FangSong (TrueType)    REG_SZ    simfang.ttf',
      '    ·½Õý (TrueType)    REG_SZ    FZXBSJW.TTF',
      '',
    ].join('\r\n');
    const reg = parseRegFonts(out);
    expect(reg.names).toEqual(['SimSun', 'NSimSun', 'FangSong', '·½Õý']);
    // A Chinese value name comes back garbled in the console code page; its file still names it.
    expect(familiesFromFiles(reg.files)).toEqual(['SimSun', 'FangSong', 'FZXiaoBiaoSong-B05S']);
  });

  it('asks the registry and the Fonts folders on Windows, fontconfig elsewhere, and nothing breaks when neither answers', () => {
    const calls: string[] = [];
    const win = detectInstalledFamilies({
      platform: 'win32',
      env: { WINDIR: 'C:\\Windows' },
      run: (cmd, args) => (calls.push(`${cmd} ${args[1]}`), Buffer.from('    KaiTi (TrueType)    REG_SZ    simkai.ttf\r\n')),
      listDir: () => ['simhei.ttf', 'arial.ttf'],
    });
    expect(calls.map((c) => c.split('\\')[0])).toEqual(['reg HKLM', 'reg HKCU']);
    expect([...win]).toEqual(expect.arrayContaining(['kaiti', 'simhei']));
    expect(detectInstalledFamilies({ platform: 'linux', run: () => null }).size).toBe(0);
  });
});

describe('字体检查', () => {
  it('uses the official fonts a PC has and says so', () => {
    const got = resolvePdfFonts('gb2312', families('仿宋_GB2312', '楷体_GB2312', '方正小标宋简体', 'SimHei', 'SimSun'), standIns);
    expect(got.check.substituted).toEqual([]);
    expect(got.check.roles.every((r) => r.installed && !r.shipped)).toBe(true);
    expect(got.check.used).toEqual(['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312', '黑体', '宋体']);
    // The official name first, the shipped stand-in still behind it for characters the font lacks.
    expect(got.html.stacks.fang).toEqual(['PlanDesk Latin', '仿宋_GB2312', 'FangSong_GB2312', 'PlanDesk Serif', 'PlanDesk Kai']);
  });

  it('falls back from a missing _GB2312 font to its Windows relative, then to the shipped stand-in', () => {
    const got = resolvePdfFonts('gb2312', families('FangSong', 'KaiTi'), standIns);
    const role = (r: string) => got.check.roles.find((x) => x.role === r)!;
    expect(role('fang')).toMatchObject({ official: '仿宋_GB2312', installed: false, using: '仿宋', shipped: false });
    expect(role('kai')).toMatchObject({ official: '楷体_GB2312', installed: false, using: '楷体', shipped: false });
    expect(role('hei')).toMatchObject({ official: '黑体', installed: false, using: '思源黑体（Noto Sans SC）', shipped: true });
    expect(got.check.substituted).toContainEqual({ official: '仿宋_GB2312', standIn: '仿宋' });
    expect(got.check.substituted).toContainEqual({ official: '方正小标宋简体', standIn: '思源宋体 粗体（Noto Serif SC Bold）' });
  });

  it('on a PC without any official font, every role has a shipped stand-in and no character is left without a glyph', () => {
    const model = buildOfficialDocument({
      plan: {
        title: '某县教育局2025年工作要点',
        organ: '某县教育局',
        numberingMode: 'continuous',
        document: doc([{ level: 1, text: '堃喆昇珺琰玥瑄彧甄婕，“双减”（2025年）' }, { level: 3, text: '蹯鲰齄劐阢坶塥蒈蓰。' }]),
        notice: { docNumber: '', title: '', recipients: '', signers: [], date: '', note: '', cc: '', printer: '', printDate: '' },
      },
      targets: [],
      settings: { ...DEFAULT_EXPORT_SETTINGS, layout: 'plain' },
    });
    const got = resolvePdfFonts('windows', families(), standIns, documentText(model));
    expect(got.check.roles.every((r) => r.shipped)).toBe(true);
    expect(got.check.substituted.map((s) => s.official)).toEqual(['华文中宋', '仿宋', '楷体', '黑体', '宋体']);
    expect(got.check.missingChars).toEqual([]);
    expect(resolvePdfFonts('windows', families(), standIns, '𠀀').check.missingChars).toEqual(['𠀀']);
  });
});

describe('the shipped stand-in fonts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(FONTS_DIR, 'manifest.json'), 'utf8')) as {
    families: { family: string; dir: string; license: string; faces: { file: string; unicodeRange: string }[] }[];
  };

  it('are OFL fonts with their licence beside them', () => {
    expect(manifest.families.map((f) => f.family)).toEqual(['Noto Serif SC', 'Noto Sans SC', 'LXGW WenKai']);
    for (const f of manifest.families) {
      expect(f.license).toBe('OFL-1.1');
      expect(fs.readFileSync(path.join(FONTS_DIR, f.dir, 'OFL.txt'), 'utf8')).toContain('SIL Open Font License');
    }
  });

  it('are TrueType-outline woff2 files (flavor 0x00010000, not CFF "OTTO"), every one present', () => {
    for (const f of manifest.families) {
      for (const face of f.faces) {
        const head = Buffer.alloc(8);
        const fd = fs.openSync(path.join(FONTS_DIR, f.dir, face.file), 'r');
        fs.readSync(fd, head, 0, 8, 0);
        fs.closeSync(fd);
        expect(head.subarray(0, 4).toString('latin1'), face.file).toBe('wOF2');
        expect(head.readUInt32BE(4), face.file).toBe(0x00010000);
      }
    }
  });

  it('cover every ideograph of GB 2312 and the punctuation of official documents', () => {
    const gbk = new TextDecoder('gbk');
    const missing: string[] = [];
    for (let hi = 0xb0; hi <= 0xf7; hi++) {
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        const ch = gbk.decode(new Uint8Array([hi, lo]));
        // Row 55's last five cells are empty in GB 2312 (GBK maps them to private use).
        const privateUse = ch.codePointAt(0)! >= 0xe000 && ch.codePointAt(0)! <= 0xf8ff;
        if (ch !== '\ufffd' && !privateUse && !standIns.covers(ch)) missing.push(ch);
      }
    }
    expect(missing).toEqual([]);
    for (const ch of '〔〕【】《》“”‘’（），。、；：？！—…·') expect(standIns.covers(ch), ch).toBe(true);
  });

  it('reads unicode-range values, wildcards included', () => {
    expect(parseUnicodeRange('U+4e00-9fff, U+ff0c,U+4??')).toEqual([
      [0x4e00, 0x9fff],
      [0xff0c, 0xff0c],
      [0x400, 0x4ff],
    ]);
  });
});
