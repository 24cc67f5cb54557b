/**
 * Draws a locator map as a self-contained SVG string from its layout (map/layout.ts): country fills and borders
 * from Natural Earth, the article's places with their labels turned into outlines, a scale bar and a small globe
 * locating the framed country. The output depends only on its inputs (no clock, no randomness, fixed number
 * formatting), so regenerating a committed map gives the same bytes.
 */
import { geoOrthographic, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { svgNumber, type TextOutliner } from '../fonts/outline.ts';
import { type CountryFeature, layoutLocatorMap, type LocatorMapInput, MAP_SIZE, TYPE } from './layout.ts';
import { insideFrame, type Box, type MapPlace, type Point } from './geometry.ts';
import { escapeMarkup } from '../markup/escape.ts';

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

const n = (value: number) => svgNumber(value, 1);

/** A sentence naming every place, for the SVG's description and the page's alt text. */
export function describePlaces(places: MapPlace[], framed: string[]): string {
  const list = places.map(
    (p) => `${p.name}${p.role === 'event' ? ' (where it happened)' : p.role === 'capital' ? ' (capital)' : ''}`,
  );
  return `Locator map of ${framed.join(' and ')} and neighbouring countries marking ${list.join(', ')}.`;
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

function globeInset(
  box: Box,
  framed: CountryFeature[],
  globeCountries: LocatorMapInput['globeCountries'],
  globeLand: FeatureCollection,
): string {
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
    `<title id="map-title">${escapeMarkup(input.title)}</title>`,
    `<desc id="map-desc">${escapeMarkup(desc)}</desc>`,
    `<rect width="${W}" height="${H}" fill="${STYLE.paper}"/>`,
    `<path d="${others.map((f) => path(f)).join('')}" fill="${STYLE.land}" stroke="${STYLE.border}" stroke-width="1"/>`,
    `<path d="${framed.map((f) => path(f)).join('')}" fill="${STYLE.focus}" stroke="${STYLE.focusBorder}" stroke-width="1.8" stroke-linejoin="round"/>`,
    ...points.filter((p) => p.place.role !== 'event').map((p) => marker(p.place, p.at)),
    ...points.filter((p) => p.place.role === 'event').map((p) => marker(p.place, p.at)),
    ...labels.map((l) =>
      label(
        outliner,
        l.text,
        l.box,
        l.size,
        l.kind === 'country' ? STYLE.countryInk : l.kind === 'event' ? STYLE.event : STYLE.ink,
        l.kind === 'event' ? 6 : 4.5,
      ),
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
