/**
 * Mixed text keeps its order (issue 32): where a value of unknown direction meets the page's words, it is set apart
 * (dir="auto", or a <bdi> inside a sentence), and text in the site's language on a page in another says so with lang
 * and dir. An English name in a Persian sentence, or a Persian date in an English teaser, then runs its own way.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, expect, test } from 'vitest';
import ArticleTeaser from '../../../src/components/ArticleTeaser.astro';
import Caption from '../../../src/components/Caption.astro';
import OnwardJourneys from '../../../src/components/OnwardJourneys.astro';
import PublishedDate from '../../../src/components/PublishedDate.astro';
import SectionBlock from '../../../src/components/SectionBlock.astro';
import SiteFooter from '../../../src/components/SiteFooter.astro';
import { translator } from '../../../src/lib/i18n/translator.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** A component as a page in `lang` renders it, without Astro's scoping attributes. */
async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
  lang = 'en',
) {
  const html = await container.renderToString(component, { props, locals: { i18n: translator(lang) } });
  return html.replace(/ data-astro-cid-\w+/g, '');
}

const published = new Date('2026-10-25T10:00:00+03:30');
const story = { href: '/2026/10/25/x/', headline: 'دیدار Emmanuel Macron', published, timeZone: 'Asia/Tehran' };

test('a date runs its own way: a Persian date keeps its order inside an English teaser, and the other way round', async () => {
  const persian = await render(PublishedDate, { date: published, timeZone: 'Asia/Tehran', format: 'date' }, 'fa');
  expect(persian).toBe('<time datetime="2026-10-25T10:00:00+03:30" dir="auto">۳ آبان ۱۴۰۵</time>');
  const teaser = await render(
    ArticleTeaser,
    {
      teaser: {
        ...story,
        standfirst: 'A standfirst.',
        section: { name: 'World', href: '/world/' },
        lang: 'en',
        dir: 'ltr',
      },
    },
    'fa',
  );
  expect(teaser).toMatch(/<article class="teaser" lang="en" dir="ltr">/);
  expect(teaser).toMatch(/<time [^>]*dir="auto">/);
  expect(teaser).toContain('<a href="/world/" dir="auto">World</a>');
});

test('"More in {section}" names the section in the site\'s language, marked so on a page in another', async () => {
  const props = { section: { name: 'World', href: '/world/' }, moreInSection: [story], sameTopics: [] };
  // The Persian sentence, with the English name set apart in it.
  const marked = /<a href="\/world\/">[^<]*\p{Script=Arabic}[^<]* <span lang="en" dir="ltr">World<\/span><\/a>/u;
  expect(await render(OnwardJourneys, props, 'fa')).toMatch(marked);
  expect(await render(OnwardJourneys, props)).toContain('<a href="/world/">More in World</a>');
  const block = { name: 'World', href: '/world/', teasers: [] };
  expect(await render(SectionBlock, block, 'fa')).toMatch(marked);
  expect(await render(SectionBlock, block)).toContain('<a href="/world/">More in World</a>');
});

test("the footer's name and tagline are marked with the site's language on a page in another", async () => {
  const props = { name: 'Gazette', tagline: 'News stories, republished with care.' };
  expect(await render(SiteFooter, { ...props, lang: 'en', dir: 'ltr' }, 'fa')).toContain(
    '<p><span lang="en" dir="ltr"><a href="/">Gazette</a>',
  );
  expect(await render(SiteFooter, props)).toContain('<footer class="site-footer"><p>');
});

test("a picture's credit runs its own way (a Latin credit ending in a parenthesis, in a Persian caption)", async () => {
  const html = await render(Caption, { caption: 'نقشه', credit: 'Data: GeoNames (CC BY 4.0)' }, 'fa');
  expect(html).toContain('<span class="caption-credit" dir="auto">Data: GeoNames (CC BY 4.0)</span>');
});
