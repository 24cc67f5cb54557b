/** favicon-32.png, apple-touch-icon.png, icon-192.png and icon-512.png, drawn from public/favicon.svg. */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { pageKey } from '../lib/incremental/page-key.ts';
import { SITE_ICONS, type SiteIcon, THEME } from '../lib/site/identity.ts';

// The drawing is read with fs, which Astro's code hash cannot see, so its bytes are part of each icon's key.
export const getStaticPaths = (() => {
  const svg = fs.readFileSync(path.resolve('public/favicon.svg'));
  return SITE_ICONS.map((icon) => ({
    params: { icon: icon.file.replace(/\.png$/, '') },
    props: { icon },
    cacheKey: pageKey('icon', icon, svg.toString('base64')),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { icon } = props as { icon: SiteIcon };
  const svg = await fs.promises.readFile(path.resolve('public/favicon.svg'));
  let image = sharp(svg, { density: Math.ceil((72 * icon.size) / 32) }).resize(icon.size, icon.size);
  // iOS shows transparency as black; fill the rounded corners with the brand colour instead.
  if (icon.rel === 'apple-touch-icon') image = image.flatten({ background: THEME.brand });
  return new Response(new Uint8Array(await image.png().toBuffer()), { headers: { 'Content-Type': 'image/png' } });
};
