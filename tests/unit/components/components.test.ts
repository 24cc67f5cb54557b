import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import AgeBanner from '../../../src/components/AgeBanner.astro';
import Caption from '../../../src/components/Caption.astro';
import CalendarNav from '../../../src/components/CalendarNav.astro';
import Dateline from '../../../src/components/Dateline.astro';
import Kicker from '../../../src/components/Kicker.astro';
import SectionNav from '../../../src/components/SectionNav.astro';
import { translator } from '../../../src/lib/i18n/translator.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** What a page's layout hands its components: the page's language (src/lib/i18n/translator.ts), English here. */
const locals = { i18n: translator('en') };
const render: AstroContainer['renderToString'] = (component, options = {}) =>
  container.renderToString(component, { ...options, locals: { ...locals, ...options.locals } });

const published = new Date('2015-06-11T20:31:00+02:00');

describe('AgeBanner', () => {
  test('the visible banner is hidden from screen readers and carries the instant for the refresh script', async () => {
    const html = await render(AgeBanner, {
      props: { published, label: 'This story is over 11 years old', variant: 'visible' },
    });
    expect(html).toMatch(
      /<p class="age-banner" aria-hidden="true" data-age-banner data-published="2015-06-11T18:31:00.000Z"/,
    );
    expect(html).toContain('This story is over 11 years old');
  });

  test('the spoken copy is visually hidden but not aria-hidden', async () => {
    const html = await render(AgeBanner, {
      props: { published, label: 'This story is over 6 months old', variant: 'spoken' },
    });
    expect(html).toMatch(/<p class="visually-hidden" data-age-banner/);
    expect(html).not.toContain('aria-hidden');
    expect(html).toContain('This story is over 6 months old');
  });

  test('a story under a month old renders an empty, hidden banner for the script to fill', async () => {
    const html = await render(AgeBanner, {
      props: { published, label: '', variant: 'visible' },
    });
    expect(html).toMatch(/<p class="age-banner"[^>]* hidden/);
    expect(html).toMatch(/<span data-age-text[^>]*><\/span>/);
  });

  test("the banner carries its words in each plural form of the page's language, for the script", async () => {
    const html = await render(AgeBanner, {
      props: { published, label: '', variant: 'visible' },
      locals: { i18n: translator('ru') },
    });
    const messages = JSON.parse(/data-messages="([^"]*)"/.exec(html)![1].replace(/&quot;/g, '"'));
    expect(messages.lang).toBe('ru');
    expect(Object.keys(messages.messages['article.ageYears']).sort()).toEqual(['few', 'many', 'one', 'other']);
  });
});

test('Dateline prints place and date with a machine-readable instant', async () => {
  const html = await render(Dateline, {
    props: { place: 'Paris, FR', published, timeZone: 'Europe/Paris' },
  });
  expect(html).toContain('Paris, FR');
  expect(html).toContain('<time datetime="2015-06-11T20:31:00+02:00" dir="auto">June 11, 2015, 8:31pm</time>');
  expect(html).not.toContain('Updated');
});

test('Dateline shows an update when there is one', async () => {
  const html = await render(Dateline, {
    props: { place: 'Paris, FR', published, updated: new Date('2015-06-12T09:00:00+02:00'), timeZone: 'Europe/Paris' },
  });
  expect(html).toMatch(/Updated <time datetime="2015-06-12T09:00:00\+02:00" dir="auto">June 12, 2015, 9:00am<\/time>/);
});

test('Caption prints the credit, and the caption only when given', async () => {
  const withCaption = await render(Caption, { props: { caption: 'A map.', credit: 'Map: Gazette' } });
  expect(withCaption).toMatch(/<figcaption[^>]*>.*A map\..*Map: Gazette.*<\/figcaption>/s);
  const creditOnly = await render(Caption, { props: { credit: 'Map: Gazette' } });
  expect(creditOnly).toMatch(
    /<figcaption[^>]*>\s*<span class="caption-credit"[^>]*>Map: Gazette<\/span>\s*<\/figcaption>/,
  );
  expect(creditOnly).not.toContain('caption-text');
});

/** The HTML without Astro's scoping attributes, to compare as written. */
const plain = (html: string) => html.replace(/ data-astro-cid-\w+/g, '');

test('SectionNav: a plain list of links in the order given, the reader’s place marked for screen readers', async () => {
  const links = [
    { name: 'World', href: '/world/', current: 'true' as const },
    { name: 'Africa', href: '/africa/' },
    { name: 'Search', href: '/search/' },
  ];
  const html = plain(await render(SectionNav, { props: { links, label: 'Sections' } }));
  expect(html).toContain('<nav class="section-nav" aria-label="Sections">');
  expect(
    [...html.matchAll(/<a href="([^"]+)"( aria-current="[^"]+")?>\s*([^<]+?)\s*<\/a>/g)].map((m) => [
      m[1],
      m[2]?.trim() ?? '',
      m[3],
    ]),
  ).toEqual([
    ['/world/', 'aria-current="true"', 'World'],
    ['/africa/', '', 'Africa'],
    ['/search/', '', 'Search'],
  ]);
  expect(html).not.toContain('<script');
});

test('Kicker links to its section, its name running its own way', async () => {
  expect(plain(await render(Kicker, { props: { name: 'World', href: '/world/' } }))).toBe(
    '<p class="kicker"><a href="/world/" dir="auto">World</a></p>',
  );
});

test('CalendarNav: each month, then its count in words; the separator is not read out', async () => {
  const html = plain(
    await render(CalendarNav, {
      props: {
        label: 'Months of 2015',
        up: [],
        months: [{ href: '/2015/06/', name: 'June 2015', count: '8 stories', later: [] }],
      },
    }),
  );
  expect(html).toMatch(
    /<li><a href="\/2015\/06\/">June 2015<\/a> <span class="count"><span aria-hidden="true">·<\/span> 8 stories<\/span><\/li>/,
  );
  expect(html).not.toMatch(/continued/);
});

test('CalendarNav: a long month goes on with its later pages, each link named for the month and the page', async () => {
  const later = [2, 3].map((n) => ({ href: `/2015/06/page/${n}/`, text: `page ${n}`, label: `June 2015, page ${n}` }));
  const html = plain(
    await render(CalendarNav, {
      props: {
        label: 'Months of 2015',
        up: [],
        months: [{ href: '/2015/06/', name: 'June 2015', count: '48 stories', later }],
      },
    }),
  );
  expect(html).toContain(', continued on');
  expect(html).toMatch(/<a href="\/2015\/06\/page\/2\/" aria-label="June 2015, page 2">page 2<\/a>/);
  expect(html).toMatch(
    /<span aria-hidden="true"> · <\/span><a href="\/2015\/06\/page\/3\/" aria-label="June 2015, page 3">page 3<\/a>/,
  );
});
