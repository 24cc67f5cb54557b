/**
 * What types the nginx server block sends and compresses: the types it adds to the system's `mime.types`, the ones
 * it labels UTF-8, and the ones it gzips. host-configs.ts renders the server block from these lists, and the deploy
 * tests (tests/e2e/deploy.spec.ts) read the same lists, with the same `mime.types`, for what each file must be
 * served as. Pure; build, `npm run deploy-configs` and tests.
 */

/** Types the server block maps beyond the system's mime.types: Debian's already has .xml (text/xml) and .avif. */
export const NGINX_EXTRA_TYPES: readonly { type: string; extensions: readonly string[] }[] = [
  // Debian's mime.types lacks the web app manifest.
  { type: 'application/manifest+json', extensions: ['webmanifest'] },
];

/** nginx's answer for an extension no mime.types line names (Pagefind's index files, for one): plain bytes. */
export const NGINX_DEFAULT_TYPE = 'application/octet-stream';

/** Types sent with "; charset=utf-8" (`charset_types`); nginx always adds text/html. */
export const CHARSET_TYPES: readonly string[] = [
  'text/css',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/manifest+json',
  'image/svg+xml',
];

/** Types nginx gzips (`gzip_types`); nginx always adds text/html. */
export const COMPRESSIBLE_TYPES: readonly string[] = [
  'text/css',
  'text/plain',
  'text/xml',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/manifest+json',
  'image/svg+xml',
];

/** Bodies shorter than this are sent as they are (`gzip_min_length`): the header would cost more than it saves. */
export const GZIP_MIN_LENGTH = 256;

/** An nginx mime.types file (`types { text/html html htm; ... }`) as extension to type, with the server block's extra types. */
export function nginxTypes(mimeTypes: string): Map<string, string> {
  const byExtension = new Map<string, string>();
  const body = mimeTypes.replace(/#.*$/gm, '').replace(/^\s*types\s*\{|\}\s*$/g, '');
  for (const line of body.split(';')) {
    const [type, ...extensions] = line.trim().split(/\s+/);
    if (type) for (const ext of extensions) byExtension.set(ext, type);
  }
  for (const { type, extensions } of NGINX_EXTRA_TYPES) for (const ext of extensions) byExtension.set(ext, type);
  return byExtension;
}

/** What nginx sends a file as: its type by extension, labelled UTF-8 when the server block says so. */
export function servedType(
  file: string,
  types: ReadonlyMap<string, string>,
): { contentType: string; compressible: boolean } {
  const ext = /\.([^./]+)$/.exec(file)?.[1] ?? '';
  const type = types.get(ext) ?? NGINX_DEFAULT_TYPE;
  const text = type === 'text/html' || CHARSET_TYPES.includes(type);
  return {
    contentType: text ? `${type}; charset=utf-8` : type,
    compressible: type === 'text/html' || COMPRESSIBLE_TYPES.includes(type),
  };
}
