/**
 * Publication dates: parsing the editor's string strictly, and showing it in the
 * article's own time zone, the way the newsroom wrote it.
 */

/** An ISO 8601 date-time with an explicit offset: 2015-06-11T20:31:00+02:00 or ...Z. */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export type ParsedDateTime = { date: Date; offset: string };

/**
 * Parses an ISO 8601 date-time that carries its UTC offset. Returns an error
 * message (not an exception) so the schema can attach it to the field.
 * JavaScript's Date quietly rolls 30 February over into March; this does not.
 */
export function parseOffsetDateTime(value: string): ParsedDateTime | string {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) {
    return `"${value}" is not an ISO 8601 date-time with a UTC offset; write it like "2015-06-11T20:31:00+02:00"`;
  }
  const [, y, mo, d, h, mi, s = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return `"${value}" is not a real date and time`;
  }
  const offset = m[7] === 'Z' ? '+00:00' : m[7];
  return { date: new Date(value), offset };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per zone and use, reused: constructing an Intl.DateTimeFormat
 * costs an order of magnitude more than formatting with one, and a large build
 * formats dates hundreds of thousands of times (docs/performance.md, "Figures behind the code's comments").
 */
function formatter(use: 'offset' | 'parts', timeZone: string): Intl.DateTimeFormat {
  const key = `${use} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      'en-US',
      use === 'offset'
        ? { timeZone, timeZoneName: 'longOffset' }
        : {
            timeZone,
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            second: '2-digit',
            hour12: true,
            hourCycle: 'h12',
          },
    );
    formatters.set(key, f);
  }
  return f;
}

/** The UTC offset ("+02:00") that an IANA time zone has at a given instant. */
export function zoneOffset(date: Date, timeZone: string): string {
  const name = formatter('offset', timeZone)
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  // Intl writes "GMT" alone for a zero offset.
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter('offset', timeZone);
    return true;
  } catch {
    return false;
  }
}

function partsIn(date: Date, timeZone: string) {
  const parts = formatter('parts', timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    dayPeriod: get('dayPeriod').toLowerCase(),
  };
}

/** "June 11, 2015, 8:31pm": the house style for a dateline's date. */
export function formatDisplayDateTime(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute}${p.dayPeriod}`;
}

/** "June 11, 2015": for lists, where the time is noise. */
export function formatDisplayDate(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.month} ${p.day}, ${p.year}`;
}

/**
 * The instant as ISO 8601 in the article's zone, offset included
 * ("2015-06-11T20:31:00+02:00"), for <time datetime> and structured data.
 */
export function isoInZone(date: Date, timeZone: string): string {
  // Pure, and asked again for every listing a story appears on: Intl's formatToParts was a visible part of a one-edit
  // build's CPU before this cache (one string per story and zone; docs/performance.md, "Figures behind the code's
  // comments").
  const key = `${timeZone} ${date.getTime()}`;
  let iso = isoCache.get(key);
  if (iso === undefined) {
    iso = computeIsoInZone(date, timeZone);
    isoCache.set(key, iso);
  }
  return iso;
}

const isoCache = new Map<string, string>();

function computeIsoInZone(date: Date, timeZone: string): string {
  const offset = zoneOffset(date, timeZone);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  const local = new Date(date.getTime() + sign * (oh * 60 + om) * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

/** The calendar date (year, month, day) of the instant in the article's zone. */
export function calendarDateInZone(date: Date, timeZone: string): { year: string; month: string; day: string } {
  const iso = isoInZone(date, timeZone);
  return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) };
}
