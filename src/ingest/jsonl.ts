/** JSON Lines: one article object per line, text and metadata as in fields.ts. */
import type { Readable } from 'node:stream';
import { inputFromRow } from './fields.js';
import { readLines } from './lines.js';
import { InputError, type ReadOptions, type SourceEvent } from './types.js';
import { decodeUtf8, looksBinary } from './validate.js';

export async function* readJsonLines(stream: Readable, name: string, opts: ReadOptions): AsyncGenerator<SourceEvent> {
  // A line also holds metadata and JSON escapes: allow some room over the text limit.
  for await (const line of readLines(stream, opts.maxBytes * 2 + 64 * 1024)) {
    const source = `${name}:${line.number}`;
    try {
      if (line.oversize) throw new InputError('too_large', `line is ${line.oversize} bytes, over the limit (--max-bytes ${opts.maxBytes})`);
      const bytes = line.bytes!;
      if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0x0d)) continue;
      if (looksBinary(bytes)) throw new InputError('binary', 'line looks binary (NUL or control bytes)');
      const text = decodeUtf8(bytes, 'line').replace(/^\uFEFF/, '');
      if (!text.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch (err) {
        throw new InputError('malformed', `not valid JSON (${(err as Error).message})`);
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new InputError('malformed', 'a JSON Lines row must be an object');
      yield { kind: 'article', input: inputFromRow(row as Record<string, unknown>, opts, 'row'), source, path: null };
    } catch (err) {
      yield errorEvent(source, err);
    }
  }
}

export function errorEvent(source: string, err: unknown): SourceEvent {
  if (err instanceof InputError) return { kind: 'error', source, reason: err.reason, message: err.message };
  return { kind: 'error', source, reason: 'unreadable', message: err instanceof Error ? err.message : String(err) };
}
