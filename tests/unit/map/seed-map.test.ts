/**
 * The seed's map must agree with its text: Misséni is "the southern Malian town … near the border with Ivory Coast",
 * and the attack was "the first of its kind this far south". Checked from the data the map is drawn from (the cited
 * GeoNames point and Natural Earth's shapes as shipped in world-atlas), with d3-geo, not from pixels.
 */
import fs from 'node:fs';
import { geoBounds, geoContains, geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { kmPerUnit } from '../../../src/lib/map/geometry.ts';
import { EVENT_SURROUNDINGS_KM, layoutLocatorMap, MAP_SIZE } from '../../../src/lib/map/layout.ts';
import { loadMapSources } from '../../../src/lib/map/sources.ts';
import { placesSchema, type Place } from '../../../src/lib/map/places.ts';

const SEED = 'content/articles/2015/misseni-attack.md';
const EARTH_RADIUS_KM = 6371;

const places: Place[] = placesSchema.parse(
  (loadYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(SEED, 'utf8'))![1]) as { places: unknown }).places,
);
const place = (name: string) => places.find((p) => p.name === name)!;
const lonLat = (p: Place): [number, number] => [p.lon, p.lat];

/** Every ring of a (multi)polygon. */
function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  throw new Error(`unexpected ${geometry.type}`);
}

/**
 * Great-circle distance in km from a point to a country's outline: each edge is walked in steps under 1 km, so the
 * answer is within half a kilometre of the true distance to the edge, not just to its nearest vertex.
 */
function kmToOutline(point: [number, number], country: Feature): number {
  let best = Infinity;
  for (const ring of rings(country.geometry)) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] as [number, number];
      const b = ring[i] as [number, number];
      const steps = Math.max(1, Math.ceil(geoDistance(a, b) * EARTH_RADIUS_KM));
      const along = geoInterpolate(a, b);
      for (let s = 0; s <= steps; s++) best = Math.min(best, geoDistance(point, along(s / steps)) * EARTH_RADIUS_KM);
    }
  }
  return best;
}

let mali: Feature;
let ivoryCoast: Feature;
beforeAll(() => {
  const { countries } = loadMapSources();
  const byName = (name: string) => {
    const found = countries.features.find((f) => f.properties.name === name);
    if (!found) throw new Error(`${name} is not in the base map`);
    return found;
  };
  mali = byName('Mali');
  ivoryCoast = byName("Côte d'Ivoire");
});

describe('Misséni on the seed map, against the story', () => {
  test('the seed lists Misséni as the event, from its GeoNames entry', () => {
    expect(place('Misséni')).toMatchObject({ lat: 10.31667, lon: -6.06667, role: 'event' });
    expect(place('Misséni').source).toContain('GeoNames 2453443');
  });

  test('"southern Malian town": Misséni lies inside Mali, not across the border', () => {
    expect(geoContains(mali, lonLat(place('Misséni')))).toBe(true);
    expect(geoContains(ivoryCoast, lonLat(place('Misséni')))).toBe(false);
  });

  test('"near the border with Ivory Coast": within 40 km of it', () => {
    const km = kmToOutline(lonLat(place('Misséni')), ivoryCoast);
    expect(km).toBeLessThanOrEqual(40);
    // A distance of zero would mean the point sits on the line: the data could not tell which side it is on.
    expect(km).toBeGreaterThan(1);
  });

  test('"this far south": in the southernmost twentieth of Mali, and south of every other place the story names', () => {
    const [[, south], [, north]] = geoBounds(mali);
    expect((place('Misséni').lat - south) / (north - south)).toBeLessThan(0.05);
    for (const other of places.filter((p) => p.name !== 'Misséni'))
      expect(place('Misséni').lat).toBeLessThan(other.lat);
  });

  test('every other place the story names is in Mali too', () => {
    for (const other of places) expect(geoContains(mali, lonLat(other)), other.name).toBe(true);
  });
});

describe('the distance measure itself', () => {
  test('finds a known distance: a point 0.1° of latitude north of a straight east-west edge is about 11 km from it', () => {
    const square: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
            [0, 0],
          ],
        ],
      },
    };
    expect(kmToOutline([0.5, 1.1], square)).toBeCloseTo(11.1, 0);
  });
});

describe('the drawn map shows the border the story names', () => {
  test("the frame keeps the ground around Misséni, Côte d'Ivoire's side included, and names Côte d'Ivoire", () => {
    const { points, labels, projection } = layoutLocatorMap({ ...loadMapSources(), places });
    const [x, y] = points.find((p) => p.place.name === 'Misséni')!.at;
    const km = kmPerUnit(projection, [x, y]);
    // Room to every edge of the map, in km on the ground; a little under the frame's 150 km, for rounding of the fit.
    const room = Math.min(x, y, MAP_SIZE.width - x, MAP_SIZE.height - y) * km;
    expect(room).toBeGreaterThan(EVENT_SURROUNDINGS_KM * 0.9);
    expect(labels.map((l) => l.text)).toContain("CÔTE D'IVOIRE");
  });
});
