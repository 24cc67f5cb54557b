import { describe, expect, test } from 'vitest';
import {
  formatDisplayDate,
  formatDisplayDateTime,
  isoInZone,
  isTimeZone,
  parseOffsetDateTime,
  zoneOffset,
} from '../../../src/lib/article/dates.ts';

const seed = new Date('2015-06-11T20:31:00+02:00');

describe('formatDisplayDateTime', () => {
  test.each([
    [seed, 'Europe/Paris', 'June 11, 2015, 8:31pm'],
    [seed, 'UTC', 'June 11, 2015, 6:31pm'],
    [seed, 'America/New_York', 'June 11, 2015, 2:31pm'],
    [new Date('2015-01-05T00:05:00Z'), 'UTC', 'January 5, 2015, 12:05am'],
    [new Date('2015-01-05T12:00:00Z'), 'UTC', 'January 5, 2015, 12:00pm'],
  ])('%s in %s is "%s"', (date, zone, text) => {
    expect(formatDisplayDateTime(date, zone)).toBe(text);
  });

  test('the date alone crosses midnight with the zone', () => {
    expect(formatDisplayDate(new Date('2015-06-11T23:30:00Z'), 'Europe/Paris')).toBe('June 12, 2015');
  });
});

describe('isoInZone and zoneOffset', () => {
  test.each([
    [seed, 'Europe/Paris', '2015-06-11T20:31:00+02:00'],
    [new Date('2015-01-11T19:31:00Z'), 'Europe/Paris', '2015-01-11T20:31:00+01:00'],
    [seed, 'UTC', '2015-06-11T18:31:00+00:00'],
    [seed, 'Asia/Kolkata', '2015-06-12T00:01:00+05:30'],
    [seed, 'America/St_Johns', '2015-06-11T16:01:00-02:30'],
  ])('%s in %s is %s', (date, zone, iso) => {
    expect(isoInZone(date, zone)).toBe(iso);
    expect(new Date(iso).getTime()).toBe(date.getTime());
  });

  test('zoneOffset says +00:00, not an empty string, for UTC', () => {
    expect(zoneOffset(seed, 'UTC')).toBe('+00:00');
  });
});

describe('parseOffsetDateTime', () => {
  test('reads the date and keeps the offset as written', () => {
    expect(parseOffsetDateTime('2015-06-11T20:31:00+02:00')).toEqual({ date: seed, offset: '+02:00' });
    expect(parseOffsetDateTime('2015-06-11T18:31Z')).toEqual({ date: seed, offset: '+00:00' });
  });

  test.each([
    ['2015-06-11T20:31:00', 'UTC offset'],
    ['2015-06-11', 'UTC offset'],
    ['June 11, 2015', 'UTC offset'],
    ['2015-02-30T10:00:00+01:00', 'not a real date'],
    ['2015-13-01T10:00:00+01:00', 'not a real date'],
    ['2015-06-11T24:30:00+02:00', 'not a real date'],
  ])('rejects %s (%s)', (value, message) => {
    expect(parseOffsetDateTime(value)).toContain(message);
  });

  test('accepts 29 February only in a leap year', () => {
    expect(typeof parseOffsetDateTime('2016-02-29T10:00:00+01:00')).toBe('object');
    expect(parseOffsetDateTime('2015-02-29T10:00:00+01:00')).toContain('not a real date');
  });
});

test('isTimeZone knows IANA names and nothing else', () => {
  expect(isTimeZone('Europe/Paris')).toBe(true);
  expect(isTimeZone('Paris')).toBe(false);
});
