/**
 * Writes Netlify's and Cloudflare Pages' `_headers` (and `_redirects` under a
 * base path) into the build output, from the one list of headers.
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile, redirectsFile } from '../lib/deploy/host-configs.ts';

export default function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'gazette:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(new URL('_headers', dir), headersFile(base));
        const redirects = redirectsFile(base);
        if (redirects) fs.writeFileSync(new URL('_redirects', dir), redirects);
      },
    },
  };
}
