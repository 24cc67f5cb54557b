/**
 * The import's report: what came in, what was held back for a person to decide and what was skipped, by kind, with
 * one line for each thing that could not be carried over and one for each change made on the way. The same text is
 * printed and written to a file; tests read the counts from the object.
 */

export type Tally = { imported: number; heldBack: number; skipped: number };

export type ImportReport = {
  source: string;
  site: { title: string; link: string };
  options: string[];
  tallies: Map<string, Tally>;
  stories: { published: number; scheduled: number; drafts: number };
  /** One line per thing not carried over: "post 1168 "Title": skipped: …". */
  notCarried: string[];
  /**
   * One line per story that came in as a draft with something missing, and why: "post 17 "Heading": published in
   * WordPress, imported as a draft: …". The file says the same in a comment.
   */
  drafted: string[];
  /** One line per change made on the way: renamed tags, dates, images left out of a body. */
  changes: string[];
  files: { written: string[]; unchanged: number; kept: string[]; overwritten: string[] };
  redirects: number;
  dryRun: boolean;
};

export function newReport(source: string, options: string[], dryRun: boolean): ImportReport {
  return {
    source,
    site: { title: '', link: '' },
    options,
    tallies: new Map(),
    stories: { published: 0, scheduled: 0, drafts: 0 },
    notCarried: [],
    drafted: [],
    changes: [],
    files: { written: [], unchanged: 0, kept: [], overwritten: [] },
    redirects: 0,
    dryRun,
  };
}

/** Counts one thing of `kind` as imported, held back or skipped. */
export function tally(report: ImportReport, kind: string, outcome: keyof Tally, by = 1): void {
  const t = report.tallies.get(kind) ?? { imported: 0, heldBack: 0, skipped: 0 };
  t[outcome] += by;
  report.tallies.set(kind, t);
}

const KIND_ORDER = ['posts', 'pages', 'attachments', 'authors', 'comments'];

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

/** The report as printed and written to the report file. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  out.push(`${report.dryRun ? 'Dry run (nothing written): import' : 'Import'} from ${report.source}`);
  if (report.site.title || report.site.link)
    out.push(`Site: ${report.site.title}${report.site.link ? ` (${report.site.link})` : ''}`);
  if (report.options.length > 0) out.push(`Options: ${report.options.join(' ')}`);
  out.push('');
  const kinds = [...report.tallies.keys()].sort((a, b) => {
    const ia = KIND_ORDER.indexOf(a);
    const ib = KIND_ORDER.indexOf(b);
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
  });
  const width = Math.max(12, ...kinds.map((k) => k.length));
  out.push(`${'kind'.padEnd(width)}  imported  held back  skipped`);
  for (const kind of kinds) {
    const t = report.tallies.get(kind) as Tally;
    out.push(`${kind.padEnd(width)}  ${pad(t.imported, 8)}  ${pad(t.heldBack, 9)}  ${pad(t.skipped, 7)}`);
  }
  const s = report.stories;
  out.push('');
  const unfinished = report.drafted.length;
  out.push(
    `Stories: ${s.published} published, ${s.scheduled} scheduled (published when a build runs after their date), ${s.drafts} ${s.drafts === 1 ? 'draft' : 'drafts'}${unfinished ? ` (${unfinished} with something to finish first, listed below)` : ''}.`,
  );
  out.push(`Old addresses: ${report.redirects} redirect to their stories' new permalinks (aliases in each story).`);
  const f = report.files;
  const verb = report.dryRun ? 'would write' : 'wrote';
  out.push(
    `Files: ${verb} ${f.written.length}, ${f.unchanged} already up to date, ${f.kept.length} kept as edited by hand${f.overwritten.length ? `, ${f.overwritten.length} overwritten (--force)` : ''}.`,
  );
  if (report.notCarried.length > 0) {
    out.push('', `Not carried over (${report.notCarried.length}):`);
    for (const line of report.notCarried) out.push(`  ${line}`);
  }
  if (unfinished > 0) {
    out.push(
      '',
      `Drafts to finish (${unfinished}): each file says why in a comment after its first line; an editor finishes it and removes draft to publish:`,
    );
    for (const line of report.drafted) out.push(`  ${line}`);
  }
  if (f.kept.length > 0) {
    out.push(
      '',
      `Kept as they are (edited by hand since the last import, or not written by one; --force overwrites them):`,
    );
    for (const file of f.kept) out.push(`  ${file}`);
  }
  if (f.overwritten.length > 0) {
    out.push('', 'Overwritten although edited by hand (--force):');
    for (const file of f.overwritten) out.push(`  ${file}`);
  }
  if (report.changes.length > 0) {
    out.push('', `Changed on the way in (${report.changes.length}):`);
    for (const line of report.changes) out.push(`  ${line}`);
  }
  return `${out.join('\n')}\n`;
}
