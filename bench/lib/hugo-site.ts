/**
 * Hugo's side of the build benchmark: Debian's hugo (installed when missing), and a Hugo site over the same corpus
 * with Gazette's share cards, feed and sitemap (bench/hugo/). Plain Node.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { siteSettings } from '../../src/lib/site/settings.ts';
import { writeHugoShareAssets } from './hugo-share.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Debian's hugo, installed with apt-get when missing and we are root. */
export function ensureHugo(): string {
  const found = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('Hugo is not installed; as root run: apt-get install -y hugo');
  console.log("[bench] Hugo is missing: installing Debian's hugo package with apt-get (as root).");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit', env });
  const installed = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  if (!installed) throw new Error('Could not install Hugo with apt-get');
  return installed;
}

export function hugoVersion(hugo: string): string {
  return spawnSync(hugo, ['version'], { encoding: 'utf8' }).stdout.trim();
}

/**
 * `shareCards: false` builds the same site without drawing the cards, to show what they cost Hugo. `listings: true`
 * adds a page per tag and per section (the stories' `section` field), as Gazette has: the warm publisher's benchmark
 * (bench/publish.ts) compares with that build.
 */
export async function writeHugoSite(
  siteDir: string,
  corpus: string,
  { shareCards, listings = false }: { shareCards: boolean; listings?: boolean },
): Promise<void> {
  fs.cpSync(path.join(ROOT, 'bench/hugo/layouts'), path.join(siteDir, 'layouts'), { recursive: true });
  fs.mkdirSync(path.join(siteDir, 'assets'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'src/styles/global.css'), path.join(siteDir, 'assets/global.css'));
  await writeHugoShareAssets(siteDir);
  const articles = path.join(corpus, 'articles');
  fs.writeFileSync(
    path.join(siteDir, 'hugo.yaml'),
    [
      'baseURL: http://localhost:4321/',
      'languageCode: en',
      `title: ${JSON.stringify(siteSettings({ GAZETTE_CONTENT_DIR: corpus }).name)}`,
      `params: { tagline: ${JSON.stringify(siteSettings({ GAZETTE_CONTENT_DIR: corpus }).tagline)}, shareCards: ${shareCards} }`,
      'disableKinds: [taxonomy, section]',
      // Like Gazette: one feed for the site, at /rss.xml, a sitemap and robots.txt; no feed per author.
      'outputs: { home: [HTML, RSS], page: [HTML], term: [HTML] }',
      'outputFormats: { RSS: { baseName: rss } }',
      'enableRobotsTXT: true',
      'ignoreErrors: [error-disable-taxonomy]',
      // Front matter's `author` is the taxonomy, so each author gets a page listing their stories.
      listings ? 'taxonomies: { writer: author, tag: tags, desk: section }' : 'taxonomies: { writer: author }',
      'permalinks: { articles: "/:year/:month/:day/:slug/" }',
      // Like Gazette: the writer's straight quotes stay straight.
      'markup: { goldmark: { extensions: { typographer: false } } }',
      'module:',
      '  mounts:',
      `    - { source: ${JSON.stringify(articles)}, target: content/articles }`,
      `    - { source: ${JSON.stringify(articles)}, target: assets/articles }`,
      '    - { source: assets, target: assets }',
      '    - { source: data, target: data }',
      '    - { source: layouts, target: layouts }',
      '',
    ].join('\n'),
  );
}
