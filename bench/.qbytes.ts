import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/ensure-browser.ts';
import { serveStatic } from './lib/static-server.ts';
const dist = process.argv[2]; const word = process.argv[3] ?? 'police';
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: findBrowser() });
const page = await browser.newPage();
await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
const rows: Promise<[string, number]>[] = [];
page.on('requestfinished', (r) => rows.push(r.sizes().then((s) => [r.url().replace(server.url, ''), s.responseHeadersSize + s.responseBodySize])));
await page.getByRole('searchbox').fill(word);
await page.getByRole('status').filter({ hasText: /found/ }).waitFor({ timeout: 60_000 });
await page.waitForLoadState('networkidle');
const all = await Promise.all(rows);
let t = 0; const kinds: Record<string, number> = {};
for (const [u, b] of all) { t += b; const k = u.replace(/\/pagefind\//, '').replace(/[._][a-z0-9]{6,}.*$/, '').replace(/^(fragment|index|filter)\/.*/, '$1'); kinds[k] = (kinds[k] ?? 0) + b; console.log(b, u); }
console.log('TOTAL', all.length, 'requests', Math.round(t / 1024), 'KB'); console.log(kinds);
await browser.close(); await server.close();
