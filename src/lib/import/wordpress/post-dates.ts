/**
 * WordPress dates as Gazette writes them. WordPress stores each post's wall-clock time (`post_date`) and the same
 * moment in UTC (`post_date_gmt`); their difference is the offset the site had. Gazette keeps the moment and writes
 * it with the offset the newsroom's zone (`--time-zone`) had on that date, as the content check requires.
 */
import { isoInZone, zoneOffset } from '../../article/dates.ts';
import type { ImportedDate } from '../source.ts';

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** "2010-08-07 06:00:19" as if it were UTC, in ms; undefined for WordPress's "never" (0000-00-00 …) and junk. */
function wallClockMs(value: string): number | undefined {
  const m = WP_DATE.exec(value.trim());
  if (!m || m[1] === '0000') return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 31 February over into March; such a date is not one.
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : undefined;
}

/** "+02:00" as minutes east of UTC. */
function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * (h * 60 + m);
}

/** Minutes as "+02:00" / "-07:00". */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant whose wall-clock time in `timeZone` is `localMs` (read as UTC). In the hour that happens twice when
 * clocks go back, the first; in the hour that never happens when they go forward, the offset from before the change.
 */
function instantOfWallClock(localMs: number, timeZone: string): Date {
  const day = 86_400_000;
  const offsets = [
    ...new Set([zoneOffset(new Date(localMs - day), timeZone), zoneOffset(new Date(localMs + day), timeZone)]),
  ];
  const fits = offsets
    .map((o) => localMs - offsetMinutes(o) * 60_000)
    .filter((t) => wallClockOf(t, timeZone) === localMs);
  return new Date(fits.length > 0 ? Math.min(...fits) : localMs - offsetMinutes(offsets[0]) * 60_000);
}

/** The wall-clock time of an instant in a zone, as ms read as UTC. */
function wallClockOf(t: number, timeZone: string): number {
  return t + offsetMinutes(zoneOffset(new Date(t), timeZone)) * 60_000;
}

/**
 * A post's publication date in `timeZone`. The moment comes from `post_date_gmt` when WordPress fixed one, else from
 * `post_date` read in `timeZone` (drafts). Undefined when neither is a date.
 */
export function importDate(date: string, dateGmt: string, timeZone: string): ImportedDate | undefined {
  const local = wallClockMs(date);
  const gmt = wallClockMs(dateGmt);
  if (gmt === undefined) {
    if (local === undefined) return undefined;
    const instant = instantOfWallClock(local, timeZone);
    return { published: isoInZone(instant, timeZone), instant };
  }
  const instant = new Date(gmt);
  const published = isoInZone(instant, timeZone);
  if (local === undefined) return { published, instant };
  const wordpress = formatOffset(Math.round((local - gmt) / 60_000));
  const zone = zoneOffset(instant, timeZone);
  if (wordpress === zone) return { published, instant };
  return {
    published,
    instant,
    disagreement:
      `WordPress dated it ${date.trim()} at UTC${wordpress}, but ${timeZone} was at UTC${zone} then; ` +
      `the moment is kept (${instant.toISOString().replace('.000Z', 'Z')}) and printed as ${published}`,
  };
}
