/**
 * The desk's bootstrap in the browser: reads the configuration the build generated (a JSON island in
 * src/pages/admin/index.astro), registers Gazette's preview styles, the suggestions field and the save rules, and
 * starts Sveltia CMS. Sveltia is bundled from the npm package by the build: nothing loads from a CDN.
 */
import CMS, { type CmsConfig } from '@sveltia/cms';
import siteStyles from '../styles/global.css?url';
import previewStyles from '../styles/desk-preview.css?url';
import type { DeskConfig } from '../lib/desk/cms-config.ts';
import { saveRules } from '../lib/desk/save-rules.ts';
import { registerSuggest } from './desk-suggest.ts';

const island = document.getElementById('desk-config');
const config = JSON.parse(island?.textContent ?? '{}') as DeskConfig;
// The site's language (content/site.yaml), which a new story's slug is folded in.
const language = island?.dataset.language ?? 'en';
// Each live story's collection of updates and its story's time zone (src/lib/desk/generate.ts, generateLiveZones).
const zones = JSON.parse(document.getElementById('desk-live-zones')?.textContent ?? '{}') as Record<string, string>;

// Without a repository the page explains how to name one (rendered by the page); there is nothing to start.
if (config.backend) {
  document.getElementById('desk-not-set-up')?.remove();
  CMS.registerPreviewStyle(siteStyles);
  CMS.registerPreviewStyle(previewStyles);
  registerSuggest();
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) =>
      saveRules(
        entry.get('collection') as string,
        (entry.get('data') as any).toJS(),
        entry.get('slug') as string,
        language,
        zones,
      ).reduce((saved, patch) => saved.setIn(['data', ...patch.path], patch.value), entry),
  });
  CMS.init({ config: config as CmsConfig });
}
