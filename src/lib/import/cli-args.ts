/**
 * The import command's arguments: `wordpress <export.xml>` and its flags, checked before anything is read, each
 * mistake said in one line that names the flag.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isTimeZone } from '../article/dates.ts';

export const USAGE = `Usage: npm run import -- wordpress <export.xml> [options]

  --media <folder>          a copy of the site's wp-content/uploads, where the images are
  --time-zone <IANA zone>   the newsroom's time zone, e.g. Europe/Paris (default UTC)
  --dateline "<text>"       optional: a dateline true of every story, e.g. "Paris, FR", for those without a
                            dateline custom field (which wins); without either a story has none
  --image-credit "<text>"   the credit of photos whose file names none, e.g. "Photo: The Daily Example"
  --republished --publisher "<name>"   mark the stories as republished from <name> (source, noindex)
  --force                   overwrite files edited by hand since the last import
  --dry-run                 write nothing; print the report
  --report <file>           where to write the report (default: import-report.txt beside the content folder)`;

export type CliOptions = {
  source: 'wordpress';
  exportFile: string;
  mediaDir?: string;
  timeZone: string;
  dateline?: string;
  imageCredit?: string;
  republished?: { publisher: string };
  force: boolean;
  dryRun: boolean;
  reportFile?: string;
  /** The flags as given, for the report. */
  described: string[];
};

/** The flags, as `node:util`'s parseArgs takes them. */
const FLAGS = {
  media: { type: 'string' },
  'time-zone': { type: 'string' },
  dateline: { type: 'string' },
  'image-credit': { type: 'string' },
  publisher: { type: 'string' },
  report: { type: 'string' },
  republished: { type: 'boolean' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} as const;

/** The options, or the one line that says what is wrong. */
export function parseImportArgs(argv: readonly string[]): CliOptions | { error: string } {
  // Not strict: parseArgs splits the arguments ("--flag=value", "--", short flags) and the checks below say what is
  // wrong in Gazette's words, naming the flag, rather than in Node's, which change between versions.
  const { tokens } = parseArgs({
    args: [...argv],
    options: FLAGS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = `--${token.name}`;
    const type = Object.hasOwn(FLAGS, token.name) ? FLAGS[token.name as keyof typeof FLAGS].type : undefined;
    if (type === undefined || token.rawName !== flag) return { error: `unknown option ${token.rawName}` };
    if (type === 'boolean') {
      if (token.value !== undefined) return { error: `${flag} takes no value` };
      switches.add(flag);
    } else {
      // "--media --force": the next flag is not a folder.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
        return { error: `${flag} needs a value` };
      values.set(flag, token.value);
    }
  }
  const [source, exportFile, ...extra] = positional;
  if (!source) return { error: 'say what to import from: wordpress' };
  if (source !== 'wordpress') return { error: `cannot import from "${source}": the one source so far is wordpress` };
  if (!exportFile)
    return {
      error:
        'name the WordPress export file (Tools > Export in WordPress), e.g. npm run import -- wordpress export.xml',
    };
  if (extra.length > 0) return { error: `unexpected argument ${extra[0]}` };
  if (!fs.existsSync(exportFile) || !fs.statSync(exportFile).isFile()) return { error: `${exportFile}: no such file` };
  const mediaDir = values.get('--media');
  if (mediaDir !== undefined && !(fs.existsSync(mediaDir) && fs.statSync(mediaDir).isDirectory()))
    return { error: `--media ${mediaDir}: no such folder` };
  const timeZone = values.get('--time-zone') ?? 'UTC';
  if (!isTimeZone(timeZone))
    return { error: `--time-zone ${timeZone} is not an IANA time zone name, like "Europe/Paris"` };
  const publisher = values.get('--publisher');
  if (switches.has('--republished') && !publisher?.trim())
    return { error: '--republished needs --publisher "<name>", the publisher the stories first appeared with' };
  if (publisher !== undefined && !switches.has('--republished'))
    return { error: '--publisher goes with --republished' };
  for (const flag of ['--dateline', '--image-credit']) {
    if (values.has(flag) && values.get(flag)?.trim() === '') return { error: `${flag} must not be empty` };
  }
  const described = argv.filter((a) => a !== source && a !== exportFile);
  return {
    source: 'wordpress',
    exportFile,
    ...(mediaDir !== undefined ? { mediaDir } : {}),
    timeZone,
    ...(values.has('--dateline') ? { dateline: values.get('--dateline') } : {}),
    ...(values.has('--image-credit') ? { imageCredit: values.get('--image-credit') } : {}),
    ...(switches.has('--republished') ? { republished: { publisher: (publisher as string).trim() } } : {}),
    force: switches.has('--force'),
    dryRun: switches.has('--dry-run'),
    ...(values.has('--report') ? { reportFile: values.get('--report') } : {}),
    described,
  };
}
