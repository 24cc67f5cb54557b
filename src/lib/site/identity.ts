/*
 * Who the site is (its name, tagline and language) is the newsroom's to say, in content/site.yaml
 * (src/lib/site/settings.ts); what is here is the site's design.
 */

/**
 * The PNG icon set, drawn from public/favicon.svg at build time so the SVG is
 * the one source: browsers that take SVG use it, the rest get these.
 */
export const SITE_ICONS = [
  { file: 'favicon-32.png', size: 32, rel: 'icon' },
  { file: 'apple-touch-icon.png', size: 180, rel: 'apple-touch-icon' },
  { file: 'icon-192.png', size: 192, rel: 'manifest' },
  { file: 'icon-512.png', size: 512, rel: 'manifest' },
] as const;

export type SiteIcon = (typeof SITE_ICONS)[number];

/** Colours the page and the installed app use: the paper the site is printed on. */
export const THEME = { light: '#fffdf9', dark: '#121212', brand: '#a3141d' };
