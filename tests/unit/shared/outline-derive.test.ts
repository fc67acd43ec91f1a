import { describe, expect, it } from 'vitest';
import { deriveOutline } from '../../../shared/outline/derive';
import { leadSentence } from '../../../shared/outline/lead';
import { doc } from '../helpers/doc';

describe('outline derived from the document', () => {
  const d = doc([
    { level: 0, text: '2024年全市教育工作的总体要求是：坚持稳中求进。' },
    { level: 1, text: '擎旗定向，坚持党对教育全面领导', uid: 's1' },
    { level: 3, text: '巩固提升主题教育成果。深入学习贯彻习近平新时代中国特色社会主义思想。', uid: 'i1', units: { lead: ['组干科'], responsible: ['机关党委'] }, deadline: '2024-12-31' },
    { level: 4, text: '开展专题培训。', uid: 'i1a' },
    { level: 1, text: '聚焦重点，办好人民满意教育', uid: 's2' },
    { level: 2, text: '学前教育普及普惠安全优质发展', uid: 'ss1' },
    { level: 3, text: '新建改扩建幼儿园10所', uid: 'i2' },
  ]);

  it('lists sections and items in order with labels, leads, units and parents', () => {
    const o = deriveOutline(d, 'continuous');
    expect(o.map((e) => `${e.label}${e.lead}`)).toEqual([
      '一、擎旗定向，坚持党对教育全面领导',
      '1.巩固提升主题教育成果。',
      '（1）开展专题培训。',
      '二、聚焦重点，办好人民满意教育',
      '（一）学前教育普及普惠安全优质发展',
      '2.新建改扩建幼儿园10所',
    ]);
    expect(o.map((e) => e.parentUid)).toEqual([null, 's1', 'i1', null, 's2', 'ss1']);
    expect(o[1]).toMatchObject({ units: { lead: ['组干科'], responsible: ['机关党委'] }, deadline: '2024-12-31' });
    expect(o.map((e) => e.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('restarting numbering gives the second section’s item the number 1', () => {
    expect(deriveOutline(d, 'restart').find((e) => e.uid === 'i2')?.label).toBe('1.');
  });

  it('the lead sentence ends at the first full stop', () => {
    expect(leadSentence('巩固提升主题教育成果。深入学习。')).toBe('巩固提升主题教育成果。');
    expect(leadSentence('  没有句号的标题 ')).toBe('没有句号的标题');
  });
});
