/**
 * The content schema from src/content.config.ts, loaded outside Astro so the
 * content check validates with exactly the same rules (one schema, never a copy).
 *
 * `astro:content` exists only inside Astro's build, so a module hook stands in
 * for it: `defineCollection` hands the definition back, and `reference()` and
 * `image()` become plain strings, which the content check then resolves itself
 * and reports with the Markdown file's name (Astro's own errors do not name it).
 */
import { registerHooks } from 'node:module';
import type { z } from 'astro/zod';

const stub = new URL('./astro-content-stub.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, next) {
    return specifier === 'astro:content' ? { url: stub, shortCircuit: true } : next(specifier, context);
  },
});

type Collection = { schema: z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType) };

export async function loadSchemas(): Promise<Record<string, z.ZodType>> {
  const { z } = await import('astro/zod');
  const { collections } = (await import('../src/content.config.ts')) as { collections: Record<string, Collection> };
  const image = () => z.string({ error: 'is required: a path to the image file, relative to the Markdown file' });
  return Object.fromEntries(
    Object.entries(collections).map(([name, c]) => [
      name,
      typeof c.schema === 'function' ? c.schema({ image }) : c.schema,
    ]),
  );
}
