/** The host configs that live in the repository, and where. */
import { nginxServerBlock, vercelConfig } from '../../src/lib/deploy/host-configs.ts';

export const NGINX_SERVER_BLOCK = 'scripts/deploy/nginx/gazette.conf';

export function committedHostConfigs(): { file: string; text: string }[] {
  return [
    // Vercel reads vercel.json from the repository root only.
    { file: 'vercel.json', text: vercelConfig() },
    { file: NGINX_SERVER_BLOCK, text: nginxServerBlock() },
  ];
}
