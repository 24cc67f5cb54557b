/**
 * The inputs every locator map is drawn from, all shipped in node_modules so a map can be regenerated offline and
 * byte for byte: Natural Earth country shapes (world-atlas 2, Natural Earth 4.1.0, public domain) and the label font
 * (Source Sans 3 Semibold from @fontsource, SIL Open Font License).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadFont, outliner, type TextOutliner } from '../fonts/outline.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const FONT_FILE = '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff';

type Countries = FeatureCollection<Geometry, { name: string }>;
export type MapSources = {
  countries: Countries;
  globeCountries: Countries;
  globeLand: FeatureCollection;
  outliner: TextOutliner;
};

type World = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const world = (resolution: '50m' | '110m'): World =>
  JSON.parse(fs.readFileSync(path.join(packageDir('world-atlas'), `countries-${resolution}.json`), 'utf8')) as World;

let cached: MapSources | undefined;
export function loadMapSources(): MapSources {
  if (!cached) {
    const detailed = world('50m');
    const coarse = world('110m');
    cached = {
      countries: feature(detailed, detailed.objects.countries) as Countries,
      globeCountries: feature(coarse, coarse.objects.countries) as Countries,
      globeLand: feature(coarse, coarse.objects.land) as FeatureCollection,
      // One decimal, like every other coordinate in the map.
      outliner: outliner(loadFont(FONT_FILE).font, { name: 'map label', places: 1 }),
    };
  }
  return cached;
}
