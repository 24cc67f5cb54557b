/**
 * Sharing, search and feeds on a fixture site built under /news/ on another host, so every absolute URL is proven to
 * carry site and base; and the share card of a story with an image.
 */
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { meta } from '../support/built-site.ts';
import { feedChecks } from '../support/sharing-feed-checks.ts';
import { headChecks } from '../support/sharing-head-checks.ts';
import { BASE_PATH_SITE, builtSite } from '../support/sharing-site.ts';

const site = builtSite(BASE_PATH_SITE);

describe(site.name, () => {
  headChecks(site);
  feedChecks(site);
});

describe('the fixture story with an image', () => {
  const dist = () => site.build().dist;
  const paper = async (png: string) => {
    const { data } = await sharp(png)
      .extract({ left: 1000, top: 400, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return data[0] === 0xff && data[1] === 0xfd && data[2] === 0xf9;
  };

  test('shows the article image on its share card; a story without one does not', async () => {
    expect(await paper(path.join(dist(), 'share/2020/03/01/fixture-with-image/card.png'))).toBe(false);
    expect(await paper(path.join(dist(), 'share/2019/01/15/other-fixture-story/card.png'))).toBe(true);
  });

  test('says so in the image alt text', () => {
    const h = site.html('/2020/03/01/fixture-with-image/');
    expect(meta(h, 'og:image:alt')[0]).toContain('A green-to-blue test gradient');
  });
});
