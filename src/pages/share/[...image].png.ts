/** Share images, drawn at build time: /share/default.png and /share/<permalink>/card.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { shareImageRoutes } from '../../data/share-images.ts';

export const getStaticPaths = (async () =>
  (await shareImageRoutes(await getArticles())).map(({ image, render, cacheKey }) => ({
    params: { image },
    props: { render },
    cacheKey,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (props as { render: () => Promise<Buffer> }).render()), {
    headers: { 'Content-Type': 'image/png' },
  });
