#!/usr/bin/env node
// Draws build/icon.png (512x512): a rounded red square with 要 in white, rendered by Chromium.
// Run: node build/make-icon.mjs  (needs a Chromium; CHROMIUM=/path overrides /usr/bin/chromium)
import { chromium } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect x="16" y="16" width="480" height="480" rx="96" fill="#b3261e"/>
  <rect x="44" y="44" width="424" height="424" rx="72" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="6"/>
  <text x="256" y="262" text-anchor="middle" dominant-baseline="central" fill="#ffffff"
        font-family="Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif" font-weight="700" font-size="320">要</text>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: out, omitBackground: true });
await browser.close();
console.log(`wrote ${out}`);
