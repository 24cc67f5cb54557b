/**
 * What a build works out once from the content (the published stories, the archive's groupings, the masthead, the
 * onward journeys) is remembered for the content it was made from. `npm run build` reads the content once per process;
 * the warm publisher (scripts/publish.ts) keeps Astro's pages loaded and reads the content again after every save,
 * so it starts a new generation, and each of these is made afresh on its next use. Plain Node: the counter lives on
 * globalThis because Astro's bundle of the pages has its own copy of this module.
 */
const GENERATION = Symbol.for('gazette.contentGeneration');

type WithGeneration = { [GENERATION]?: number };

/** The content generation the pages are rendered from: 0 in a build, one more after each of the publisher's updates. */
export function contentGeneration(): number {
  return (globalThis as WithGeneration)[GENERATION] ?? 0;
}

/** Starts a new content generation (the warm publisher, after it has updated Astro's content store). */
export function nextContentGeneration(): number {
  const next = contentGeneration() + 1;
  (globalThis as WithGeneration)[GENERATION] = next;
  return next;
}

/** `make()`, called once per content generation: what `x ??= make()` is to a build that reads the content once. */
export function perContent<T>(make: () => T): () => T {
  let made: { generation: number; value: T } | undefined;
  return () => {
    const generation = contentGeneration();
    if (made?.generation !== generation) made = { generation, value: make() };
    return made.value;
  };
}
