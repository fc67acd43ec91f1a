import { chromium } from '@playwright/test';
const [,, url, out, w, h, clickSel] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +(w||1400), height: +(h||900) }, locale: 'zh-CN' });
await p.goto(url); await p.waitForTimeout(2500);
if (clickSel) { await p.click(clickSel); await p.waitForTimeout(1500); }
await p.screenshot({ path: out });
await b.close();
