/**
 * The editors' pins on the front page (content/front.yaml), and which are in force at a given clock. Pure: the
 * clock is always passed in, so a build at a pinned SOURCE_DATE_EPOCH and a unit test agree.
 */

/** One pin, as the front page file gives it once parsed. */
export type Pin = {
  /** The pinned story's entry id: its file under content/articles/, without ".md" ("2015/misseni-attack"). */
  story: string;
  /** When the pin lapses; absent, it holds until the editors remove it. */
  until?: Date;
};

/** A pin holds up to, not at, its `until`: at that instant the story goes back to its place by date. */
export function inForce(pin: Pin, now: Date): boolean {
  return pin.until === undefined || now.getTime() < pin.until.getTime();
}

/** The ids of the pinned stories in force at `now`, in the editors' order, each once. */
export function pinnedIds(pins: readonly Pin[], now: Date): string[] {
  return [...new Set(pins.filter((p) => inForce(p, now)).map((p) => p.story))];
}
