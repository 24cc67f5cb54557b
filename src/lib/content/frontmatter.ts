/**
 * Frontmatter as an editor writes it: the YAML between two "---" lines, parsed
 * with js-yaml 4, the same parser (and so the same rules, such as unquoted dates
 * becoming Date objects) as Astro's own.
 */
import { load as loadYaml, YAMLException } from 'js-yaml';

/** Splits "---\nyaml\n---\nbody"; the body's first line number is kept for messages. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Parses YAML, or says where it breaks; `firstLine` is the file line the YAML starts on, and `what` is what the
 * editor calls it ("the frontmatter" of a story, or a whole YAML file).
 */
export function parseYaml(
  file: string,
  yaml: string,
  firstLine: number,
  what = 'the frontmatter',
): { data: unknown } | { problem: string } {
  try {
    return { data: loadYaml(yaml) ?? {} };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? ` at line ${error.mark.line + firstLine}, column ${error.mark.column + 1}` : '';
    return { problem: `${file}: ${what} is not valid YAML${where}: ${error.reason}` };
  }
}
