// Generated plans for benchmarks: realistic shapes and sizes, nothing random between runs.
import { doc, type BlockSpec } from '../unit/helpers/doc';
import type { Services } from '../../electron/services/index';
import type { DocumentLike } from '../../shared/outline/document';

const SENTENCES = [
  '深入学习贯彻党的二十大精神，全面落实立德树人根本任务，推动教育高质量发展。',
  '新建改扩建中小学11所、幼儿园10所，新增学位12000个，持续扩大优质教育资源供给。',
  '学前三年毛入园率达到90%以上，普惠性幼儿园覆盖率超过85%，公办园在园幼儿占比稳定在55%以上。',
  '健全家校社协同育人机制，建立50个首课教育基地，培养200名首课教学名师。',
  '年内投资3.03亿元完成建设项目150个，确保8月底前全部交付使用。',
];

/** A plan of `items` items (level 3) under sections and subsections, about 200 characters an item. */
export function generatePlanDocument(items: number): DocumentLike {
  const blocks: BlockSpec[] = [{ level: 0, text: '总体要求：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。' }];
  const sections = Math.max(1, Math.round(items / 40));
  let made = 0;
  for (let s = 0; s < sections && made < items; s++) {
    blocks.push({ level: 1, text: `第${s + 1}方面重点工作` });
    for (let ss = 0; ss < 4 && made < items; ss++) {
      blocks.push({ level: 2, text: `重点任务分组${ss + 1}` });
      const here = Math.ceil((items - made) / ((sections - s) * 4 - ss));
      for (let i = 0; i < here && made < items; i++, made++) {
        const text = `推进第${made + 1}项工作。` + SENTENCES[made % SENTENCES.length]! + SENTENCES[(made + 2) % SENTENCES.length]!;
        blocks.push({ level: 3, text, units: { lead: ['基础教育科'], responsible: ['各区县教育局'] }, deadline: '2025年12月底前' });
      }
    }
  }
  return doc(blocks);
}

/** `n` targets (80% in 2024 -> 90%) through the indicators service, linked to every tenth item. */
export function addBenchTargets(s: Services, planId: string, n: number): void {
  const items = s.outline.list(planId).filter((o) => o.level === 3);
  for (let i = 0; i < n; i++) {
    s.indicators.create(planId, { name: `基准指标${i + 1}`, unit: '%', baseline: 80, baselineYear: 2024, target: 90 }, [items[(i * 10) % items.length]!.uid]);
  }
}
