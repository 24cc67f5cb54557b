/**
 * A story file's frontmatter as plain YAML data, exactly as written: what a test reads to check the fields a tool
 * wrote (the importer, the desk), before any schema has touched them. Tests only; the site reads stories through
 * their records (src/lib/content/story-record.ts).
 */
import { parseYaml, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

export function frontmatterData(text: string): Record<string, any> | undefined {
  const parts = splitFrontmatter(text);
  if (!parts) return undefined;
  const parsed = parseYaml('', parts.yaml, 2);
  return 'data' in parsed && parsed.data && typeof parsed.data === 'object'
    ? (parsed.data as Record<string, any>)
    : undefined;
}
