import { describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-fixture.ts';

describe('places in frontmatter fail the build when wrong, naming the file and the field', () => {
  test.each([
    [
      'tests/fixtures/place-bad-latitude',
      'bad-latitude.md',
      /bad-latitude\.md: places\[0\]\.lat must be between -90 and 90/,
    ],
    ['tests/fixtures/place-no-source', 'no-source.md', /no-source\.md: places\[0\]\.source[^\n]*required/],
  ])(
    '%s',
    (fixture, file, field) => {
      const build = buildFixture(fixture);
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(file);
      expect(build.output).toMatch(field);
    },
    120_000,
  );
});

test('an entry whose image is its locator map shows the SVG, eager and sized, with caption, credit and a truthful source note', () => {
  const build = buildFixture('tests/fixtures/locator-map');
  if (build.status !== 0) throw new Error(build.output);
  const html = build.page('/2020/03/01/fixture-locator-map/');
  const figure = /<figure class="main-image"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
  const img = /<img[^>]*>/.exec(figure)?.[0] ?? '';
  expect(img).toMatch(/src="[^"]+\.svg"/);
  expect(img).toContain('alt="Locator map of Mali marking Nampala, Bamako, Sikasso, Timbuktu and Gao."');
  expect(img).toContain('loading="eager"');
  expect(img).toContain('width="600"');
  expect(img).toContain('height="520"');
  expect(figure).not.toContain('<picture');
  expect(figure).toContain('Map: Gazette. Data: Natural Earth; GeoNames; Wikipedia');
  // The map is Gazette's, not the original's photograph, so the note that the photograph is not reproduced stays.
  expect(html).toContain('The photograph that accompanied the original is not reproduced here.');
  expect(html).not.toContain('Example/Flickr');
}, 120_000);
