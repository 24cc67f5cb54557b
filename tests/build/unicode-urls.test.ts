/**
 * Sections, tags and a permalink in five scripts (tests/fixtures/unicode-urls, with filler stories that give a section
 * and a tag a second page), built with the test clock: dist/ holds the decoded paths Astro writes, and every link,
 * feed, sitemap and host file carries them percent-encoded, each landing on a built file. The same fixture is served
 * by nginx in tests/e2e/deploy-unicode.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/archive/pages.ts';
import { buildFixture, FIXTURE_TMP, type FixtureBuild } from '../support/build-fixture.ts';
import { distFiles } from '../support/dist-files.ts';
import { checkLinks, refsIn } from '../support/link-check.ts';
import { UNICODE_ALIAS_AS_WRITTEN, UNICODE_CONTENT, UNICODE_PATHS } from '../support/unicode-site.ts';

const SITE = 'https://gazette.example';
let build: FixtureBuild;
let built: ReturnType<typeof distFiles>;
const read = (file: string) => fs.readFileSync(path.join(build.dist, file), 'utf8');
const encoded = (decoded: string) => encodeURI(decoded);

/** The fixture, and enough short stories in the Persian section and the Russian tag to give each a second page. */
function withFillers(): string {
  fs.mkdirSync(FIXTURE_TMP, { recursive: true });
  const dir = fs.mkdtempSync(path.join(FIXTURE_TMP, 'unicode-urls-'));
  fs.cpSync(UNICODE_CONTENT, dir, { recursive: true });
  for (let i = 1; i <= PAGE_SIZE; i++) {
    const day = String(i).padStart(2, '0');
    fs.writeFileSync(
      path.join(dir, 'articles', `filler-${i}.md`),
      `---\nheadline: Filler Story ${i}\nstandfirst: A made-up story.\nslug: filler-${i}\nauthor: ada-ndiaye\npublished: "2014-01-${day}T09:00:00Z"\ntimeZone: UTC\nsection: ایران\ntags: [Россия]\nageBanner: false\n---\n\nA paragraph.\n`,
    );
  }
  return dir;
}

let content: string;
beforeAll(() => {
  content = withFillers();
  build = buildFixture(content, { SITE_URL: SITE });
  if (build.status !== 0) throw new Error(build.output);
  built = distFiles(build.dist);
}, 300_000);
afterAll(() => {
  if (build) fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  if (content) fs.rmSync(content, { recursive: true, force: true });
});

describe('dist/ holds the decoded paths', () => {
  test.each(Object.entries(UNICODE_PATHS))('%s at %s', (_, decoded) => {
    const file = decoded.endsWith('/') ? `${decoded.slice(1)}index.html` : decoded.slice(1);
    expect(built.files.has(file), file).toBe(true);
    // As Astro writes file names: NFC.
    expect(file).toBe(file.normalize('NFC'));
  });

  test('each section and tag has its page and feed, and Latin names fold as they always have', () => {
    for (const dir of ['ايران', '中国', 'tags/россия', 'tags/中国', 'tags/भारत', 'tags/ελλαδα', 'tags/كتاب-ها'])
      for (const file of ['index.html', 'rss.xml'])
        expect(built.files.has(`${dir}/${file}`), `${dir}/${file}`).toBe(true);
    for (const dir of ['world', 'tags/misseni', 'tags/cote-d-ivoire'])
      expect(built.files.has(`${dir}/index.html`)).toBe(true);
  });
});

