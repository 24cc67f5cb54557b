import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/ensure-browser.ts';
import { serveStatic } from './lib/static-server.ts';
const server = await serveStatic(process.argv[2]);
const browser = await chromium.launch({ executablePath: findBrowser() });
const page = await browser.newPage();
await page.goto(`${server.url}/search/`);
const out = await page.evaluate(async () => {
  const pf: any = await import('/pagefind/pagefind.js');
  await pf.options({ bundlePath: '/pagefind/' });
  const s = await pf.search(null, { filters: { year: '2020', section: 'Africa' } });
  const first = await Promise.all(s.results.slice(0, 12).map(async (r: any) => [r.id, r.score, (await r.data()).url]));
  const last = await Promise.all(s.results.slice(-3).map(async (r: any) => [r.id, r.score, (await r.data()).url]));
  return { n: s.results.length, first, last };
});
console.log(JSON.stringify(out, null, 1));
await browser.close(); await server.close();
