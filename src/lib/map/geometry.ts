/**
 * The geometry of a locator map, with no drawing in it: where the frame is, where each place lands, where its label
 * goes so that no two labels collide, and how long the scale bar is. Kept pure so it can be tested at the smallest
 * size a reader sees (a 320 px wide phone) without rendering anything.
 */
import { geoAzimuthalEquidistant, geoCentroid, geoCircle, geoDistance, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

/** What a place is on the map decides how it is drawn and which label wins a tie. */
export type PlaceRole = 'event' | 'capital' | 'city';
export type MapPlace = { name: string; lat: number; lon: number; role: PlaceRole };
export type Size = { width: number; height: number };
export type Box = { x: number; y: number; width: number; height: number };
export type Point = [number, number];

const EARTH_RADIUS_KM = 6371;

/**
 * An azimuthal equidistant projection centred on the frame, fitted so `frame` fills the map less `padding`.
 * Centring keeps distances true from the centre, so a scale bar measured near the middle is honest across a country.
 * The centre is the frame's alone; `alsoShow` only widens what must fit.
 */
export function fitProjection(
  frame: FeatureCollection,
  size: Size,
  padding: number,
  alsoShow: Feature[] = [],
): GeoProjection {
  const [lon, lat] = geoCentroid(frame);
  return geoAzimuthalEquidistant()
    .rotate([-lon, -lat])
    .fitExtent(
      [
        [padding, padding],
        [size.width - padding, size.height - padding],
      ],
      { type: 'FeatureCollection', features: [...frame.features, ...alsoShow] },
    );
}

/**
 * The ground around the story's place, as a circle `radiusKm` across, which the frame must also show. A story near a
 * border ("near the border with Ivory Coast") needs the other side of it on the map, not cut off at the frame's edge.
 */
export function surroundings(place: MapPlace, radiusKm: number): Feature {
  const degrees = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  return {
    type: 'Feature',
    properties: {},
    geometry: geoCircle().center([place.lon, place.lat]).radius(degrees).precision(2)(),
  };
}

/** The frame: the countries the places lie in, so a reader sees the whole of the country the story is about. */
export function framingCountries<F extends Feature>(
  countries: F[],
  places: MapPlace[],
  contains: (feature: F, point: Point) => boolean,
): F[] {
  const chosen = countries.filter((country) => places.some((p) => contains(country, [p.lon, p.lat])));
  if (chosen.length === 0) throw new Error('none of the places lies inside a country of the base map');
  return chosen;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function insideFrame(box: Box, size: Size): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

export type LabelRequest = {
  /** The anchor (the place's marker), in map units. */
  at: Point;
  /** Radius kept clear around the anchor, so a label never sits on its own or another marker. */
  markerRadius: number;
  width: number;
  height: number;
  /** Lower is placed first and so gets its preferred position; the event always goes first. */
  priority: number;
  /** Country names may be dropped when there is no room; place names may not. */
  optional?: boolean;
};
export type LabelPlacement = { box: Box; placed: true } | { box: null; placed: false };

/** Candidate positions, in order of cartographic preference: right of the point first, as atlases do. */
function candidates(req: LabelRequest, gap: number): Box[] {
  const [x, y] = req.at;
  const r = req.markerRadius + gap;
  const { width: w, height: h } = req;
  if (req.markerRadius === 0) return [{ x: x - w / 2, y: y - h / 2, width: w, height: h }];
  return [
    { x: x + r, y: y - h / 2, width: w, height: h },
    { x: x - r - w, y: y - h / 2, width: w, height: h },
    { x: x - w / 2, y: y - r - h, width: w, height: h },
    { x: x - w / 2, y: y + r, width: w, height: h },
    { x: x + r * 0.7, y: y - r * 0.7 - h, width: w, height: h },
    { x: x + r * 0.7, y: y + r * 0.7, width: w, height: h },
    { x: x - r * 0.7 - w, y: y - r * 0.7 - h, width: w, height: h },
    { x: x - r * 0.7 - w, y: y + r * 0.7, width: w, height: h },
  ];
}

/**
 * Greedy label placement: each label, in priority order, takes the first candidate position that stays inside the
 * frame and clear of every marker, every obstacle (scale bar, inset) and every label already placed.
 * A required label with no free position is reported as not placed, so the caller can fail loudly.
 */
export function placeLabels(requests: LabelRequest[], size: Size, obstacles: Box[] = [], gap = 2): LabelPlacement[] {
  const markers: Box[] = requests
    .filter((r) => r.markerRadius > 0)
    .map((r) => ({
      x: r.at[0] - r.markerRadius,
      y: r.at[1] - r.markerRadius,
      width: r.markerRadius * 2,
      height: r.markerRadius * 2,
    }));
  const taken: Box[] = [...obstacles];
  const result: LabelPlacement[] = new Array(requests.length);
  const order = requests.map((_, i) => i).sort((a, b) => requests[a].priority - requests[b].priority || a - b);
  for (const i of order) {
    const free = candidates(requests[i], gap).find(
      (box) =>
        insideFrame(box, size) &&
        !taken.some((t) => boxesOverlap(t, box)) &&
        !markers.some((m) => boxesOverlap(m, box)),
    );
    if (free) {
      taken.push(free);
      result[i] = { box: free, placed: true };
    } else {
      result[i] = { box: null, placed: false };
    }
  }
  return result;
}

/** Kilometres per map unit, measured horizontally at `at` on the projection. */
export function kmPerUnit(projection: GeoProjection, at: Point): number {
  const a = projection.invert?.(at);
  const b = projection.invert?.([at[0] + 1, at[1]]);
  if (!a || !b) throw new Error('projection cannot be inverted at the scale bar');
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** The longest round length (1, 2 or 5 × 10ⁿ km) whose bar fits in `maxUnits`. */
export function scaleBar(kmPerMapUnit: number, maxUnits: number): { km: number; units: number } {
  const maxKm = kmPerMapUnit * maxUnits;
  const magnitude = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((step) => step * magnitude).find((candidate) => candidate <= maxKm) ?? magnitude;
  return { km, units: km / kmPerMapUnit };
}
