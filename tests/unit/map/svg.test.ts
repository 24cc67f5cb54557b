import fs from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { boxesOverlap, insideFrame } from '../../../src/lib/map/geometry.ts';
import { layoutLocatorMap, MAP_SIZE, SMALLEST_WIDTH_PX, TYPE } from '../../../src/lib/map/layout.ts';
import { renderLocatorMap } from '../../../src/lib/map/svg.ts';
import { loadMapSources, type MapSources } from '../../../src/lib/map/sources.ts';
import { placesSchema, type Place } from '../../../src/lib/map/places.ts';

// The fixture's places are real, with coordinates as read in the sources it cites.
const FIXTURE = 'tests/fixtures/locator-map/articles/mali-places.md';
const frontmatter = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(FIXTURE, 'utf8'))![1];
const places: Place[] = placesSchema.parse((loadYaml(frontmatter) as { places: unknown }).places);

let sources: MapSources;
beforeAll(() => {
  sources = loadMapSources();
});

describe('layout at the smallest reading width', () => {
  test('every place lands inside the frame', () => {
    const { points } = layoutLocatorMap({ ...sources, places });
    expect(points).toHaveLength(places.length);
    for (const { at } of points) {
      expect(at[0]).toBeGreaterThan(0);
      expect(at[0]).toBeLessThan(MAP_SIZE.width);
      expect(at[1]).toBeGreaterThan(0);
      expect(at[1]).toBeLessThan(MAP_SIZE.height);
    }
  });

  test('every place is labelled, inside the frame, and no two labels overlap', () => {
    const { labels, scale, globe } = layoutLocatorMap({ ...sources, places });
    for (const place of places) expect(labels.map((l) => l.text)).toContain(place.name);
    labels.forEach((a, i) => {
      expect(insideFrame(a.box, MAP_SIZE)).toBe(true);
      expect(boxesOverlap(a.box, scale.box), `${a.text} over the scale bar`).toBe(false);
      expect(boxesOverlap(a.box, globe), `${a.text} over the globe`).toBe(false);
      labels.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false));
    });
  });

  test('place names are at least 11 px tall on a 320 px wide screen', () => {
    const px = (units: number) => (units * SMALLEST_WIDTH_PX) / MAP_SIZE.width;
    expect(px(TYPE.city.size)).toBeGreaterThanOrEqual(11);
    expect(px(TYPE.capital.size)).toBeGreaterThanOrEqual(11);
    expect(px(TYPE.event.size)).toBeGreaterThan(px(TYPE.city.size));
  });

  test('the frame is the country the places are in, and the border country the story names is labelled', () => {
    const { framed, labels } = layoutLocatorMap({ ...sources, places });
    expect(framed.map((f) => f.properties.name)).toEqual(['Mali']);
    expect(labels.map((l) => l.text)).toContain("CÔTE D'IVOIRE");
  });

  test('the scale bar is a round length that is true at the middle of the map', () => {
    const { scale } = layoutLocatorMap({ ...sources, places });
    expect([100, 200, 500]).toContain(scale.km);
    // Bamako to Sikasso is about 280 km on the ground (great circle from the cited coordinates).
    const { points } = layoutLocatorMap({ ...sources, places });
    const at = (name: string) => points.find((p) => p.place.name === name)!.at;
    const units = Math.hypot(at('Bamako')[0] - at('Sikasso')[0], at('Bamako')[1] - at('Sikasso')[1]);
    expect((units * scale.km) / scale.units).toBeGreaterThan(250);
    expect((units * scale.km) / scale.units).toBeLessThan(310);
  });
});

describe('the SVG', () => {
  test('is the same bytes every time', () => {
    const a = renderLocatorMap({ ...sources, places, title: 'Locator map: Nampala' });
    const b = renderLocatorMap({ ...sources, places, title: 'Locator map: Nampala' });
    expect(a).toBe(b);
  });

  test('is an accessible image whose description names every place, with no live text', () => {
    const svg = renderLocatorMap({ ...sources, places, title: 'Locator map: Nampala' });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="map-title map-desc"/);
    expect(svg).toContain('<title id="map-title">Locator map: Nampala</title>');
    const desc = /<desc id="map-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    for (const place of places) expect(desc).toContain(place.name);
    expect(desc).toContain('Nampala (where it happened)');
    // Text is outlined, so no renderer depends on installed fonts.
    expect(svg).not.toMatch(/<text[\s>]/);
  });

  test('renders with sharp at the phone width, as the share-image step will', async () => {
    const svg = renderLocatorMap({ ...sources, places, title: 'Locator map: Nampala' });
    const { data, info } = await sharp(Buffer.from(svg))
      .resize(SMALLEST_WIDTH_PX)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(SMALLEST_WIDTH_PX);
    // The event colour (#c0122c) is really drawn: some pixels are strongly red.
    let red = 0;
    for (let i = 0; i < data.length; i += info.channels)
      if (data[i] > 170 && data[i + 1] < 60 && data[i + 2] < 80) red++;
    expect(red).toBeGreaterThan(20);
  });
});
