/**
 * The WordPress eXtended RSS (WXR) reader: streams an export with sax and yields its records (wxr-records.ts) one at a
 * time, so a 10,000-post export never sits in memory whole. What each element becomes is wxr-elements.ts's; this file
 * owns the stream, the progress and the errors. It knows WXR's shape and nothing about Gazette.
 */
import fs from 'node:fs';
import sax from 'sax';
import type { ReadProgress } from '../source-records.ts';
import { ExportError } from '../source.ts';
import type { WxrRecord } from './wxr-records.ts';
import { readElements } from './wxr-elements.ts';

export type ReadOptions = {
  /** Keep post bodies. A first pass that only needs ids, dates and terms leaves them out. */
  bodies?: boolean;
  onProgress?: (progress: ReadProgress) => void;
};

/** sax's messages end with "\nLine: …\nColumn: …\nChar: …"; the first line is the reason. */
function reasonOf(error: Error): string {
  const first = error.message.split('\n')[0].trim();
  return `the export is not well-formed XML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/**
 * Every record in a WXR file, in file order: the site first, then authors and terms, then posts and attachments.
 * Throws ExportError with the line and the reason for malformed XML, and for XML that is not a WordPress export.
 */
export async function* readWxr(file: string, options: ReadOptions = {}): AsyncGenerator<WxrRecord> {
  const totalBytes = fs.statSync(file).size;
  const queue: WxrRecord[] = [];
  // Strict XML: an HTML entity such as &nbsp; outside CDATA is an error, as in every XML parser WordPress's importer
  // uses. sax has the option (lib/sax.js); its type definitions lack it.
  const saxOptions: sax.SAXOptions & { strictEntities: boolean } = { position: true, strictEntities: true };
  const parser = sax.parser(true, saxOptions);
  let failure: ExportError | undefined;
  parser.onerror = (error) => {
    failure ??= new ExportError(file, parser.line + 1, parser.column, reasonOf(error));
  };
  const elements = readElements(parser, options.bodies ?? true, (record) => queue.push(record));

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(first ? chunk.replace(/^\uFEFF/, '') : chunk);
    first = false;
    if (failure) throw failure;
    while (queue.length > 0) yield queue.shift() as WxrRecord;
    options.onProgress?.({ bytesRead: stream.bytesRead, totalBytes, items: elements.items() });
  }
  parser.close();
  if (failure) throw failure;
  while (queue.length > 0) yield queue.shift() as WxrRecord;
  if (!elements.isExport()) {
    throw new ExportError(
      file,
      0,
      0,
      'this is XML, but not a WordPress export: it has no <rss><channel> with a <wp:wxr_version>',
    );
  }
}
