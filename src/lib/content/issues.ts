/**
 * A schema's objection as the line an editor reads: "<file>: <field> <what is wrong>". Shared by the content check,
 * the site's settings and `npm run maps`. Pure.
 */
import type { SchemaIssue } from './story-record.ts';

/** "related[0].url" for the path ["related", 0, "url"]. */
export function fieldName(issuePath: PropertyKey[]): string {
  return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/**
 * A schema issue as one plain line. The schema's messages already start with the
 * field's name ("headline is required"); they are given the exact path here
 * ("related[1].title ..."), and messages that do not get the name put in front.
 */
export function formatIssue(file: string, issue: SchemaIssue): string[] {
  const field = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map(
      (key) =>
        `${file}: unknown field "${field ? `${field}.` : ''}${key}"; the fields an entry may have are listed in src/lib/content/schema/`,
    );
  }
  if (field === '') return [`${file}: ${issue.message}`];
  const named = field.replace(/\[\d+\]/g, '');
  if (issue.message.startsWith(named)) return [`${file}: ${field}${issue.message.slice(named.length)}`];
  return [`${file}: ${field} ${issue.message}`];
}
