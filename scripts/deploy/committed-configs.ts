/** The host configs that live in the repository, and where. */
import path from 'node:path';
import { isPublished, WHENEVER_PUBLISHED } from '../../src/lib/content/publication.ts';
import { contentDir } from '../../src/lib/content/dir.ts';
import { readStories } from '../../src/lib/content/reader.ts';
import { vercelConfig } from '../../src/lib/deploy/host-configs.ts';
import { nginxServerBlock } from '../../src/lib/deploy/nginx-config.ts';
import { searchPages } from '../../src/lib/deploy/security-headers.ts';
import { siteSettings } from '../../src/lib/site/settings.ts';
import { collectRedirects, type Redirect } from '../../src/lib/deploy/redirects.ts';

export const NGINX_SERVER_BLOCK = 'scripts/deploy/nginx/gazette.conf';

/**
 * The old addresses vercel.json carries: every story's that the publication rules let through whenever its time
 * comes (drafts and held-back stories are left out). The file is committed, not built, so it
 * cannot follow the build's clock; a scheduled story's old address leads to its permalink early (a 404 until then).
 * Vercel serves the site at the root (docs/deploy.md), so no base path.
 */
export function vercelRedirectsFromContent(env: Record<string, string | undefined> = process.env): Redirect[] {
  return collectRedirects(readStories(path.join(contentDir(env), 'articles')), '/', (story) =>
    isPublished(story, WHENEVER_PUBLISHED),
  );
}

export function committedHostConfigs(
  env: Record<string, string | undefined> = process.env,
): { file: string; text: string }[] {
  return [
    // Vercel reads vercel.json from the repository root only.
    {
      file: 'vercel.json',
      text: vercelConfig(vercelRedirectsFromContent(env), searchPages(siteSettings(env).languages)),
    },
    { file: NGINX_SERVER_BLOCK, text: nginxServerBlock() },
  ];
}
