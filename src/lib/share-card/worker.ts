/** A worker thread that draws share cards: one request in, PNG bytes and what they left out, or an error message, out. */
import { parentPort } from 'node:worker_threads';
import { drawShareCard, type ShareCardRequest } from './draw.ts';

parentPort?.on('message', async (request: ShareCardRequest) => {
  try {
    parentPort?.postMessage({ ok: true, value: await drawShareCard(request) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: (error as Error).message });
  }
});
