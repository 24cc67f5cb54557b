/**
 * A share card whose article image is a locator map shows the whole map: cropping it to fill the card's box (as a
 * photograph is) would cut off the places at its edges, the story's own place among them on the seed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { layoutLocatorMap, MAP_SIZE } from '../../../src/lib/map/layout.ts';
import { STYLE } from '../../../src/lib/map/svg.ts';
import { loadMapSources } from '../../../src/lib/map/sources.ts';
import { placesSchema } from '../../../src/lib/map/places.ts';
import { renderShareImage } from '../../../src/lib/share-card/render.ts';
import { SHARE_FORMATS, type ShareFormat, shareCardLayout } from '../../../src/lib/share-card/layout.ts';
import { mono } from '../../support/mono-typeset.ts';

const SEED = 'content/articles/2015/misseni-attack.md';
const MAP = 'content/articles/2015/misseni-attack-map.svg';
const text = {
  headline: 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali',
  siteName: 'Gazette',
  dateText: 'June 11, 2015',
  year: '2015',
};

const places = placesSchema.parse(
  (loadYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(SEED, 'utf8'))![1]) as { places: unknown }).places,
);
const distance = (a: ArrayLike<number>, hex: string) =>
  Math.hypot(...[0, 1, 2].map((i) => a[i] - Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)));

let dir: string;
let markers: { name: string; at: [number, number]; colour: string }[];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-share-map-'));
  markers = layoutLocatorMap({ ...loadMapSources(), places }).points.map(({ place, at }) => ({
    name: place.name,
    at,
    colour: place.role === 'event' ? STYLE.event : STYLE.ink,
  }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(SHARE_FORMATS) as ShareFormat[])('the seed card, %s', (format) => {
  test('shows every place of the map, Misséni included, where the whole map scaled into its box puts it', async () => {
    const png = await renderShareImage({ ...SHARE_FORMATS[format], ...text, imageFile: MAP }, dir);
    // The image box does not depend on the text, so a fixed-width stand-in font is enough to find it.
    const box = shareCardLayout({ ...SHARE_FORMATS[format], ...text, hasImage: true }, mono).image!;
    const scale = Math.min(box.width / MAP_SIZE.width, box.height / MAP_SIZE.height);
    const left = box.x + (box.width - MAP_SIZE.width * scale) / 2;
    const top = box.y + (box.height - MAP_SIZE.height * scale) / 2;
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    for (const { name, at, colour } of markers) {
      const x = Math.round(left + at[0] * scale);
      const y = Math.round(top + at[1] * scale);
      const i = (y * info.width + x) * info.channels;
      expect(distance(data.subarray(i, i + 3), colour), `${name}'s marker at ${x},${y}`).toBeLessThan(40);
    }
  });
});
