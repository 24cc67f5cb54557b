/**
 * Draws a locator map as a self-contained SVG string: country fills and borders from Natural Earth, the article's
 * places with their labels turned into outlines, a scale bar and a small globe locating the framed country.
 * The output depends only on its inputs (no clock, no randomness, fixed number formatting), so regenerating a
 * committed map gives the same bytes.
 */
import { geoContains, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { TextOutliner } from './font-outline.ts';
import {
  boxesOverlap,
  fitProjection,
  framingCountries,
  insideFrame,
  kmPerUnit,
  placeLabels,
  scaleBar,
  type Box,
  type LabelRequest,
  type MapPlace,
  type Point,
  type Size,
} from './locator-map.ts';

export type CountryFeature = Feature<Geometry, { name: string }>;
export type LocatorMapInput = {
  places: MapPlace[];
  /** Detailed countries (Natural Earth 1:50m) for the main map. */
  countries: FeatureCollection<Geometry, { name: string }>;
  /** Coarse countries (1:110m) for the globe; detail would be invisible there. */
  globeCountries: FeatureCollection<Geometry, { name: string }>;
  /** Coarse land (1:110m), drawn on the globe as one shape. */
  globeLand: FeatureCollection;
  outliner: TextOutliner;
  title: string;
};

/** The map's own units. At 320 CSS px wide, 1 unit is 0.53 px, so a 22-unit label is about 12 px tall. */
export const MAP_SIZE: Size = { width: 600, height: 520 };
/** The narrowest width a reader sees the map at (a small phone); labels are sized for it. */
export const SMALLEST_WIDTH_PX = 320;

export const STYLE = {
  paper: '#f4f1e8',
  land: '#e4dfd1',
  focus: '#fffdf6',
  border: '#9a927f',
  focusBorder: '#3d3a33',
  ink: '#1d1b17',
  countryInk: '#6b6558',
  event: '#c0122c',
  halo: '#fffdf6',
  sea: '#d7e3ea',
} as const;

/** Label sizes and marker radii in map units. */
export const TYPE = {
  event: { size: 26, marker: 9 },
  capital: { size: 22, marker: 6 },
  city: { size: 22, marker: 5 },
  country: { size: 19 },
  scale: { size: 20 },
} as const;

const n = (value: number) => (Math.round(value * 10) / 10).toString();
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sentence naming every place, for the SVG's description and the page's alt text. */
export function describePlaces(places: MapPlace[], framed: string[]): string {
  const list = places.map((p) => `${p.name}${p.role === 'event' ? ' (where it happened)' : p.role === 'capital' ? ' (capital)' : ''}`);
  return `Locator map of ${framed.join(' and ')} and neighbouring countries marking ${list.join(', ')}.`;
}

type Layout = {
  projection: GeoProjection;
  framed: CountryFeature[];
  points: { place: MapPlace; at: Point }[];
  labels: { text: string; box: Box; size: number; kind: 'place' | 'event' | 'country' }[];
  scale: { km: number; units: number; box: Box };
  globe: Box;
};

/** Corners, tried in order, for furniture (scale bar, globe) that must not cover a place. */
function freeCorner(width: number, height: number, points: Point[], avoid: Box[], margin = 12): Box {
  const { width: W, height: H } = MAP_SIZE;
  const corners: Box[] = [
    { x: W - margin - width, y: H - margin - height, width, height },
    { x: margin, y: margin, width, height },
    { x: W - margin - width, y: margin, width, height },
    { x: margin, y: H - margin - height, width, height },
  ];
  // A place within 20 units of the corner box would have its marker or label crowded by it.
  const near = ([x, y]: Point): Box => ({ x: x - 20, y: y - 20, width: 40, height: 40 });
  const clear = (box: Box) => !points.some((p) => boxesOverlap(near(p), box)) && !avoid.some((a) => boxesOverlap(a, box));
  return corners.find(clear) ?? corners[0];
}

export function layoutLocatorMap(input: Omit<LocatorMapInput, 'title'>): Layout {
  const { places, countries, outliner } = input;
  const framed = framingCountries(countries.features, places, (f, p) => geoContains(f, p));
  const projection = fitProjection({ type: 'FeatureCollection', features: framed }, MAP_SIZE, 24).clipExtent([
    [0, 0],
    [MAP_SIZE.width, MAP_SIZE.height],
  ]);
  const points = places.map((place) => {
    const at = projection([place.lon, place.lat]);
    if (!at) throw new Error(`${place.name} cannot be projected`);
    return { place, at: at as Point };
  });

  const globeSide = 112;
  const globe = freeCorner(globeSide, globeSide, points.map((p) => p.at), []);
  const perUnit = kmPerUnit(projection, [MAP_SIZE.width / 2, MAP_SIZE.height / 2]);
  const bar = scaleBar(perUnit, MAP_SIZE.width * 0.22);
  const barHeight = TYPE.scale.size + 14;
  const scaleBox = freeCorner(bar.units + 8, barHeight, points.map((p) => p.at), [globe]);

  const requests: (LabelRequest & { text: string; size: number; kind: 'place' | 'event' | 'country' })[] = points.map(
    ({ place, at }, i) => {
      const type = TYPE[place.role];
      const m = outliner.measure(place.name, type.size);
      return {
        text: place.name,
        size: type.size,
        kind: place.role === 'event' ? 'event' : 'place',
        at,
        // The event's ring is drawn 6 units outside its dot.
        markerRadius: type.marker + (place.role === 'event' ? 8 : 2),
        width: m.width,
        height: type.size,
        priority: place.role === 'event' ? 0 : 1 + i,
      };
    },
  );
  // Country names are context: each goes at the middle of its visible part, and is dropped if it cannot fit.
  const path = geoPath(projection);
  const area = MAP_SIZE.width * MAP_SIZE.height;
  countries.features
    .map((country) => ({ country, visible: path.area(country) }))
    .filter(({ visible }) => visible > area * 0.01)
    .sort((a, b) => b.visible - a.visible || a.country.properties.name.localeCompare(b.country.properties.name))
    .forEach(({ country }, i) => {
      const text = country.properties.name.toUpperCase();
      const at = path.centroid(country) as Point;
      const m = outliner.measure(text, TYPE.country.size);
      if (!Number.isFinite(at[0])) return;
      requests.push({ text, size: TYPE.country.size, kind: 'country', at, markerRadius: 0, width: m.width, height: TYPE.country.size, priority: 100 + i, optional: true });
    });

  const placements = placeLabels(requests, MAP_SIZE, [globe, scaleBox], 3);
  const labels: Layout['labels'] = [];
  placements.forEach((placement, i) => {
    const req = requests[i];
    if (placement.placed) labels.push({ text: req.text, box: placement.box, size: req.size, kind: req.kind });
    else if (!req.optional) throw new Error(`no room to label ${req.text} without overlapping another label`);
  });
  return { projection, framed, points, labels, scale: { ...bar, box: scaleBox }, globe };
}

function label(outliner: TextOutliner, text: string, box: Box, size: number, fill: string, haloWidth: number): string {
  const m = outliner.measure(text, size);
  // Centre the em box vertically in the label box: baseline = top + (height - (ascent + descent)) / 2 + ascent.
  const baseline = box.y + (box.height - (m.ascent + m.descent)) / 2 + m.ascent;
  const d = outliner.outline(text, box.x, baseline, size);
  // One path: the halo is its stroke, painted under the fill, so labels stay legible over borders.
  return `<path d="${d}" fill="${fill}" stroke="${STYLE.halo}" stroke-width="${haloWidth}" stroke-linejoin="round" paint-order="stroke"/>`;
}

function marker(place: MapPlace, [x, y]: Point): string {
  if (place.role === 'event') {
    const r = TYPE.event.marker;
    return (
      `<circle cx="${n(x)}" cy="${n(y)}" r="${r + 6}" fill="none" stroke="${STYLE.event}" stroke-width="2.5"/>` +
      `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${STYLE.event}" stroke="${STYLE.halo}" stroke-width="2"/>`
    );
  }
  if (place.role === 'capital') {
    const s = TYPE.capital.marker;
    return `<rect x="${n(x - s)}" y="${n(y - s)}" width="${s * 2}" height="${s * 2}" fill="${STYLE.ink}" stroke="${STYLE.halo}" stroke-width="2"/>`;
  }
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${TYPE.city.marker}" fill="${STYLE.ink}" stroke="${STYLE.halo}" stroke-width="2"/>`;
}

function globeInset(box: Box, framed: CountryFeature[], globeCountries: LocatorMapInput['globeCountries'], globeLand: FeatureCollection): string {
  const r = box.width / 2 - 4;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const centre = boxMiddle(framed);
  const projection = geoOrthographic()
    .rotate([-centre[0], -centre[1] + 10])
    .translate([cx, cy])
    .scale(r)
    .clipAngle(90);
  const path = geoPath(projection).digits(0);
  const names = new Set(framed.map((f) => f.properties.name));
  const land = path(globeLand) ?? '';
  const highlighted = globeCountries.features
    .filter((f) => names.has(f.properties.name))
    .map((f) => path(f))
    .join('');
  return (
    `<g aria-hidden="true">` +
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r + 3)}" fill="${STYLE.halo}"/>` +
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${STYLE.sea}" stroke="${STYLE.border}" stroke-width="1"/>` +
    `<path d="${land}" fill="${STYLE.land}" stroke="${STYLE.border}" stroke-width="0.4"/>` +
    `<path d="${highlighted}" fill="${STYLE.event}"/>` +
    `</g>`
  );
}

