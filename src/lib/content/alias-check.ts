/**
 * What the schema cannot see about old addresses (`aliases`): an old address leads to one story only, and it may not
 * be a URL the site itself builds (a story's permalink, a section, a date archive, another route's pages), which
 * the redirect would hide or which would redirect to itself.
 */
import { type Alias, permalinkAliasPath } from '../article/aliases.ts';
import { foldSlug, RESERVED_SEGMENTS } from '../archive/slug.ts';

/** A story's old addresses as the schema read them (each with the form it was written in), its permalink and section. */
export type AliasEntry = {
  file: string;
  aliases: readonly (Alias & { written: string })[];
  permalink: string;
  section: string;
};

/** Why a path is a URL the site builds, or undefined. */
function builtUrl(segments: string[], sections: Map<string, string>): string | undefined {
  const [first, second] = segments;
  if (first.startsWith('_')) return 'where the build keeps its own files';
  if (Object.hasOwn(RESERVED_SEGMENTS, first)) return `under /${first}/, ${RESERVED_SEGMENTS[first]}`;
  // /2015/, /2015/06/, /2015/06/11/ and their later pages; "/2015/06/old-slug/" is no archive's.
  const dates = segments.findIndex((s) => !/^\d+$/.test(s));
  const datePart = dates === -1 ? segments.length : dates;
  const rest = segments.slice(datePart);
  if (datePart >= 1 && datePart <= 3 && (rest.length === 0 || (rest[0] === 'page' && rest.length <= 2)))
    return 'a date archive page';
  const section = sections.get(first);
  if (section && (segments.length === 1 || second === 'page' || second === 'rss.xml'))
    return `the section ${section}'s page`;
  return undefined;
}

/** One line per problem, "<file>: aliases[i] …", in file order; sections fold in the site's `language`. */
export function checkAliases(entries: readonly AliasEntry[], language: string): string[] {
  const problems: string[] = [];
  const permalinks = new Map(entries.map((e) => [permalinkAliasPath(e.permalink), e.file]));
  const sections = new Map(entries.map((e) => [foldSlug(e.section, language), `"${e.section}"`] as const));
  const seen = new Map<string, string>();
  for (const { file, aliases } of entries) {
    aliases.forEach((alias, i) => {
      const field = `aliases[${i}]`;
      const value = alias.written;
      const key = alias.p ? `${alias.decodedPath}?p=${alias.p}` : alias.decodedPath;
      const first = seen.get(key);
      if (first) {
        problems.push(
          `${file}: ${field} "${value}" is also an old address of ${first}; an old address can lead to one story only`,
        );
        return;
      }
      seen.set(key, file);
      if (alias.p) return;
      const owner = permalinks.get(alias.decodedPath) ?? permalinks.get(alias.path);
      if (owner === file) problems.push(`${file}: ${field} "${value}" is this story's own permalink; remove it`);
      else if (owner)
        problems.push(`${file}: ${field} "${value}" is the permalink of ${owner}, which the redirect would hide`);
      else {
        const built = builtUrl(alias.decodedPath.split('/').filter(Boolean), sections);
        if (built)
          problems.push(`${file}: ${field} "${value}" is ${built}; an old address cannot take a URL the site builds`);
      }
    });
  }
  return problems;
}
