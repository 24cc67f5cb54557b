/**
 * The collections: where each kind of content file is read from and the schema it goes through. The schemas live in
 * src/lib/content/schema/ (a doc comment on every field; types everywhere else are inferred from them), in plain Zod,
 * so the content check, the desk and the tests use the very same ones outside Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleImageLoader, articleLoader } from './lib/content/article-loader.ts';
import { frontPageLoader } from './lib/content/front-page-loader.ts';
import { contentDir } from './lib/content/dir.ts';
import { authorSchema, frontPageSchema } from './lib/content/schema/collections.ts';
import { storySchema } from './lib/content/schema/story.ts';
import { storedUpdateSchema } from './lib/content/schema/update.ts';
import { updateLoader } from './lib/content/update-loader.ts';
import { articleScanCache, updateScanCache } from './lib/incremental/cache-dir.ts';

const root = contentDir();

const articles = defineCollection({
  // Gazette's own loader stores each story's record, validated and enriched by storySchema when its file changed
  // (src/lib/content/story-record.ts), and not its rendered body. The schema is named here for the entries' types.
  loader: articleLoader({ base: `${root}/articles`, cacheFile: articleScanCache() }),
  schema: storySchema,
});

/**
 * Each illustrated story's main image as astro:assets sees it (width, height, format, the built file), under the
 * story's id. Kept apart from `articles` so that only this small schema is built per entry: a schema that is a
 * function of `image` is built afresh for every entry, which dominated a large sync (docs/performance.md).
 */
const articleImages = defineCollection({
  loader: articleImageLoader({ base: `${root}/articles`, cacheFile: articleScanCache() }),
  schema: ({ image }) =>
    z.strictObject({
      /** The story's `image.src`, resolved against its Markdown file; absent when only its body has photos. */
      src: image().optional(),
      /** The photos in its body (`![alt](./photo.jpg)`), each by its address as written and resolved like `src`. */
      body: z.array(z.strictObject({ path: z.string(), src: image() })).optional(),
    }),
});

const authors = defineCollection({
  loader: glob({ base: `${root}/authors`, pattern: '**/[^_]*.{yaml,yml,json}' }),
  schema: authorSchema,
});

/**
 * Live stories' updates: each file in a story's updates folder ("2026/quake.updates/0815.md"), under
 * "<story id>/<update id>", validated by the update schema when its file changed (src/lib/content/update-loader.ts).
 */
const liveUpdates = defineCollection({
  loader: updateLoader({ base: `${root}/articles`, cacheFile: updateScanCache() }),
  schema: storedUpdateSchema,
});

/** content/front.yaml, the editors' pins: one entry, "front" (src/lib/content/front-page-loader.ts). */
const frontPage = defineCollection({ loader: frontPageLoader({ root }), schema: frontPageSchema });

export const collections = { articles, articleImages, authors, frontPage, liveUpdates };
