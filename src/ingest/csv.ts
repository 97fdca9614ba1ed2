/**
 * CSV with a header row: a text column and metadata columns (fields.ts). A malformed row is
 * reported with its line and the rest of the file is still read.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { inputFromRow, } from './fields.js';
import { errorEvent } from './jsonl.js';
import { InputError, type ReadOptions, type SourceEvent } from './types.js';

export async function* readCsv(stream: Readable, name: string, opts: ReadOptions): AsyncGenerator<SourceEvent> {
  const skipped: SourceEvent[] = [];
  const parser = stream.pipe(parse({
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    relax_column_count: false,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    max_record_size: opts.maxBytes * 2,
  }));
  parser.on('skip', (err: Error & { lines?: number }) => {
    skipped.push({ kind: 'error', source: `${name}:${err.lines ?? '?'}`, reason: 'malformed', message: `malformed CSV row (${err.message})` });
  });
  stream.on('error', (err) => parser.destroy(err));
  try {
    for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      while (skipped.length) yield skipped.shift()!;
      const source = `${name}:${rec.info.lines}`;
      try {
        yield { kind: 'article', input: inputFromRow(rec.record, opts, 'row'), source, path: null };
      } catch (err) {
        yield errorEvent(source, err);
      }
    }
  } catch (err) {
    // An error csv-parse cannot skip (an unclosed quote at the end, a bad header) ends the file.
    const e = err as Error & { lines?: number };
    while (skipped.length) yield skipped.shift()!;
    yield errorEvent(`${name}:${e.lines ?? '?'}`, new InputError('malformed', `malformed CSV (${e.message})`));
    return;
  }
  while (skipped.length) yield skipped.shift()!;
}
