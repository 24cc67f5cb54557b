import { describe, expect, test } from 'vitest';
import { boxesOverlap, insideFrame, placeLabels, scaleBar, type LabelRequest } from '../../../src/lib/map/geometry.ts';

const size = { width: 600, height: 520 };
const label = (at: [number, number], width = 80, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  at,
  markerRadius: 6,
  width,
  height: 22,
  priority: 1,
  ...extra,
});

describe('scaleBar picks the longest round length that fits', () => {
  test.each([
    // km per map unit, room in units, expected km
    [2.5, 130, 200],
    [2.5, 80, 200],
    [2.5, 79, 100],
    [0.9, 130, 100],
    [11, 130, 1000],
  ])('%f km/unit in %i units → %i km', (perUnit, room, km) => {
    const bar = scaleBar(perUnit, room);
    expect(bar.km).toBe(km);
    expect(bar.units).toBeCloseTo(km / perUnit);
    expect(bar.units).toBeLessThanOrEqual(room);
  });
});

describe('placeLabels', () => {
  test('a label goes right of its point when there is room', () => {
    const [placed] = placeLabels([label([100, 100])], size);
    expect(placed.placed && placed.box.x).toBeGreaterThan(100);
  });

  test('a label near the right edge moves to the left rather than leave the frame', () => {
    const [placed] = placeLabels([label([580, 100])], size);
    expect(placed.placed).toBe(true);
    expect(placed.placed && placed.box.x + placed.box.width).toBeLessThan(580);
    expect(placed.placed && insideFrame(placed.box, size)).toBe(true);
  });

  test('two places close together get labels that do not overlap each other or either marker', () => {
    const requests = [label([200, 200], 90, { priority: 0 }), label([206, 204], 90)];
    const [a, b] = placeLabels(requests, size);
    expect(a.placed && b.placed).toBe(true);
    if (!a.placed || !b.placed) return;
    expect(boxesOverlap(a.box, b.box)).toBe(false);
    for (const { at, markerRadius } of requests) {
      const marker = {
        x: at[0] - markerRadius,
        y: at[1] - markerRadius,
        width: markerRadius * 2,
        height: markerRadius * 2,
      };
      expect(boxesOverlap(marker, a.box) || boxesOverlap(marker, b.box)).toBe(false);
    }
  });

  test('the higher-priority label keeps its preferred spot', () => {
    // Both want the spot to the right; listed second, the event still gets it.
    const [other, event] = placeLabels([label([200, 215], 90), label([200, 200], 90, { priority: 0 })], size);
    // Both are placed (a dropped label would trivially overlap nothing), then apart.
    expect([other.placed, event.placed]).toEqual([true, true]);
    if (!other.placed || !event.placed) return;
    expect(event.box.x).toBe(200 + 6 + 2);
    expect(boxesOverlap(other.box, event.box)).toBe(false);
  });

  test('obstacles such as the scale bar are kept clear', () => {
    const obstacle = { x: 110, y: 80, width: 100, height: 40 };
    const [placed] = placeLabels([label([100, 100])], size, [obstacle]);
    // Placed first: a label simply dropped would also "not overlap".
    expect(placed.placed).toBe(true);
    if (!placed.placed) return;
    expect(boxesOverlap(placed.box, obstacle)).toBe(false);
  });

  test('a label with nowhere to go is reported, not silently overlapped', () => {
    const [placed] = placeLabels([label([300, 260], 700)], size);
    expect(placed.placed).toBe(false);
  });
});
