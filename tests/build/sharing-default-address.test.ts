/**
 * Sharing, search and feeds on the seed site built at the default address, including how its one article, a
 * republication, credits and points to the original.
 */
import { describe, expect, test } from 'vitest';
import { jsonLd, links, meta } from '../support/built-site.ts';
import { feedChecks } from '../support/sharing-feed-checks.ts';
import { headChecks } from '../support/sharing-head-checks.ts';
import { builtSite, SEED_SITE } from '../support/sharing-site.ts';

const site = builtSite(SEED_SITE);

describe(site.name, () => {
  headChecks(site);
  feedChecks(site);
});

describe('the seed article, a republication', () => {
  const seed = () => site.html('/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/');
  const VICE = 'https://www.vice.com/en/article/a39w54/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali';

  test('is kept out of search indexes, with its own canonical, as Google advises for syndicated copies', () => {
    expect(meta(seed(), 'robots')).toEqual(['noindex, follow, max-image-preview:large']);
    expect(links(seed(), 'canonical')[0].href).toBe(
      'http://localhost:4321/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/',
    );
  });

  test('names the original in structured data and tells the reader, linking it', () => {
    expect((jsonLd(seed())[0] as any).isBasedOn).toBe(VICE);
    const note = /<aside class="source-note"[\s\S]*?<\/aside>/.exec(seed())?.[0] ?? '';
    expect(note).toMatch(new RegExp(`Originally published by <a href="${VICE}"[^>]*>VICE News</a>`));
    // Two sentences, not run together.
    expect(note.replace(/<[^>]+>/g, '')).toMatch(
      /June 11, 2015\. The photograph that accompanied the original is not reproduced here\./,
    );
  });

  test('credits its author on Twitter', () => {
    expect(meta(seed(), 'twitter:creator')).toEqual(['@PLongeray']);
  });
});
