import path from 'node:path';

/**
 * Where the newsroom's content lives. GAZETTE_CONTENT_DIR points a build at
 * another tree (test fixtures, benchmark corpora) without touching `content/`.
 */
export function contentDir(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): string {
  return path.resolve(root, env.GAZETTE_CONTENT_DIR || 'content');
}
