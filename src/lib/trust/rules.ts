/**
 * Content rules about time that one field alone cannot check: an update or a correction cannot come before
 * publication (the schema's, since the file alone decides it), and a correction cannot be dated after the build's
 * clock, since it would be a correction nobody has made yet (the content check's, since it depends on the clock).
 * Returned as issues with a field path, to be reported against the file.
 */

export type TimedEntry = {
  published: { date: Date };
  updated?: { date: Date };
  corrections?: readonly { date: { date: Date } }[];
};

export type TimeIssue = { path: (string | number)[]; message: string };

/** What the entry alone says is out of order: an update or a correction dated before publication. */
export function timeIssues(entry: TimedEntry): TimeIssue[] {
  const issues: TimeIssue[] = [];
  const published = entry.published.date;
  if (entry.updated && entry.updated.date < published) {
    issues.push({ path: ['updated'], message: 'updated must not be earlier than published' });
  }
  (entry.corrections ?? []).forEach((correction, i) => {
    if (correction.date.date < published) {
      issues.push({
        path: ['corrections', i, 'date'],
        message: `must not be earlier than published; a story is corrected after it appears`,
      });
    }
  });
  return issues;
}

/** Corrections dated after the build's clock `now`. */
export function futureCorrections(entry: TimedEntry, now: Date): TimeIssue[] {
  return (entry.corrections ?? []).flatMap((correction, i) =>
    correction.date.date > now
      ? [
          {
            path: ['corrections', i, 'date'],
            message: `is after the build's clock (${now.toISOString()}); a correction cannot be dated in the future`,
          },
        ]
      : [],
  );
}
