import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseStructuredText, recogniseLine } from '../../../shared/outline/markers';

const seed = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../fixtures/seeds', name), 'utf8');
const lv = (s: string) => {
  const r = recogniseLine(s);
  return [r.level, r.text, r.ordinal];
};

describe('recognising level markers', () => {
  it('reads the four official markers', () => {
    expect(lv('一、擎旗定向，坚持党对教育全面领导')).toEqual([1, '擎旗定向，坚持党对教育全面领导', 1]);
    expect(lv('（三）学前教育普及普惠')).toEqual([2, '学前教育普及普惠', 3]);
    expect(lv('12.巩固提升主题教育成果。')).toEqual([3, '巩固提升主题教育成果。', 12]);
    expect(lv('（2）开展专题培训')).toEqual([4, '开展专题培训', 2]);
  });

  it('reads the common variants: half-width parentheses, 一. 1、 1． ① and leading debris', () => {
    expect(lv('(二)加强队伍建设')).toEqual([2, '加强队伍建设', 2]);
    expect(lv('十一．其他工作')).toEqual([1, '其他工作', 11]);
    expect(lv('3、推进集团化办学')).toEqual([3, '推进集团化办学', 3]);
    expect(lv('4．深化改革')).toEqual([3, '深化改革', 4]);
    expect(lv('③落实责任')).toEqual([4, '落实责任', 3]);
    expect(lv('\u3000\u3000（一）全面加强党的建设')).toEqual([2, '全面加强党的建设', 1]);
    expect(lv('????二、主要任务')).toEqual([1, '主要任务', 2]);
  });

  it('does not take numbers in body text for markers', () => {
    expect(lv('2024年全市教育工作的总体要求是')[0]).toBe(0);
    expect(lv('1.5亿元用于校舍改造')[0]).toBe(0);
    expect(lv('一是加强领导')[0]).toBe(0);
  });

  it('parses Chinese numerals up to ninety-nine and beyond', () => {
    expect(['一', '十', '十一', '二十', '二十三', '九十九', '一百零五'].map(parseChineseNumeral)).toEqual([1, 10, 11, 20, 23, 99, 105]);
  });

  it('finds seven sections and 23 items in the 泰安 2024 work points', () => {
    const lines = parseStructuredText(seed('002_eb413db6c3da201b.txt'));
    expect(lines.filter((l) => l.level === 1).map((l) => l.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lines.filter((l) => l.level === 3).map((l) => l.ordinal)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });
});
