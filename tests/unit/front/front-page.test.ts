import { describe, expect, test } from 'vitest';
import { arrangeFrontPage, BLOCK_STORIES, TOP_STORIES } from '../../../src/lib/front/arrange.ts';
import { inForce, type Pin, pinnedIds } from '../../../src/lib/front/pins.ts';

const at = (iso: string) => new Date(iso);
/** Twelve stories, newest first: s0 is the newest; even ones are World, odd ones Africa, s11 alone in Sport. */
type Story = { id: string; section: string };
const stories: Story[] = Array.from({ length: 12 }, (_, i) => ({
  id: `s${i}`,
  section: i === 11 ? 'sport' : i % 2 === 0 ? 'world' : 'africa',
}));
const sections = ['world', 'africa', 'sport'].map((slug) => ({
  slug,
  items: stories.filter((s) => s.section === slug),
}));
const ids = (list: readonly Story[]) => list.map((s) => s.id);
const arrange = (pins: Pin[], now = at('2026-11-01T12:00:00Z'), published = stories) =>
  arrangeFrontPage(published, sections, pins, now, (s) => s.id);

describe('pins in force at a passed-in clock', () => {
  const until = at('2026-11-01T08:00:00+01:00');
  test.each([
    ['a pin with no expiry holds', undefined, '2099-01-01T00:00:00Z', true],
    ['before its time', until, '2026-11-01T06:59:59Z', true],
    ['at its time it has lapsed', until, '2026-11-01T07:00:00Z', false],
    ['after its time', until, '2026-11-02T00:00:00Z', false],
  ])('%s', (_, pinUntil, now, expected) => {
    expect(inForce({ story: 's5', until: pinUntil }, at(now))).toBe(expected);
  });

  test('in the editors’ order, each story once, lapsed pins left out', () => {
    const pins = [
      { story: 's7' },
      { story: 's3', until: at('2026-10-31T00:00:00Z') },
      { story: 's9' },
      { story: 's7' },
    ];
    expect(pinnedIds(pins, at('2026-11-01T00:00:00Z'))).toEqual(['s7', 's9']);
  });
});

describe('the top of the front page', () => {
  test('unpinned, the newest story leads and the next newest follow', () => {
    expect(ids(arrange([]).top)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(arrange([]).top).toHaveLength(TOP_STORIES);
  });

  test('pinned stories lead in the editors’ order, and the newest fill the rest', () => {
    expect(ids(arrange([{ story: 's9' }, { story: 's4' }]).top)).toEqual(['s9', 's4', 's0', 's1', 's2']);
  });

  test('a pin that expires gives the lead back to the newest story at the next clock after its time', () => {
    const pins = [{ story: 's9', until: at('2026-11-01T18:00:00+01:00') }];
    expect(arrange(pins, at('2026-11-01T16:59:00Z')).top[0].id).toBe('s9');
    expect(arrange(pins, at('2026-11-01T17:00:00Z')).top[0].id).toBe('s0');
  });

  test('an expired lead pin lets the next pin lead', () => {
    const pins = [{ story: 's9', until: at('2026-11-01T00:00:00Z') }, { story: 's6' }];
    expect(ids(arrange(pins).top)).toEqual(['s6', 's0', 's1', 's2', 's3']);
  });

  test('a pin on a story not published yet waits; no more pins than places are used', () => {
    const unpublished = stories.filter((s) => s.id !== 's8');
    expect(arrange([{ story: 's8' }], undefined, unpublished).top[0].id).toBe('s0');
    const many = ['s11', 's10', 's9', 's8', 's7', 's6'].map((story) => ({ story }));
    expect(ids(arrange(many).top)).toEqual(['s11', 's10', 's9', 's8', 's7']);
  });
});

describe('section blocks and the river', () => {
  test('each section’s newest stories not already on top, in the sections’ order; then everything else, newest first', () => {
    const { top, blocks, river } = arrange([{ story: 's11' }]);
    expect(ids(top)).toEqual(['s11', 's0', 's1', 's2', 's3']);
    // Sport's only story leads, so Sport has no block.
    expect(blocks.map((b) => [b.section.slug, ids(b.stories)])).toEqual([
      ['world', ['s4', 's6', 's8']],
      ['africa', ['s5', 's7', 's9']],
    ]);
    expect(blocks.every((b) => b.stories.length <= BLOCK_STORIES)).toBe(true);
    expect(ids(river)).toEqual(['s10']);
  });

  test('every published story is on the front page once', () => {
    const { top, blocks, river } = arrange([{ story: 's10' }, { story: 's3' }]);
    const all = [...top, ...blocks.flatMap((b) => b.stories), ...river];
    expect(ids(all).sort()).toEqual(ids(stories).sort());
  });
});
