/**
 * The places an article's locator map shows, as written in its frontmatter. Shared by the content schema (which
 * fails the build on bad input) and `npm run maps` (which draws the map), so both accept exactly the same thing.
 */
import { z } from 'astro/zod';

const degrees = (field: string, limit: number) =>
  z
    .number({ error: `${field} must be a number of decimal degrees (WGS84)` })
    .min(-limit, { error: `${field} must be between -${limit} and ${limit} degrees` })
    .max(limit, { error: `${field} must be between -${limit} and ${limit} degrees` });

export const placeSchema = z.strictObject({
  /** The name as labelled on the map: "Misséni". */
  name: z.string({ error: 'places.name is required' }).trim().min(1, { error: 'places.name must not be empty' }),
  /** Latitude in decimal degrees, WGS84, north positive: -90 to 90. */
  lat: degrees('places.lat', 90),
  /** Longitude in decimal degrees, WGS84, east positive: -180 to 180. */
  lon: degrees('places.lon', 180),
  /** How the map marks it: "event" (where the story happened, drawn largest), "capital" or "city". */
  role: z.enum(['event', 'capital', 'city'], { error: 'places.role must be "event", "capital" or "city"' }),
  /**
   * Where the coordinates were read, so they can be checked: the gazetteer and the entry's id or URL, e.g.
   * "GeoNames 2460596, https://www.geonames.org/2460596". Required: a coordinate without a source is not used.
   */
  source: z
    .string({ error: 'places.source is required: cite the gazetteer entry the coordinates come from' })
    .trim()
    .min(1, { error: 'places.source must not be empty' }),
});

export const placesSchema = z.array(placeSchema).min(1, { error: 'places must list at least one place' });
export type Place = z.output<typeof placeSchema>;
