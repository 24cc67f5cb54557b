/**
 * Stands in for `astro:content` when scripts/content-schema.ts loads the schema
 * outside Astro: only what src/content.config.ts uses, with references as ids.
 */
import { z } from 'astro/zod';

export const defineCollection = <T>(collection: T): T => collection;

export const reference = (collection: string) => {
  const what = `the file name (without extension) of an entry in ${collection}/`;
  return z
    .string({ error: `is required: ${what}` })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });
};
