/**
 * The desk's whole Sveltia CMS configuration for this site: generated from the content schemas (plain Zod, read
 * directly), the site's address, the GAZETTE_DESK_* variables and the values the stories already use. Checked against
 * Sveltia's JSON Schema: a schema field the desk cannot edit, or a configuration Sveltia would refuse, throws with the
 * reason. Called by the desk integration in the build and by `npm run desk-config`, which prints it.
 */
import path from 'node:path';
import { contentDir } from '../content/dir.ts';
import { authorSchema } from '../content/schema/collections.ts';
import { storySchema } from '../content/schema/story.ts';
import { updateSchema } from '../content/schema/update.ts';
import { buildNow } from '../site/clock.ts';
import { siteConfig } from '../site/config.ts';
import { absoluteUrl, withBase } from '../site/url.ts';
import { deskBackend } from './backend.ts';
import { type DeskConfig, deskConfig } from './cms-config.ts';
import { liveCollectionName } from './live-collections.ts';
import { liveDeskStories, valuesInUse } from './in-use.ts';
import { collectionFields } from './schema-shape.ts';
import { configProblems } from './validate.ts';

/** The schemas' fields as the desk edits them. */
export const schemaShapes = () => ({
  articles: collectionFields(storySchema),
  authors: collectionFields(authorSchema),
  updates: collectionFields(updateSchema),
});

export function generateDeskConfig(env: Record<string, string | undefined> = process.env): DeskConfig {
  const { site, base } = siteConfig(env);
  const root = contentDir(env);
  const inUse = valuesInUse(root);
  const config = deskConfig(schemaShapes(), {
    contentDir: path.relative(process.cwd(), root).split(path.sep).join('/'),
    backend: deskBackend(env),
    siteUrl: absoluteUrl(site, base),
    logo: withBase(base, 'favicon.svg'),
    suggestions: inUse,
    // Intl's canonical list leaves out names stories may use ("UTC", aliases), so those in use are offered as well.
    timeZones: [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...inUse.timeZone])].sort(),
    defaultTimeZone: inUse.timeZone[0] ?? 'UTC',
    liveStories: liveDeskStories(root, buildNow(env)),
  });
  // Sveltia's schema needs a backend; an unconfigured desk is checked as it would run once one is named.
  const problems = configProblems({ ...config, backend: config.backend ?? { name: 'test-repo' } });
  if (problems.length > 0)
    throw new Error(`The desk's configuration breaks Sveltia's JSON Schema:\n  ${problems.join('\n  ')}`);
  return config;
}

/**
 * Each live story's collection name and time zone, for the save rules in the browser (which hear only a collection's
 * name): an update's dates are saved in its story's zone. Beside the configuration, not in it: Sveltia's schema takes
 * no keys of ours.
 */
export function generateLiveZones(env: Record<string, string | undefined> = process.env): Record<string, string> {
  return Object.fromEntries(
    liveDeskStories(contentDir(env), buildNow(env)).map((s) => [liveCollectionName(s.id), s.timeZone]),
  );
}
