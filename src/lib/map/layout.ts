/**
 * Where everything on a locator map goes, in map units: the projection framing the countries the article's places are
 * in, the place markers, the labels (placed so none overlaps another), the scale bar and the corner for the globe.
 * Drawing it is map/svg.ts's job; the geometry primitives are in locator-map.ts.
 */
import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { TextOutliner } from '../fonts/outline.ts';
import {
  boxesOverlap,
  fitProjection,
  framingCountries,
  kmPerUnit,
  placeLabels,
  scaleBar,
  surroundings,
  type Box,
  type LabelRequest,
  type MapPlace,
  type Point,
  type Size,
} from './geometry.ts';

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

/**
 * How much ground around the story's place the frame always shows, in km from it: enough for the far side of a
 * nearby border and its name. Inside the country it changes nothing, as the country already fills the frame.
 */
export const EVENT_SURROUNDINGS_KM = 150;

/** Label sizes and marker radii in map units. */
export const TYPE = {
  event: { size: 26, marker: 9 },
  capital: { size: 22, marker: 6 },
  city: { size: 22, marker: 5 },
  country: { size: 19 },
  scale: { size: 20 },
} as const;

export type LocatorMapLayout = {
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
  const clear = (box: Box) =>
    !points.some((p) => boxesOverlap(near(p), box)) && !avoid.some((a) => boxesOverlap(a, box));
  return corners.find(clear) ?? corners[0];
}

/** Frames the map on the countries the places are in and places every marker, label, the scale bar and the globe. */
export function layoutLocatorMap(input: Omit<LocatorMapInput, 'title'>): LocatorMapLayout {
  const { places, countries, outliner } = input;
  const framed = framingCountries(countries.features, places, (f, p) => geoContains(f, p));
  const around = places.filter((p) => p.role === 'event').map((p) => surroundings(p, EVENT_SURROUNDINGS_KM));
  const projection = fitProjection({ type: 'FeatureCollection', features: framed }, MAP_SIZE, 24, around).clipExtent([
    [0, 0],
    [MAP_SIZE.width, MAP_SIZE.height],
  ]);
  const points = places.map((place) => {
    const at = projection([place.lon, place.lat]);
    if (!at) throw new Error(`${place.name} cannot be projected`);
    return { place, at: at as Point };
  });

  const globeSide = 112;
  const globe = freeCorner(
    globeSide,
    globeSide,
    points.map((p) => p.at),
    [],
  );
  const perUnit = kmPerUnit(projection, [MAP_SIZE.width / 2, MAP_SIZE.height / 2]);
  const bar = scaleBar(perUnit, MAP_SIZE.width * 0.22);
  const barHeight = TYPE.scale.size + 14;
  const scaleBox = freeCorner(
    bar.units + 8,
    barHeight,
    points.map((p) => p.at),
    [globe],
  );

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
      requests.push({
        text,
        size: TYPE.country.size,
        kind: 'country',
        at,
        markerRadius: 0,
        width: m.width,
        height: TYPE.country.size,
        priority: 100 + i,
        optional: true,
      });
    });

  const placements = placeLabels(requests, MAP_SIZE, [globe, scaleBox], 3);
  const labels: LocatorMapLayout['labels'] = [];
  placements.forEach((placement, i) => {
    const req = requests[i];
    if (placement.placed) labels.push({ text: req.text, box: placement.box, size: req.size, kind: req.kind });
    else if (!req.optional) throw new Error(`no room to label ${req.text} without overlapping another label`);
  });
  return { projection, framed, points, labels, scale: { ...bar, box: scaleBox }, globe };
}
