// GB/T 9704 7.3.5.1 in the printed PDF: the 附件说明 and the signature never open a page on their
// own; the body's last paragraph goes over with them, as Word does with the docx's keepNext.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { findChromium } from '../../../electron/services/export/pdf/printer';
import { doc, type BlockSpec } from '../helpers/doc';
import { hasTool, readPages } from './pdf-measure';

const missing = [...(hasTool('pdftotext') ? [] : ['pdftotext']), ...(findChromium() ? [] : ['chromium'])];

const LAST = '深入推进教育系统安全稳定工作，全面推广学校安全智慧监管系统，实现市、县、校视频监控逐级接入、三级联动，做到校园安全隐患实时分析、智能预警，打造校园安防智能升级版。';

let dir: string;
let s: Services;

describe.skipIf(missing.length > 0)('the end of the body in the PDF', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-keep-'));
    s = openServices({ dbPath: path.join(dir, 'plandesk.db'), mode: 'cli' });
  });
  afterAll(() => {
    s?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('never opens a page with the 附件说明 or the signature: the last paragraph comes along, whichever line the page ends on', async () => {
    // One-line items move the last, three-line paragraph down a line at a time, so one of these
    // plans ends that paragraph on the last line of page 1.
    for (let n = 12; n <= 18; n++) {
      const plan = s.plans.create({ year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局' });
      const blocks: BlockSpec[] = [{ level: 1, text: '擎旗定向，坚持党对教育全面领导' }];
      for (let i = 1; i <= n; i++) blocks.push({ level: 3, text: `推进第${i}项重点工作。` });
      blocks.push({ level: 3, text: LAST });
      s.outline.save(plan.id, doc(blocks));
      s.db.prepare("UPDATE plans SET notice_signers_json = '[\"泰安市教育局\"]', notice_date = '2025-03-01' WHERE id = ?").run(plan.id);
      const settings = { ...s.exporter.settings(plan.id), layout: 'plain' as const, attachIndicators: true, attachTasks: false };
      const out = await s.pdf.pdf(plan.id, settings);
      const file = path.join(dir, `${n}.pdf`);
      fs.writeFileSync(file, out.bytes);

      const pages = readPages(file);
      const pageOf = (line: string) => pages.findIndex((p) => p.lines.some((l) => l.text === line));
      const note = pageOf('附件：主要指标一览表');
      const notePage = pages[note]!;
      expect(notePage.lines[0]!.text, `${n} items: the page of the 附件说明 starts with`).not.toMatch(/^附件：/);
      expect(pageOf('泰安市教育局'), `${n} items: the signature's page`).toBe(note);
      expect(pageOf('2025年3月1日'), `${n} items: the date's page`).toBe(note);
      // The 附件说明 stays right under the paragraph it follows.
      const lastLine = notePage.lines.findIndex((l) => l.text.startsWith('附件：')) - 1;
      expect(LAST.replace(/，/g, ',')).toContain(notePage.lines[lastLine]!.text.replace(/，/g, ',').replace(/^\d+\./, '').slice(-6));
    }
  }, 120_000);
});
