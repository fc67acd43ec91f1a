import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../shared/import/index';
import type { ImportPreview } from '../../../shared/import/types';
import { seed } from './helpers/seeds';


const count = (p: ImportPreview, level: number) => p.blocks.filter((b) => b.level === level).length;
const ordinals = (p: ImportPreview, level: number) => p.blocks.filter((b) => b.level === level).map((b) => b.ordinal);
const reasons = (p: ImportPreview) => p.dropped.map((d) => `${d.line}:${d.reason}`);

describe('the 000 work points (Traditional characters, pinyin, a repeated opening)', () => {
  const p = analyseText(seed('000_ec4a56ec879bd467.txt'));

  it('has three sections, two subsections under 三、 and 14 items numbered on through the sections', () => {
    expect([count(p, 1), count(p, 2), count(p, 3), count(p, 4)]).toEqual([3, 2, 14, 0]);
    expect(ordinals(p, 3)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const third = p.blocks.findIndex((b) => b.level === 1 && b.ordinal === 3);
    expect(p.blocks.slice(third).filter((b) => b.level === 2)).toHaveLength(2);
    expect(p.numberingMode).toBe('continuous');
    expect(p.warnings.join()).not.toContain('编号');
  });

  it('drops the first, cut-short copy of the title and of the opening paragraph', () => {
    expect(p.dropped.map((d) => d.line)).toEqual([1, 2]);
    expect(p.dropped[0]!.reason).toContain('重复');
    expect(p.dropped[1]!.reason).toContain('不完整');
    expect(p.title).toBe('xx市教育局2025年工作要點');
    expect(p.year).toBe(2025);
    expect(p.preamble).toHaveLength(1);
    expect(p.preamble[0]).toContain('辦好人民滿意的教育。');
  });

  it('reads 規(guī)劃 as 規劃: inserted pinyin is removed everywhere', () => {
    const all = [p.title, ...p.preamble, ...p.blocks.map((b) => b.text)].join('\n');
    expect(all).toContain('規劃綱要');
    expect(all).toContain('全區教育大會');
    expect(all).toContain('高質量發展');
    expect(all).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/);
    expect(p.warnings.some((w) => w.includes('拼音'))).toBe(true);
    expect(p.warnings.some((w) => w.includes('繁体'))).toBe(true);
  });

  it('converts to Simplified characters on request, title included', () => {
    const s = analyseText(seed('000_ec4a56ec879bd467.txt'), { simplified: true });
    expect(s.title).toBe('xx市教育局2025年工作要点');
    expect(s.kind).toBe('工作要点');
    expect(s.blocks[0]!.text).toBe('坚持和加强党对教育工作的全面领导');
    expect(s.preamble[0]).toContain('规划纲要');
    expect([count(s, 1), count(s, 2), count(s, 3)]).toEqual([3, 2, 14]);
    expect(s.warnings.some((w) => w.includes('繁体'))).toBe(false);
  });
});

describe('the 001 work ideas (a template page with navigation)', () => {
  const p = analyseText(seed('001_f04b9f986299fbce.txt'));

  it('has five sections and 16 subsections (3+4+4+5) and no items', () => {
    expect([count(p, 1), count(p, 2), count(p, 3), count(p, 4)]).toEqual([5, 16, 0, 0]);
    const perSection: number[] = [];
    for (const b of p.blocks) {
      if (b.level === 1) perSection.push(0);
      if (b.level === 2) perSection[perSection.length - 1]! += 1;
    }
    expect(perSection).toEqual([0, 3, 4, 4, 5]);
    expect(p.kind).toBe('工作思路');
    expect(p.title).toBe('教育局2021年度工作思路');
  });

  it('drops the navigation lines at the top and the bottom', () => {
    expect(p.dropped.map((d) => d.line)).toEqual([1, 2, 4, 5, 6, 7, 64, 65, 66, 67, 68, 70]);
    expect(p.dropped.every((d) => /网页/.test(d.reason))).toBe(true);
  });

  it('reads the (三) behind ???? as a subsection and keeps placeholders as text, not numbers', () => {
    const third = p.blocks.filter((b) => b.level === 2)[5]!;
    expect(third.text.startsWith('强化学校管理。')).toBe(true);
    expect(third.ordinal).toBe(3);
    const goals = p.blocks.find((b) => b.text.startsWith('普及程度再提高'))!;
    expect(goals.text).toContain('毛入园率达xx%以上');
    expect(p.indicatorTables).toEqual([]);
  });
});