describe('links carry them percent-encoded', () => {
  test('every reference in every page, feed, sitemap and manifest is ASCII', () => {
    const raw: string[] = [];
    for (const [file, text] of built.texts)
      for (const ref of refsIn(file, text) ?? []) if (/[^\x21-\x7e]/.test(ref)) raw.push(`${file}: ${ref}`);
    expect(raw).toEqual([]);
  });

  test('and each one lands on a built file', () => {
    const { broken, checked } = checkLinks(built.texts, built.files, { origin: SITE, base: '/' });
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  test("a Unicode listing's later pages are at /page/2/ under the decoded name, and its page numbers link them encoded", () => {
    for (const listing of [UNICODE_PATHS.persianSection, UNICODE_PATHS.russianTag]) {
      expect(built.files.has(`${listing.slice(1)}page/2/index.html`), listing).toBe(true);
      const nav = /<nav class="pagination"[\s\S]*?<\/nav>/.exec(read(`${listing.slice(1)}index.html`))?.[0] ?? '';
      expect(nav, listing).toContain(`href="${encoded(`${listing}page/2/`)}"`);
      const back =
        /<nav class="pagination"[\s\S]*?<\/nav>/.exec(read(`${listing.slice(1)}page/2/index.html`))?.[0] ?? '';
      expect(back, listing).toContain(`href="${encoded(listing)}"`);
    }
  });

  test('the pages link the Unicode sections, tags and permalinks, encoded', () => {
    const hrefs = (file: string) => [...read(file).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    const tagsIndex = hrefs('tags/index.html');
    for (const tag of ['россия', '中国', 'भारत', 'ελλαδα', 'كتاب-ها', 'misseni'])
      expect(tagsIndex).toContain(encoded(`/tags/${tag}/`));
    expect(hrefs('index.html')).toContain(encoded(UNICODE_PATHS.persianStory));
    expect(hrefs('index.html')).toContain(encoded(UNICODE_PATHS.persianSection));
    // The search form's section filter carries each section's page, for the browse link the search page offers.
    expect(read('search/index.html')).toContain(
      `<option value="ایران" data-href="${encoded(UNICODE_PATHS.persianSection)}"`,
    );
    // The page's own canonical URL, from Astro.url, is the same encoding (upper-case hex), not encoded twice.
    expect(read(`${UNICODE_PATHS.persianStory.slice(1)}index.html`)).toContain(
      `<link rel="canonical" href="${SITE}${encoded(UNICODE_PATHS.persianStory)}"`,
    );
  });

  test('the feeds and the JSON Feed link the permalink and its share card encoded', () => {
    const json = JSON.parse(read('feed.json')) as { items: { url: string; image: string }[] };
    for (const item of json.items) {
      expect(item.url).toMatch(/^[\x21-\x7e]+$/);
      expect(item.image).toMatch(/^[\x21-\x7e]+$/);
    }
    expect(json.items.map((i) => i.url)).toContain(`${SITE}${encoded(UNICODE_PATHS.persianStory)}`);
    expect(json.items.map((i) => i.image)).toContain(`${SITE}${encoded(UNICODE_PATHS.persianCard)}`);
    expect(read('tags/россия/rss.xml')).toContain(`<link>${SITE}${encoded(UNICODE_PATHS.persianStory)}</link>`);
  });

  test('the sitemaps list the encoded URLs, each dated, and the News sitemap the recent Chinese permalink', () => {
    const pages = read('sitemap-pages-0.xml');
    expect(pages).toContain(
      `<url><loc>${SITE}${encoded(UNICODE_PATHS.persianStory)}</loc><lastmod>2015-06-11T16:01:00.000Z</lastmod></url>`,
    );
    expect(pages).toContain(`<loc>${SITE}${encoded('/tags/россия/')}</loc>`);
    expect(read('sitemap-news-0.xml')).toContain(`<loc>${SITE}${encoded(UNICODE_PATHS.chineseStory)}</loc>`);
  });
});

describe('the hosts’ redirects for an old address in another script', () => {
  const to = encoded(UNICODE_PATHS.persianStory);
  test('_redirects (Netlify, Cloudflare): the old address as requested, the permalink percent-encoded', () => {
    expect(read('_redirects')).toContain(`${UNICODE_ALIAS_AS_WRITTEN} ${to} 301\n`);
  });
  test('nginx: the decoded old address, as $uri holds it; the encoded permalink, as Location must be ASCII', () => {
    expect(read('_nginx-redirects.map')).toContain(`"${UNICODE_PATHS.alias}" "${to}";\n`);
  });
  test('GitHub Pages: a page at the decoded path that sends the reader on to the encoded permalink', () => {
    const page = read(`${UNICODE_PATHS.alias.slice(1)}index.html`);
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${SITE}${to}">`);
    expect(page).toContain(`<a href="${to}">`);
  });
});