function boxMiddle(features: CountryFeature[]): [number, number] {
  // The globe turns to face the framed country; its bounding-box middle is steadier than a weighted centroid.
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (coords: unknown): void => {
    if (Array.isArray(coords) && typeof coords[0] === 'number') {
      xs.push(coords[0] as number);
      ys.push(coords[1] as number);
    } else if (Array.isArray(coords)) coords.forEach(visit);
  };
  features.forEach((f) => visit((f.geometry as { coordinates?: unknown }).coordinates));
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

export function renderLocatorMap(input: LocatorMapInput): string {
  const layout = layoutLocatorMap(input);
  const { projection, framed, points, labels, scale, globe } = layout;
  const { outliner } = input;
  const { width: W, height: H } = MAP_SIZE;
  const path = geoPath(projection).digits(1);
  const framedNames = new Set(framed.map((f) => f.properties.name));
  const others = input.countries.features.filter((f) => !framedNames.has(f.properties.name));
  const desc = describePlaces(
    input.places,
    framed.map((f) => f.properties.name),
  );

  const scaleText = `${scale.km} km`;
  const scaleTextBox = {
    x: scale.box.x + 4,
    y: scale.box.y + 12,
    width: outliner.measure(scaleText, TYPE.scale.size).width,
    height: TYPE.scale.size,
  };
  if (!insideFrame(scaleTextBox, MAP_SIZE)) throw new Error('scale bar label does not fit');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(input.title)}</title>`,
    `<desc id="map-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${W}" height="${H}" fill="${STYLE.paper}"/>`,
    `<path d="${others.map((f) => path(f)).join('')}" fill="${STYLE.land}" stroke="${STYLE.border}" stroke-width="1"/>`,
    `<path d="${framed.map((f) => path(f)).join('')}" fill="${STYLE.focus}" stroke="${STYLE.focusBorder}" stroke-width="1.8" stroke-linejoin="round"/>`,
    ...points.filter((p) => p.place.role !== 'event').map((p) => marker(p.place, p.at)),
    ...points.filter((p) => p.place.role === 'event').map((p) => marker(p.place, p.at)),
    ...labels.map((l) =>
      label(outliner, l.text, l.box, l.size, l.kind === 'country' ? STYLE.countryInk : l.kind === 'event' ? STYLE.event : STYLE.ink, l.kind === 'event' ? 6 : 4.5),
    ),
    `<g aria-hidden="true">`,
    `<path d="M${n(scale.box.x + 4)} ${n(scale.box.y + 2)}v6h${n(scale.units)}v-6" fill="none" stroke="${STYLE.ink}" stroke-width="2"/>`,
    label(outliner, scaleText, scaleTextBox, TYPE.scale.size, STYLE.ink, 4),
    `</g>`,
    globeInset(globe, framed, input.globeCountries, input.globeLand),
    `</svg>`,
    '',
  ].join('\n');
}