describe('the 002 泰安 2024 work points with its issuing notice', () => {
  const p = analyseText(seed('002_eb413db6c3da201b.txt'));

  it('reads the notice: number, title, recipients, two signers on one line, date', () => {
    expect(p.notice).toMatchObject({
      docNumber: '泰教发〔2024〕1号',
      title: '关于印发2024年工作要点的通知',
      recipients: '各县市区教育和体育局,各功能区教育部门,市属各高校,市直各学校,局(委)机关各科室',
      signers: ['中共泰安市委教育工委', '泰安市教育局'],
      date: '2024-03-26',
    });
    expect(p.notice!.body[0]).toMatch(/^现将《中共泰安市委教育工委 泰安市教育局2024年工作要点》印发你们/);
    expect(p.organ).toBe('中共泰安市委教育工委 泰安市教育局');
  });

  it('has seven sections and 23 items numbered continuously 1-23', () => {
    expect([count(p, 1), count(p, 2), count(p, 3), count(p, 4)]).toEqual([7, 0, 23, 0]);
    expect(ordinals(p, 3)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(p.numberingMode).toBe('continuous');
    expect(p.title).toBe('中共泰安市委教育工委 泰安市教育局2024年工作要点');
    expect(p.year).toBe(2024);
    expect(p.preamble[0]).toMatch(/^2024年,全市教育工作的总体思路是/);
  });

  it('drops the page title, the page header and the footer, each with its reason', () => {
    expect(reasons(p)).toEqual([
      '1:网页标题（与通知标题重复）',
      '2:网页导航或页眉（位置、来源、时间、浏览次数、字体大小）',
      '89:网页页脚',
      '90:网页页脚',
      '91:网页页脚',
      '92:网页页脚',
    ]);
    expect(p.dropped.at(-1)!.text).toBe('Produced By 大汉网络 大汉版通发布系统');
  });
});

describe('the 003 杏花岭 five-year plan with its notice and indicator table', () => {
  const p = analyseText(seed('003_3bf94dc3a89a6442.txt'));

  it('reads the notice with its title broken over two lines', () => {
    expect(p.notice).toMatchObject({
      docNumber: '杏政发〔2022〕17号',
      title: '关于印发《太原市杏花岭区“十四五”教育事业发展规划》的通知',
      recipients: '各镇人民政府、街道办事处,区直各部门,各有关单位',
      signers: ['太原市杏花岭区人民政府'],
      date: '2022-08-17',
      note: '（此件公开发布）',
    });
    expect(p.title).toBe('杏花岭区“十四五”教育事业发展规划');
    expect(p.kind).toBe('规划');
  });

  it('has four sections and items restarting under each subsection', () => {
    expect(count(p, 1)).toBe(4);
    expect(count(p, 2)).toBe(23);
    expect(count(p, 3)).toBe(50);
    expect(p.numberingMode).toBe('restart');
    expect(p.warnings.filter((w) => w.includes('编号'))).toEqual([]);
    expect(p.blocks.some((b) => b.level === 0 && b.text.startsWith('学前教育普惠发展。'))).toBe(true);
  });

  it('reads the 专栏一 table: 8 indicators with baselines, targets and attributes under two groups', () => {
    expect(p.indicatorTables).toHaveLength(1);
    const t = p.indicatorTables[0]!;
    expect(t.title).toBe('专栏一 “十四五”教育事业发展主要目标');
    expect(t.rows.map((r) => [r.group, r.name, r.unit, r.baseline, r.target, r.attribute])).toEqual([
      ['基础教育', '学前教育毛入园率', '%', 98.91, 99, '预期性'],
      ['基础教育', '学前教育普惠率', '%', 92.1, 95, '预期性'],
      ['基础教育', '小学净入学率', '%', 100, 100, '预期性'],
      ['基础教育', '初中毛入学率', '%', 100, 100, '预期性'],
      ['基础教育', '九年义务教育巩固率', '%', 99.64, 100, '预期性'],
      ['基础教育', '学前教育专任教师接受专业教育的比例', '%', 65, 80, '约束性'],
      ['职业教育', '中等职业教育在校生', '', 371, 400, '预期性'],
      ['职业教育', '双师型教师占专业课教师比例', '%', 54, 60, '预期性'],
    ]);
    expect(t.rows.every((r) => r.baselineYear === 2020 && r.targetYear === 2025)).toBe(true);
    const at = p.blocks.findIndex((b) => b.table === 0);
    expect(p.blocks[at - 1]!.text).toMatch(/^——教育治理创新发展/);
    expect(p.blocks[at + 1]).toMatchObject({ level: 1, ordinal: 3 });
  });

  it('drops the metadata table and the page header, and joins the line broken after 依法', () => {
    expect(reasons(p)).toEqual([
      '1:网页标题（与通知标题重复）',
      '2:网页导航或页眉（位置、来源、时间、浏览次数、字体大小）',
      '3:政府网站信息公开目录表（索引号、发文字号等）',
      '4:政府网站信息公开目录表（索引号、发文字号等）',
      '5:政府网站信息公开目录表（索引号、发文字号等）',
      '6:政府网站信息公开目录表（索引号、发文字号等）',
    ]);
    const item = p.blocks.find((b) => b.text.startsWith('提高教师地位待遇。'))!;
    expect(item.text.endsWith('依法保障民办学校教师、公办学校临聘教师待遇权益。')).toBe(true);
  });

  it('warns that the title has no year', () => {
    expect(p.year).toBeNull();
    expect(p.warnings).toContain('没有从标题中读出年度，年度是暂定的，请核对。');
  });
});

describe('the 004 district plan (202x placeholders, an advertisement at the end)', () => {
  const p = analyseText(seed('004_040c62a2e4fea6de.txt'));

  it('has four sections of three subsections each, with prose under them', () => {
    expect([count(p, 1), count(p, 2), count(p, 3)]).toEqual([4, 12, 0]);
    const perSection: number[] = [];
    for (const b of p.blocks) {
      if (b.level === 1) perSection.push(0);
      if (b.level === 2) perSection[perSection.length - 1]! += 1;
    }
    expect(perSection).toEqual([3, 3, 3, 3]);
    expect(p.blocks.filter((b) => b.level === 2).every((b) => b.text.length < 20)).toBe(true);
  });

  it('drops the advertisement in the last two lines', () => {
    expect(p.dropped.map((d) => [d.line, d.reason])).toEqual([
      [31, '广告'],
      [32, '广告'],
    ]);
  });

  it('warns that the year is a 202x placeholder and that there is no title', () => {
    expect(p.year).toBeNull();
    expect(p.warnings.some((w) => w.includes('202x'))).toBe(true);
    expect(p.warnings.some((w) => w.includes('标题'))).toBe(true);
  });
});
