/**
 * Page-weight accounting: what a page's HTML asks the browser to fetch, what of
 * that holds up the first render, what it all weighs compressed, and whether
 * that fits the budgets. Pure functions over HTML text and byte counts, so the
 * dist/ test, the browser test and the benchmarks all count the same way.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type Check } from './budget-report.ts';
import { pageRefs } from './page-refs.ts';

export * from './budget-report.ts';
export * from './page-refs.ts';
export * from './load-budget.ts';

/** One KB as budgets count it: 1,024 bytes. */
export const KB = 1024;

/**
 * The budgets from the performance brief. 14 KB is about what the first TCP
 * round trip can carry (ten segments of ~1,460 bytes), so a page under it can
 * start rendering after one round trip.
 */
export const BUDGETS = {
  /** HTML + render-blocking CSS + JS, gzip level 9, per article page. */
  criticalGzip: 14 * KB,
  /** Render-blocking stylesheets per page (inline CSS costs no request). */
  blockingStylesheets: 1,
  /** Parser-blocking external scripts per page. */
  blockingScripts: 0,
  /** JavaScript on an article page, gzip level 9. */
  articleJsGzip: 1 * KB,
  /**
   * JavaScript on every other page. None until a feature there needs some:
   * raise this here, in review, with the reason.
   */
  otherJsGzip: 0,
  /**
   * The search page's own client (src/client/search.ts). Pagefind's pagefind.js, WebAssembly and index chunks
   * load on the first search, not with the page; bench/build-scale.ts measures what a query transfers. Raised from
   * 3 KB (issue 32): the reader's words folded as the index folds them (src/lib/search/fold.ts: Persian and Arabic
   * letters and digits) and the page's messages in its language came to 3,090 B.
   */
  searchJsGzip: 3.5 * KB,
  /** Everything an article page fetches at 375 px with a cold cache, on the wire. */
  articleTransfer: 50 * KB,
  /** Everything the front page fetches at 375 px with a cold cache, on the wire: the lead's picture and every thumbnail included. */
  frontTransfer: 100 * KB,
} as const;

export type Sizes = { raw: number; gzip: number; brotli: number };

/** Raw, gzip -9 and brotli (max quality) sizes, the way a static host would serve the bytes. */
export function compressedSizes(content: string | Uint8Array): Sizes {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    raw: buf.byteLength,
    gzip: gzipSync(buf, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.byteLength },
    }).byteLength,
  };
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** Sort of page a dist/ path (relative, with index.html) is, so it gets its budgets. */
export type PageKind = 'article' | 'front' | 'author' | 'search' | 'desk' | 'other';

export function pageKind(relPath: string): PageKind {
  const p = relPath.replace(/\\/g, '/').replace(/^\/+/, '');
  if (/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(p)) return 'article';
  if (p === 'index.html') return 'front';
  if (/^authors\/[^/]+\/index\.html$/.test(p)) return 'author';
  if (p === 'search/index.html') return 'search';
  if (p === 'admin/index.html') return 'desk';
  return 'other';
}

/** Byte totals of one built page, as its HTML and the files it references add up. */
export type PageWeight = {
  page: string;
  kind: PageKind;
  html: Sizes;
  blockingCss: Sizes;
  /** All JavaScript, inline and external. */
  js: Sizes;
  /** The JavaScript fetched as separate files. */
  externalJs: Sizes;
  blockingStylesheets: number;
  blockingScripts: number;
  imagesWithoutSize: string[];
};

/**
 * Weighs one page. `fetchFile` returns the bytes of a same-site URL the page
 * refers to (or undefined for another origin, which is counted as missing).
 */
export function weighPage(
  page: string,
  kind: PageKind,
  html: string,
  fetchFile: (url: string) => Uint8Array | undefined,
): PageWeight {
  const refs = pageRefs(html);
  const sizesOf = (url: string): Sizes => {
    const bytes = fetchFile(url);
    if (!bytes) throw new Error(`${page} refers to ${url}, which is not in the build`);
    return compressedSizes(bytes);
  };
  const blockingSheets = refs.stylesheets.filter((s) => s.blocking);
  const external = refs.scripts.filter((s) => s.src).map((s) => sizesOf(s.src ?? ''));
  const inline = refs.scripts.filter((s) => !s.src).map((s) => compressedSizes(s.inline ?? ''));
  return {
    page,
    kind,
    html: compressedSizes(html),
    blockingCss: addSizes(...blockingSheets.map((s) => sizesOf(s.href))),
    // Inline script text is already inside the HTML's bytes; it is weighed on its own here
    // only to say how much of the page is JavaScript.
    js: addSizes(...external, ...inline),
    externalJs: addSizes(...external),
    blockingStylesheets: blockingSheets.length,
    blockingScripts: refs.scripts.filter((s) => s.blocking).length,
    imagesWithoutSize: refs.images.filter((i) => !i.reservesSpace).map((i) => i.src),
  };
}

/**
 * HTML, the CSS that blocks rendering, and the external JS (fetched before the
 * page is interactive). Inline JS and CSS are inside the HTML's bytes already.
 */
export function criticalPath(w: PageWeight): Sizes {
  return addSizes(w.html, w.blockingCss, w.externalJs);
}

/**
 * The checks a built page must pass. The desk (/admin/) has none: it is the editors' tool, not a page readers load,
 * and it is Sveltia CMS's single-page app (about 600 KB of JavaScript, gzip -9, before its lazily loaded parts);
 * budgets there would measure Sveltia, not Gazette. Its own tests are tests/e2e/desk.spec.ts.
 */
export function pageChecks(w: PageWeight): Check[] {
  if (w.kind === 'desk') return [];
  const checks: Check[] = [];
  if (w.kind === 'article') {
    const critical = criticalPath(w);
    checks.push({
      page: w.page,
      what: 'critical path (HTML + blocking CSS + JS), gzip -9',
      actual: critical.gzip,
      limit: BUDGETS.criticalGzip,
      unit: 'B',
      note: `brotli ${critical.brotli.toLocaleString('en-US')} B, raw ${critical.raw.toLocaleString('en-US')} B`,
    });
  }
  checks.push(
    {
      page: w.page,
      what: 'render-blocking stylesheets',
      actual: w.blockingStylesheets,
      limit: BUDGETS.blockingStylesheets,
      unit: 'count',
    },
    {
      page: w.page,
      what: 'render-blocking scripts',
      actual: w.blockingScripts,
      limit: BUDGETS.blockingScripts,
      unit: 'count',
    },
    {
      page: w.page,
      what: 'JavaScript, gzip -9',
      actual: w.js.gzip,
      limit:
        w.kind === 'article' ? BUDGETS.articleJsGzip : w.kind === 'search' ? BUDGETS.searchJsGzip : BUDGETS.otherJsGzip,
      unit: 'B',
      note: `brotli ${w.js.brotli.toLocaleString('en-US')} B`,
    },
    {
      page: w.page,
      what: 'images without width and height',
      actual: w.imagesWithoutSize.length,
      limit: 0,
      unit: 'count',
      note: w.imagesWithoutSize.join(' '),
    },
  );
  return checks;
}
