/**
 * The files beside a live story's page (src/data/live-files.ts): `<permalink>/updates.json`, which a reader's open page
 * asks for new updates; `<permalink>/updates.xml`, the story's own feed of updates; and `<permalink>/update/<id>/`, the
 * fixed address of each update, which sends the reader on to wherever the update is now. Each is keyed by its model.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type LiveFile, liveFiles, updatesRssXml } from '../data/live-files.ts';
import { pageKey } from '../lib/incremental/page-key.ts';
import { updatesFeedJson } from '../lib/live/feed.ts';
import { stubPageHtml } from '../lib/live/feed.ts';
import { buildNow } from '../lib/site/clock.ts';

export const getStaticPaths = (async () =>
  (await liveFiles(buildNow())).map((file) => ({
    params: { live: file.path },
    props: { file },
    cacheKey: pageKey(`live-${file.kind}`, file),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: LiveFile };
  switch (file.kind) {
    case 'json':
      return new Response(updatesFeedJson(file.feed), { headers: { 'Content-Type': 'application/json' } });
    case 'rss':
      return new Response(updatesRssXml(file.rss), {
        headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
      });
    case 'stub':
      return new Response(stubPageHtml(file.stub), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
};
