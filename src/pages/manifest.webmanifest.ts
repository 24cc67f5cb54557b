/** The web app manifest, with every URL under the base path. */
import type { APIRoute } from 'astro';
import { site, siteLanguage } from '../data/language.ts';
import { SITE_ICONS, THEME } from '../lib/site/identity.ts';
import { siteHref } from '../lib/site/base.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: site().name,
        short_name: site().name,
        description: site().tagline,
        lang: siteLanguage().base,
        dir: siteLanguage().dir,
        start_url: siteHref(),
        scope: siteHref(),
        display: 'minimal-ui',
        background_color: THEME.light,
        theme_color: THEME.light,
        icons: [
          { src: siteHref('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
          ...SITE_ICONS.filter((i) => i.rel === 'manifest').map((i) => ({
            src: siteHref(i.file),
            sizes: `${i.size}x${i.size}`,
            type: 'image/png',
          })),
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
