/**
 * src/data/ with a mocked astro:content (tests/support/mocked-content.ts): what getArticles() hands every page, and
 * the model a listing page is built from, at a clock the test sets. The entries go through the real schema.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { fakePaginate, mockedAstroContent, setContent } from '../../support/mocked-content.ts';

vi.mock('astro:content', async (importActual) => mockedAstroContent(await importActual()));

// The build's clock: 2026-11-01T00:00:00Z.
vi.stubEnv('SOURCE_DATE_EPOCH', '1793491200');

const story = (slug: string, published: string, extra: Record<string, unknown> = {}) => ({
  headline: `Headline ${slug}`,
  standfirst: 'S.',
  slug,
  author: 'ann',
  published,
  timeZone: 'UTC',
  dateline: 'Paris, FR',
  section: 'World',
  ...extra,
});
// 21 World stories, one a day from 2026-10-01, so the section has two pages; and one each of the others.
const world = Object.fromEntries(
  Array.from({ length: 21 }, (_, i) => [
    `world-${i + 1}`,
    story(`world-${i + 1}`, `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00+00:00`),
  ]),
);
const articles = {
  ...world,
  'africa-1': story('africa-1', '2026-10-25T09:00:00+00:00', { section: 'Africa' }),
  draft: story('draft', '2026-10-30T09:00:00+00:00', { draft: true }),
  scheduled: story('scheduled', '2026-11-02T09:00:00+00:00'),
};

beforeAll(() => setContent({ articles, authors: { ann: { name: 'Ann' } } }));
afterAll(() => vi.unstubAllEnvs());

describe('getArticles', () => {
  test('the published stories, newest first: no draft, nothing after the build clock', async () => {
    const { getArticles } = await import('../../../src/data/articles.ts');
    const ids = (await getArticles()).map((a) => a.id);
    expect(ids).toHaveLength(22);
    expect(ids.slice(0, 3)).toEqual(['africa-1', 'world-21', 'world-20']);
    expect(ids).not.toContain('draft');
    expect(ids).not.toContain('scheduled');
  });

  test('permalinks and bylines come from the entry', async () => {
    const { articleHref, getArticles, getAuthors } = await import('../../../src/data/articles.ts');
    const first = (await getArticles())[0];
    expect(articleHref(first)).toBe('/2026/10/25/africa-1/');
    expect((await getAuthors(first)).map((a) => a.data.name)).toEqual(['Ann']);
  });

  test("the site's feeds take the newest of the same list", async () => {
    const { getEditionFeedArticles } = await import('../../../src/data/feeds.ts');
    const { mainEdition } = await import('../../../src/data/editions.ts');
    expect((await getEditionFeedArticles(mainEdition())).map((a) => a.id).slice(0, 2)).toEqual([
      'africa-1',
      'world-21',
    ]);
  });
});

describe('a section listing', () => {
  test('pages of 20, newest first, each with its title, masthead place and pagination', async () => {
    const { sectionListings } = await import('../../../src/data/listings.ts');
    const pages = await sectionListings(fakePaginate((params) => `/${params.section}/`));
    const worldPages = pages.filter((p) => (p.params as Record<string, string | undefined>).section === 'world');
    expect(worldPages.map((p) => p.params.page)).toEqual([undefined, 'page/2']);

    const [one, two] = worldPages.map((p) => p.props.page);
    expect(one.title).toBe('World | Gazette');
    expect(two.title).toBe('World, page 2 | Gazette');
    expect(two.description).toMatch(/ Page 2 of 2\.$/);
    expect(one.teasers).toHaveLength(20);
    expect(one.teasers[0]).toMatchObject({
      href: '/2026/10/21/world-21/',
      headline: 'Headline world-21',
      section: { name: 'World', href: '/world/' },
    });
    expect(two.teasers.map((t) => t.href)).toEqual(['/2026/10/01/world-1/']);
    expect(one.pagination).toEqual({ first: '/world/', current: 1, last: 2, label: 'World: pages' });
    expect(one.total).toBe(21);
    // The masthead lists sections with a published story; page 1 is the section's own page, page 2 within it.
    expect(one.masthead.links.find((l) => l.href === '/world/')?.current).toBe('page');
    expect(two.masthead.links.find((l) => l.href === '/world/')?.current).toBe('true');
    expect(one.masthead.links.map((l) => l.name)).toEqual(expect.arrayContaining(['World', 'Africa', 'Search']));
  });

  test('each page has its own cache key, and an equal model gives an equal key', async () => {
    const { sectionListings } = await import('../../../src/data/listings.ts');
    const paginate = fakePaginate((params) => `/${params.section}/`);
    const keys = (await sectionListings(paginate)).map((p) => p.cacheKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect((await sectionListings(paginate)).map((p) => p.cacheKey)).toEqual(keys);
  });
});
