/**
 * Live coverage's rules (src/lib/live/): which updates a build shows and in what order, which page each is on and the
 * addresses it has, when the coverage is over, the story's last change, the first sentence that stands in for a
 * missing headline, the one renderer of an update, updates.json and the page at an update's fixed address.
 */
import { describe, expect, test } from 'vitest';
import { translator } from '../../../src/lib/i18n/translator.ts';
import {
  coverageEnded,
  latestUpdates,
  liveModified,
  pageCount,
  pageOfIndex,
  shownUpdates,
  UPDATES_PER_PAGE,
  updateHref,
  updateStubHref,
} from '../../../src/lib/live/coverage.ts';
import { stubPageHtml, updatesFeed } from '../../../src/lib/live/feed.ts';
import { updateHtml, type UpdateView } from '../../../src/lib/live/update-html.ts';
import { firstSentence, updateText } from '../../../src/lib/live/text.ts';

const NOW = new Date('2026-11-01T00:00:00Z');
const at = (iso: string, id = iso) => ({ id, published: new Date(iso) });

describe('which updates a build shows, and where', () => {
  test('newest first; one dated after the clock waits; a tie is ordered by id', () => {
    const updates = [
      at('2026-10-31T10:00:00Z', 'b'),
      at('2026-11-01T09:00:00Z', 'later'),
      at('2026-10-31T12:00:00Z', 'c'),
      at('2026-10-31T10:00:00Z', 'a'),
    ];
    expect(shownUpdates(updates, NOW).map((u) => u.id)).toEqual(['c', 'b', 'a']);
  });

  test('20 a page, the newest on the story’s own page; an update moves to a later page as coverage grows', () => {
    expect(UPDATES_PER_PAGE).toBe(20);
    expect([0, 19, 20, 39, 40, 43].map(pageOfIndex)).toEqual([1, 1, 2, 2, 3, 3]);
    expect([0, 1, 20, 21, 44].map(pageCount)).toEqual([1, 1, 1, 2, 3]);
    expect(updateHref('/2026/10/31/s/', 1, 'x')).toBe('/2026/10/31/s/#update-x');
    expect(updateHref('/news/2026/10/31/s/', 3, 'x')).toBe('/news/2026/10/31/s/page/3/#update-x');
    expect(updateStubHref('/news/2026/10/31/s/', 'x')).toBe('/news/2026/10/31/s/update/x/');
  });

  test('coverage is over once its end has come, not before', () => {
    const start = { date: new Date('2026-10-31T06:00:00Z') };
    expect(coverageEnded({ start }, NOW)).toBe(false);
    expect(coverageEnded({ start, end: { date: new Date('2026-11-01T09:00:00Z') } }, NOW)).toBe(false);
    expect(coverageEnded({ start, end: { date: NOW } }, NOW)).toBe(true);
  });

  test('a live story last changed with its newest update shown', () => {
    const modified = new Date('2026-10-31T06:00:00Z');
    expect(liveModified(modified, [at('2026-10-31T21:49:00Z'), at('2026-10-31T08:00:00Z')])).toEqual(
      new Date('2026-10-31T21:49:00Z'),
    );
    expect(liveModified(modified, [])).toEqual(modified);
    const latest = latestUpdates(
      [
        { ...at('2026-10-31T21:00:00Z'), story: 's' },
        { ...at('2026-11-01T09:00:00Z'), story: 's' },
        { ...at('2026-10-30T21:00:00Z'), story: 't' },
      ],
      NOW,
    );
    expect(latest).toEqual(
      new Map([
        ['s', new Date('2026-10-31T21:00:00Z')],
        ['t', new Date('2026-10-30T21:00:00Z')],
      ]),
    );
  });
});

describe('the first sentence stands in for a missing headline', () => {
  test('cut where a reader would, in the story’s language', () => {
    expect(firstSentence('Gusts of 95 km/h were measured. The port is closed.', 'en')).toBe(
      'Gusts of 95 km/h were measured.',
    );
    expect(firstSentence('رسید. بندر بسته است.', 'fa')).toBe('رسید.');
    expect(firstSentence('\nFirst line only\nSecond line', 'en')).toBe('First line only');
  });
  test('a long one is cut at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(40)}end.`;
    const cut = firstSentence(long, 'en');
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('word…')).toBe(true);
  });
  test('the text of a body: paragraphs on lines of their own', () => {
    expect(updateText('<p>One <em>two</em>.</p><p>Three.</p>')).toBe('One two.\nThree.');
  });
});

