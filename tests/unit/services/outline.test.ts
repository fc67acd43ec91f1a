import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { openServices, type Services } from '../../../electron/services/index';
import { doc } from '../helpers/doc';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
let planId: string;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
  planId = s.plans.create({ year: 2024, title: '泰安市教育局2024年工作要点' }).id;
});
afterEach(() => s.close());

describe('saving a document', () => {
  it('stores the document and its outline rows, with units joining the catalogue', () => {
    const outline = s.outline.save(
      planId,
      doc([
        { level: 1, text: '擎旗定向', uid: 's1' },
        { level: 3, text: '建立50个首课教育基地。培养200名首课教学名师。', uid: 'i1', units: { lead: ['思政科'], responsible: ['各区县教育局', '市直学校'] } },
      ]),
    );
    expect(outline.map((o) => [o.label, o.lead])).toEqual([
      ['一、', '擎旗定向'],
      ['1.', '建立50个首课教育基地。'],
    ]);
    expect(s.outline.unitNames()).toEqual(['各区县教育局', '市直学校', '思政科'].sort());
    expect(s.plans.get(planId).document).toMatchObject({ root: { type: 'root' } });
    const rows = s.db.prepare('SELECT id, parent_id, level FROM outline_nodes ORDER BY position').all();
    expect(rows).toEqual([
      { id: 's1', parent_id: null, level: 1 },
      { id: 'i1', parent_id: 's1', level: 3 },
    ]);
  });

  it('keeps uids across saves, drops removed blocks, and renumbers when the mode switches', () => {
    s.outline.save(planId, doc([{ level: 1, text: '一', uid: 's1' }, { level: 3, text: 'a', uid: 'a' }, { level: 1, text: '二', uid: 's2' }, { level: 3, text: 'b', uid: 'b' }]));
    s.outline.save(planId, doc([{ level: 1, text: '二', uid: 's2' }, { level: 3, text: 'b', uid: 'b' }, { level: 1, text: '一', uid: 's1' }]));
    expect(s.outline.list(planId).map((o) => `${o.uid}:${o.label}`)).toEqual(['s2:一、', 'b:1.', 's1:二、']);
    s.outline.save(planId, doc([{ level: 1, text: '一', uid: 's1' }, { level: 3, text: 'a', uid: 'a' }, { level: 1, text: '二', uid: 's2' }, { level: 3, text: 'b', uid: 'b' }]));
    expect(s.outline.setNumberingMode(planId, 'restart').map((o) => o.label)).toEqual(['一、', '1.', '二、', '1.']);
  });

  it('a repeated uid is given a fresh one so each block keeps its own row', () => {
    const out = s.outline.save(planId, doc([{ level: 3, text: 'a', uid: 'same' }, { level: 3, text: 'b', uid: 'same' }]));
    expect(out).toHaveLength(2);
    expect(out[0]!.uid).toBe('same');
    expect(out[1]!.uid).not.toBe('same');
  });

  it('a named version can be taken and restored', () => {
    s.outline.save(planId, doc([{ level: 1, text: '第一稿', uid: 's1' }]));
    const v = s.outline.saveRevision(planId, '征求意见稿');
    s.outline.save(planId, doc([{ level: 1, text: '第二稿', uid: 's1' }]));
    expect(s.outline.restoreRevision(planId, v.id).map((o) => o.lead)).toEqual(['第一稿']);
    expect(s.outline.listRevisions(planId).map((r) => r.name)).toEqual(['恢复“征求意见稿”之前的自动备份', '征求意见稿']);
  });

  it('the API refuses a document that is not an editor state, writing nothing', async () => {
    const api = createDispatcher(s);
    const r = await api.dispatch('plans.saveDocument', { id: planId, document: { blocks: [] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.plans.get(planId).document).toBeNull();
  });
});
