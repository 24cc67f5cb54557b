/** Share images, drawn at build time: /share/default.png and /share/<permalink>/{card,16x9,4x3,1x1}.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { shareImageRoutes } from '../../data/share-images.ts';

export const getStaticPaths = (async () =>
  shareImageRoutes(await getArticles()).map(({ image, render }) => ({ params: { image }, props: { render } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (props as { render: () => Promise<Buffer> }).render()), {
    headers: { 'Content-Type': 'image/png' },
  });
