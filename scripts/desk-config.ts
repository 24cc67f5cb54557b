/**
 * Prints the desk's Sveltia CMS configuration as JSON, generated from the content schema (src/lib/desk/). Plain Node,
 * like the content check, because that is where scripts/content-schema.ts can load src/content.config.ts; the build
 * runs it from src/integrations/desk-config.ts. Exits 1, naming the problem, when the schema has a field the desk
 * cannot edit or the result breaks Sveltia's JSON Schema. Reads SITE_URL, BASE_PATH, GAZETTE_CONTENT_DIR and the
 * GAZETTE_DESK_* variables (src/lib/desk/backend.ts).
 */
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { deskBackend } from '../src/lib/desk/backend.ts';
import { deskConfig } from '../src/lib/desk/cms-config.ts';
import { valuesInUse } from '../src/lib/desk/in-use.ts';
import { collectionFields } from '../src/lib/desk/schema-shape.ts';
import { configProblems } from '../src/lib/desk/validate.ts';
import { siteConfig } from '../src/lib/site/config.ts';
import { absoluteUrl, withBase } from '../src/lib/site/url.ts';
import { loadSchemas } from './content-schema.ts';

try {
  const { site, base } = siteConfig();
  const root = contentDir();
  const inUse = valuesInUse(root);
  const schemas = await loadSchemas();
  const shapes = { articles: collectionFields(schemas.articles), authors: collectionFields(schemas.authors) };
  const config = deskConfig(shapes, {
    contentDir: path.relative(process.cwd(), root).split(path.sep).join('/'),
    backend: deskBackend(),
    siteUrl: absoluteUrl(site, base),
    logo: withBase(base, 'favicon.svg'),
    suggestions: inUse,
    // Intl's canonical list leaves out names stories may use ("UTC", aliases), so those in use are offered as well.
    timeZones: [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...inUse.timeZone])].sort(),
    defaultTimeZone: inUse.timeZone[0] ?? 'UTC',
  });
  // Sveltia's schema needs a backend; an unconfigured desk is checked as it would run once one is named.
  const problems = configProblems({ ...config, backend: config.backend ?? { name: 'test-repo' } });
  if (problems.length > 0)
    throw new Error(`The desk's configuration breaks Sveltia's JSON Schema:\n  ${problems.join('\n  ')}`);
  process.stdout.write(`${JSON.stringify(config, null, process.stdout.isTTY ? 2 : undefined)}\n`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
