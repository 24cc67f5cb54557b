/**
 * Content rules about time that one field alone cannot check: an update or a
 * correction cannot come before publication, and a correction cannot be dated
 * after the build's clock (it would be a correction nobody has made yet).
 * Returned as issues with a field path, for the schema to report against the file.
 */

export type TimedEntry = {
  published: { date: Date };
  updated?: { date: Date };
  corrections?: readonly { date: { date: Date } }[];
};

export type TimeIssue = { path: (string | number)[]; message: string };

export function timeIssues(entry: TimedEntry, now: Date): TimeIssue[] {
  const issues: TimeIssue[] = [];
  const published = entry.published.date;
  if (entry.updated && entry.updated.date < published) {
    issues.push({ path: ['updated'], message: 'updated must not be earlier than published' });
  }
  (entry.corrections ?? []).forEach((correction, i) => {
    const when = correction.date.date;
    if (when < published) {
      issues.push({
        path: ['corrections', i, 'date'],
        message: `must not be earlier than published; a story is corrected after it appears`,
      });
    } else if (when > now) {
      issues.push({
        path: ['corrections', i, 'date'],
        message: `is after the build's clock (${now.toISOString()}); a correction cannot be dated in the future`,
      });
    }
  });
  return issues;
}
