/**
 * What a built site holds, counted from its files the same way for Gazette and Hugo: pages, listing pages and share
 * images. Plain Node, used by the build benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';

function countFiles(dir: string, match: (file: string) => boolean): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(match).length;
}
export const countPages = (dir: string) => countFiles(dir, (f) => f.endsWith('.html'));
/** An article's page is /YYYY/MM/DD/<slug>/index.html; a day's later page (/YYYY/MM/DD/page/2/) has one more segment. */
export const isListingPage = (file: string) =>
  file.endsWith('index.html') &&
  !/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file.replace(/\\/g, '/')) &&
  !/(^|\/)404/.test(file);
export const countListingPages = (dir: string) => countFiles(dir, isListingPage);
// Only the files at Gazette's share paths: Hugo 0.111 also publishes each card under its own _hu… name when it comes
// from the image cache (gohugoio/hugo#10255, fixed in 0.116), and those are not share images anyone links to.
const SHARE_FILE = /(^|\/)(card|16x9|4x3|1x1|default)\.png$/;
export const countShareImages = (dir: string) => countFiles(path.join(dir, 'share'), (f) => SHARE_FILE.test(f));
