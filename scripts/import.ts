/**
 * `npm run import -- wordpress <export.xml> [options]`: brings a WordPress export into the content tree
 * (GAZETTE_CONTENT_DIR, default content/) as Markdown stories and author files, and prints and writes a report.
 * The work is in src/lib/import/ (README there); this file reads the command line and shows progress.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { parseImportArgs, USAGE } from '../src/lib/import/cli-args.ts';
import { runImport } from '../src/lib/import/run.ts';
import { ExportError } from '../src/lib/import/source.ts';
import { wordpressSource } from '../src/lib/import/wordpress/source.ts';
import { buildNow } from '../src/lib/site/clock.ts';
import { siteConfig } from '../src/lib/site/config.ts';
import { readSiteSettings } from '../src/lib/site/settings.ts';

const args = parseImportArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`npm run import: ${args.error}\n\n${USAGE}`);
  process.exit(1);
}
const site = siteConfig();
const now = buildNow();
const content = contentDir();
// content/site.yaml: the language names fold in, and the editions; the content check names its problems first.
const { settings, problems: siteProblems } = readSiteSettings(content);
if (!settings) {
  console.error(`npm run import: ${siteProblems.join('\n')}`);
  process.exit(1);
}
const names = { language: settings.language, languages: settings.languages };

// A line a second at most, and each pass's last one once.
let lastShown = 0;
const finished = new Set<string>();
const progress = (pass: 'plan' | 'write', p: { bytesRead: number; totalBytes: number; items: number }) => {
  const now = Date.now();
  const done = p.bytesRead >= p.totalBytes;
  if (done ? finished.has(pass) : now - lastShown < 1000) return;
  if (done) finished.add(pass);
  lastShown = now;
  const percent = p.totalBytes ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 100;
  const line = `${pass === 'plan' ? 'Reading the export' : 'Writing stories'}: ${percent}% (${p.items.toLocaleString('en')} items)`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${percent === 100 ? '\n' : ''}`);
  else console.error(line);
};

try {
  const { text } = await runImport({
    source: wordpressSource(args.exportFile),
    contentDir: content,
    mediaDir: args.mediaDir,
    timeZone: args.timeZone,
    site: names,
    dateline: args.dateline,
    imageCredit: args.imageCredit,
    republished: args.republished,
    dryRun: args.dryRun,
    force: args.force,
    now,
    check: (tree, exists) => checkContent(tree, { exists, ...site, ...names, now }),
    described: args.described,
    onProgress: progress,
  });
  console.log(`\n${text}`);
  if (!args.dryRun) {
    const reportFile = args.reportFile ?? path.join(path.dirname(content), 'import-report.txt');
    fs.writeFileSync(reportFile, text);
    console.log(`The report is in ${path.relative(process.cwd(), reportFile) || reportFile}.`);
    console.log(
      'Next: npm run check:content, then npm run build. On Vercel, npm run deploy-configs puts the old addresses in vercel.json.',
    );
  }
} catch (error) {
  if (error instanceof ExportError) {
    console.error(`\nnpm run import: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
}