describe('one update as HTML', () => {
  const i18n = translator('en');
  const update: UpdateView = {
    id: '20261031-2249',
    published: new Date('2026-10-31T21:49:00Z'),
    timeZone: 'Europe/Paris',
    headline: 'A <headline> & more',
    key: true,
    pinned: false,
    byline: [
      { name: 'Ada Ndiaye', href: '/authors/ada-ndiaye/' },
      { name: 'Tomas "T" Berg', href: '/authors/tomas-berg/' },
    ],
    html: '<p>Body.</p>',
    corrections: [{ date: new Date('2026-10-31T22:00:00Z'), text: 'Fixed <it>.' }],
    href: '/2026/10/31/s/#update-20261031-2249',
  };

  test('its anchor, time in the story’s zone and language, flags, headline, byline, body and corrections, escaped', () => {
    const html = updateHtml(update, i18n);
    expect(html).toMatch(/^<article class="live-update live-update-key" id="update-20261031-2249">/);
    expect(html).toContain(
      '<a class="live-update-time" href="/2026/10/31/s/#update-20261031-2249"><time datetime="2026-10-31T22:49:00+01:00">October 31, 2026, 10:49pm</time></a><span class="live-update-flag">Key event</span>',
    );
    expect(html).toContain('<h3 class="live-update-headline">A &lt;headline&gt; &amp; more</h3>');
    expect(html).toContain(
      'By <a href="/authors/ada-ndiaye/" rel="author" dir="auto">Ada Ndiaye</a> and <a href="/authors/tomas-berg/" rel="author" dir="auto">Tomas &quot;T&quot; Berg</a>',
    );
    expect(html).toContain('<div class="live-update-body"><p>Body.</p></div>');
    expect(html).toContain('Correction</p><ol><li><time datetime="2026-10-31T23:00:00+01:00">');
    expect(html).toContain(': Fixed &lt;it&gt;.</li>');
    // Nothing the page's CSP would block.
    expect(html).not.toMatch(/ style=| on[a-z]+=|<script/);
  });

  test('the pinned copy has no id of its own and says it is pinned', () => {
    const html = updateHtml({ ...update, key: false, pinned: true }, i18n, { copy: true });
    expect(html).toMatch(/^<article class="live-update live-update-pinned">/);
    expect(html).toContain('<span class="live-update-flag">Pinned</span>');
  });

  test('in another language, its words and its dates', () => {
    const html = updateHtml({ ...update, corrections: [] }, translator('fr'));
    expect(html).toContain('31 octobre 2026');
  });
});

describe('updates.json and the fixed address', () => {
  test('every id, the page size, the first page as its HTML, and the words once it has ended', () => {
    const latest = Array.from({ length: 25 }, (_, i) => ({
      id: `u${i}`,
      html: `<article id="update-u${i}"></article>`,
    }));
    const feed = updatesFeed(
      latest.map((u) => u.id),
      latest,
    );
    expect(feed.ids).toHaveLength(25);
    expect(feed.per).toBe(20);
    expect(feed.latest).toHaveLength(20);
    expect(feed.ended).toBeUndefined();
    expect(updatesFeed([], [], 'Live coverage ended at x').ended).toBe('Live coverage ended at x');
  });

  test('the page at an update’s fixed address refreshes to it, names its page canonical, and is not indexed', () => {
    const html = stubPageHtml({
      lang: 'en',
      dir: 'ltr',
      title: 'An update to <Storm>',
      text: 'Go to this update of <Storm>.',
      target: 'https://g.example/2026/10/31/s/page/2/#update-x',
      canonical: 'https://g.example/2026/10/31/s/page/2/',
    });
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://g.example/2026/10/31/s/page/2/#update-x">',
    );
    expect(html).toContain('<link rel="canonical" href="https://g.example/2026/10/31/s/page/2/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<title>An update to &lt;Storm&gt;</title>');
  });
});
