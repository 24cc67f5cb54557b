import { beforeAll, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture('tests/fixtures/figure-and-internal-related');
  if (build.status !== 0) throw new Error(build.output);
}, 120_000);

test('an entry with an image renders figure, picture, caption and credit', () => {
  const html = build.page('/2020/03/01/fixture-with-image/');
  const figure = /<figure class="main-image"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
  expect(figure).toMatch(/<source[^>]+type="image\/avif"/);
  expect(figure).toMatch(/<source[^>]+type="image\/webp"/);
  // Not lazy, and its box is reserved by width and height.
  expect(figure).toMatch(/<img[^>]+alt="A green-to-blue test gradient"/);
  expect(figure).toMatch(/<img[^>]+loading="eager"/);
  expect(figure).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+height="\d+"[^>]+width="\d+"/);
  expect(figure).toMatch(
    /<figcaption class="caption"[^>]*>[\s\S]*A generated test pattern\.[\s\S]*Image: Gazette test fixture/,
  );
});

test('a related story that is also in the collection is linked internally, in the aside and the list', () => {
  const html = build.page('/2020/03/01/fixture-with-image/');
  const internal = '/2019/01/15/other-fixture-story/';
  expect(html).toContain(`<a href="${internal}" data-related="internal">The Other Fixture Story</a></aside>`);
  expect(html).toMatch(
    new RegExp(`<a href="${internal}" data-related="internal"[^>]*>\\s*The Other Fixture Story\\s*</a>\\s*</li>`),
  );
  expect(html).not.toContain('https://example.org/original/other-story');
});

test('an entry can switch the age banner off', () => {
  expect(build.page('/2020/03/01/fixture-with-image/')).toContain('This story is over 6 years old');
  expect(build.page('/2019/01/15/other-fixture-story/')).not.toContain('data-age-banner');
});
