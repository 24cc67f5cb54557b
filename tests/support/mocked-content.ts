/**
 * `astro:content` for unit tests of src/data/, as Starlight tests its collection code (`mockedAstroContent`): the real
 * module, with only `getCollection` and `getEntry` overridden to answer from entries a test gives, each parsed through
 * the real schemas (src/lib/content/schema/), as the loader stores them. And a stand-in for Astro's `paginate()` for
 * `[...page]` routes. Used only by tests. A test file mocks the module with:
 *
 *   vi.mock('astro:content', async (importActual) =>
 *     mockedAstroContent(await importActual()));
 */
import type { PaginateFunction } from 'astro';
import { authorSchema } from '../../src/lib/content/schema/collections.ts';
import { storySchema } from '../../src/lib/content/schema/story.ts';

type Entry = { id: string; collection: string; data: any; filePath?: string };
const store = new Map<string, Entry[]>();

/** The real `astro:content`, answering from this module's entries. */
export const mockedAstroContent = (actual: object) => ({ ...actual, ...astroContent });

const astroContent = {
  getCollection: async (collection: string) => store.get(collection) ?? [],
  getEntry: async (collectionOrRef: string | { collection: string; id: string }, maybeId?: string) => {
    const { collection, id } =
      typeof collectionOrRef === 'string' ? { collection: collectionOrRef, id: maybeId } : collectionOrRef;
    return store.get(collection)?.find((e) => e.id === id);
  },
};

/**
 * Fills the collections: each article's and author's frontmatter (as YAML would give it) by entry id. A value the
 * schema refuses throws, naming the entry, as the content check would.
 */
export function setContent({
  articles,
  authors,
}: {
  articles: Record<string, Record<string, unknown>>;
  authors: Record<string, Record<string, unknown>>;
}) {
  const parse = <T>(
    schema: { safeParse(data: unknown): { success: boolean; data?: T; error?: Error } },
    id: string,
    data: unknown,
  ) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new Error(`${id}: ${parsed.error?.message}`);
    return parsed.data as T;
  };
  store.set(
    'authors',
    Object.entries(authors).map(([id, data]) => ({ id, collection: 'authors', data: parse(authorSchema, id, data) })),
  );
  store.set(
    'articles',
    Object.entries(articles).map(([id, raw]) => ({
      id,
      collection: 'articles',
      filePath: `content/articles/${id}.md`,
      data: parse(storySchema, id, raw),
    })),
  );
  store.set('articleImages', []);
  store.set('frontPage', []);
}

/** Astro's paginate() for a route whose last parameter is `[...page]`, under `listing` (its page 1's URL). */
export function fakePaginate(listing: (params: Record<string, string>) => string): PaginateFunction {
  return ((
    data: readonly unknown[],
    { pageSize = 10, params = {} }: { pageSize?: number; params?: Record<string, string> } = {},
  ) => {
    const lastPage = Math.max(1, Math.ceil(data.length / pageSize));
    const first = listing(params);
    const at = (n: number) => (n === 1 ? first : `${first}${n}/`);
    return Array.from({ length: lastPage }, (_, i) => {
      const n = i + 1;
      const url = {
        current: at(n),
        first: n === 1 ? undefined : first,
        prev: n === 1 ? undefined : at(n - 1),
        next: n === lastPage ? undefined : at(n + 1),
        last: n === lastPage ? undefined : at(lastPage),
      };
      const start = i * pageSize;
      return {
        params: { ...params, page: n > 1 ? String(n) : undefined },
        props: {
          page: {
            data: data.slice(start, start + pageSize),
            start,
            end: Math.min(start + pageSize, data.length) - 1,
            size: pageSize,
            total: data.length,
            currentPage: n,
            lastPage,
            url,
          },
        },
      };
    });
  }) as unknown as PaginateFunction;
}
