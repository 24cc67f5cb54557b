/**
 * Page models remembered by their inputs, for the warm publisher: when a route's getStaticPaths() runs again after a
 * save, a page whose inputs are unchanged gets back the very model (and so the very key) it had, instead of being
 * built and hashed again. A build reads the content once, so there it only costs the inputs' key.
 *
 * The inputs are listed by the model's builder beside the code that reads them (src/data/article-page.ts). A fact
 * read but not listed would leave a stale model, so with GAZETTE_VERIFY_MEMO=1 every model remembered is built again
 * and compared, and a difference stops the build naming the page (the publisher's tests run with it). Plain Node.
 */
import { stableJson } from './stable-hash.ts';

/** The inputs a model is made of, as one string (each part already a string: an id, a digest, a link): equal strings, equal models. */
export const inputsKey = (...parts: (string | undefined)[]): string => parts.map((p) => p ?? '').join('\0');

/** A list of parts as one part. */
export const listKey = (parts: readonly (string | undefined)[]): string => parts.map((p) => p ?? '').join('\u0001');

const identities = new WeakMap<object, string>();
/** An object's stable JSON, worked out once per object: for an input many models share (the masthead's sections). */
export function sharedKey(value: object): string {
  let key = identities.get(value);
  if (key === undefined) {
    key = stableJson(value);
    identities.set(value, key);
  }
  return key;
}

export type InputMemo<T> = {
  /** The model for `id` made of `inputs`: the one remembered when the inputs are the same, else `make()`'s. */
  get(id: string, inputs: string, make: () => T): T;
};

const verifying = () => process.env.GAZETTE_VERIFY_MEMO === '1';

/** Models of one kind (`what`, for messages), one remembered per id; `make` may return a promise. */
export function inputMemo<T>(what: string): InputMemo<T> {
  const kept = new Map<string, { inputs: string; value: T }>();
  return {
    get(id, inputs, make) {
      const hit = kept.get(id);
      if (hit && hit.inputs === inputs) return verifying() ? verified(what, id, hit.value, make) : hit.value;
      const value = make();
      kept.set(id, { inputs, value });
      // A model that failed is not remembered.
      if (value instanceof Promise) value.catch(() => kept.get(id)?.value === value && kept.delete(id));
      return value;
    },
  };
}

function verified<T>(what: string, id: string, remembered: T, make: () => T): T {
  const compare = (old: unknown, fresh: unknown) => {
    if (stableJson(old) !== stableJson(fresh)) {
      throw new Error(
        `${what} ${id}: the model remembered for the same inputs differs from one built afresh; an input is missing from its inputs key`,
      );
    }
  };
  const fresh = make();
  if (remembered instanceof Promise || fresh instanceof Promise) {
    return Promise.all([remembered, fresh]).then(([a, b]) => (compare(a, b), a)) as T;
  }
  compare(remembered, fresh);
  return remembered;
}
