/**
 * The site's settings, from content/site.yaml (src/lib/content/schema/site.ts), read once per process: at config
 * time, in the build and in scripts. A tree without the file is Gazette in English. A mistake in the file stops
 * whatever reads it with the content check's line, naming the file and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../content/issues.ts';
import { contentDir } from '../content/dir.ts';
import { parseYaml } from '../content/frontmatter.ts';
import { type SiteSettings, siteSchema } from '../content/schema/site.ts';

export type { SiteSettings };

/** The site file, at the top of the content tree. */
export const SITE_FILE = 'site.yaml';

/** The settings in `root`'s site file, or the problems with it, each "<file>: <field> <what is wrong>". */
export function readSiteSettings(root: string, cwd = process.cwd()): { settings?: SiteSettings; problems: string[] } {
  const full = path.join(root, SITE_FILE);
  const file = path.relative(cwd, full);
  if (!fs.existsSync(full)) return { settings: siteSchema.parse({}), problems: [] };
  const parsed = parseYaml(file, fs.readFileSync(full, 'utf8'), 1, 'the file');
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const result = siteSchema.safeParse(parsed.data ?? {});
  if (!result.success) return { problems: result.error.issues.flatMap((issue) => formatIssue(file, issue)) };
  return { settings: result.data, problems: [] };
}

const read = new Map<string, SiteSettings>();

/** The settings of the content tree this build reads (GAZETTE_CONTENT_DIR); throws with the file's problems. */
export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const root = contentDir(env);
  let settings = read.get(root);
  if (!settings) {
    const result = readSiteSettings(root);
    if (!result.settings) throw new Error(result.problems.join('\n'));
    settings = result.settings;
    read.set(root, settings);
  }
  return settings;
}
