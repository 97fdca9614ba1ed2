/**
 * Turns the PATH arguments of `parley ingest` into a stream of articles and errors: files by
 * their extension (or, without a known one, by sniffing the first bytes), directories walked
 * recursively in name order, "-" for standard input. Lazy throughout: one file at a time, and
 * JSON Lines and CSV row by row, so memory does not grow with the corpus.
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { readCsv } from './csv.js';
import { isFeed, readFeed } from './feed.js';
import { htmlToInput } from './html.js';
import { inputFromRow, withDefaults } from './fields.js';
import { errorEvent, readJsonLines } from './jsonl.js';
import { InputError, type ReadOptions, type SourceEvent } from './types.js';
import { checkBytes, checkText, looksBinary } from './validate.js';

export type Format = 'text' | 'html' | 'jsonl' | 'json' | 'csv' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.csv': 'csv',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export function formatOf(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Guesses the format of bytes with no telling name (stdin, files without an extension). */
export function sniffFormat(head: Uint8Array): Format {
  const s = Buffer.from(head.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('<')) return isFeed(s) ? 'feed' : 'html';
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('[')) return 'json';
  return 'text';
}

export async function* readSources(paths: string[], opts: ReadOptions): AsyncGenerator<SourceEvent> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      yield { kind: 'error', source: p, reason: 'unreadable', message: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(p)) yield* readFileEvents(file, opts);
    } else {
      yield* readFileEvents(p, opts);
    }
  }
}

/** Files under a directory, depth first in name order; hidden files and folders left out. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries = [];
  for await (const e of await opendir(dir)) if (!e.name.startsWith('.')) entries.push(e);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}

/** Number of articles when every input is a one-article file (for an ETA), else null. */
export async function countSingleArticleFiles(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return null;
    const info = await stat(p).catch(() => null);
    if (!info) continue;
    const files = info.isDirectory() ? walk(p) : (async function* () { yield p; })();
    for await (const f of files) {
      const fmt = formatOf(f);
      if (fmt !== 'text' && fmt !== 'html') return null;
      n++;
    }
  }
  return n;
}

async function* readFileEvents(path: string, opts: ReadOptions): AsyncGenerator<SourceEvent> {
  try {
    let format = formatOf(path);
    if (format === 'jsonl') return yield* readJsonLines(createReadStream(path), path, opts);
    if (format === 'csv') return yield* readCsv(createReadStream(path), path, opts);
    const size = (await stat(path)).size;
    // Files holding one article are refused unread when too large; feeds have a larger limit.
    const limit = format === 'feed' || format === 'json' || format === null ? opts.maxBytes * 64 : opts.maxBytes;
    if (size > limit) throw new InputError('too_large', `file is ${size} bytes, over the limit of ${limit} (--max-bytes)`);
    const bytes = await readFile(path);
    format ??= looksBinary(bytes) ? 'text' : sniffFormat(bytes);
    if (format === 'jsonl') return yield* readJsonLines(Readable.from([bytes]), path, opts);
    yield* readWhole(bytes, format, path, resolve(path), opts);
  } catch (err) {
    yield errorEvent(path, err);
  }
}

function* readWhole(bytes: Uint8Array, format: Format, source: string, path: string | null, opts: ReadOptions): Generator<SourceEvent> {
  try {
    switch (format) {
      case 'feed': return yield* readFeed(bytes, source, opts);
      case 'json': return yield* readJsonArray(bytes, source, opts);
      case 'html': {
        yield { kind: 'article', input: htmlToInput(bytes, opts), source, path };
        return;
      }
      default: {
        const text = checkText(checkBytes(bytes, opts.maxBytes, 'file'), opts.maxBytes, 'file');
        yield { kind: 'article', input: withDefaults({ text }, opts), source, path };
      }
    }
  } catch (err) {
    yield errorEvent(source, err);
  }
}

/** A .json file: an array of article objects, or one object. */
function* readJsonArray(bytes: Uint8Array, source: string, opts: ReadOptions): Generator<SourceEvent> {
  const text = checkBytes(bytes, opts.maxBytes * 64, 'file');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError('malformed', `not valid JSON (${(err as Error).message})`);
  }
  const rows = Array.isArray(data) ? data : [data];
  for (let i = 0; i < rows.length; i++) {
    const where = `${source}[${i}]`;
    try {
      const row = rows[i] as unknown;
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new InputError('malformed', 'each element must be an object');
      yield { kind: 'article', input: inputFromRow(row as Record<string, unknown>, opts, 'element'), source: where, path: null };
    } catch (err) {
      yield errorEvent(where, err);
    }
  }
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<SourceEvent> {
  const stdin = process.stdin;
  const iterator = (stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    yield { kind: 'error', source: '-', reason: 'empty', message: 'standard input is empty' };
    return;
  }
  const format = sniffFormat(first.value);
  const rest = Readable.from((async function* () {
    yield first.value;
    for (;;) {
      const r = await iterator.next();
      if (r.done) return;
      yield r.value;
    }
  })());
  if (format === 'jsonl') return yield* readJsonLines(rest, '-', opts);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of rest as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > opts.maxBytes * 64) {
      yield { kind: 'error', source: '-', reason: 'too_large', message: `standard input is over ${opts.maxBytes * 64} bytes` };
      return;
    }
    chunks.push(c);
  }
  yield* readWhole(Buffer.concat(chunks), format, '-', null, opts);
}
