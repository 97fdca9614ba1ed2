/**
 * The ingest loop. Reading, coding and writing overlap: articles are read lazily, coded on the
 * worker threads with at most `inFlight` waiting (the backpressure that keeps memory flat), and
 * written by this thread, the single SQLite writer, in input order and in batched transactions.
 * A text already stored is recognised by its hash before it is coded, so a rerun after a crash
 * only codes what is missing.
 */
import type { ParleyRecord } from '../model/records.js';
import { articleId, normaliseText } from '../nlp/normalise.js';
import { docKeyOf } from '../store/doc-key.js';
import type { IngestItem, IngestResult, Store } from '../store/types.js';
import type { Coder } from './pool.js';
import type { SkipReason, SourceArticle, SourceEvent } from './types.js';

export interface IngestSummary {
  read: number;
  ingested: number;
  versions: number;
  duplicates: number;
  skipped: Partial<Record<SkipReason, number>>;
  records: number;
  seconds: number;
}

export interface PipelineOptions {
  /** Articles being coded or waiting to be written, at most (default 8 per coding thread). */
  inFlight?: number;
  /** Articles per write transaction, at most (default 256). */
  batchSize?: number;
  /** Longest wait before a partial batch is written, in ms (default 500). */
  flushMs?: number;
  onError?: (e: { source: string; reason: SkipReason; message: string }) => void;
  onProgress?: (s: IngestSummary) => void;
}

interface Slot {
  article: SourceArticle;
  id: string;
  /** Coding result; the write loop takes slots in input order once they are settled. */
  result: Promise<ParleyRecord[] | Error>;
  settled: boolean;
}

export async function ingestEvents(
  store: Store, events: AsyncIterable<SourceEvent>, coder: Coder, opts: PipelineOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { read: 0, ingested: 0, versions: 0, duplicates: 0, skipped: {}, records: 0, seconds: 0 };
  const inFlight = opts.inFlight ?? coder.size * 8;
  const batchSize = opts.batchSize ?? 256;
  const flushMs = opts.flushMs ?? 500;
  const queue: Slot[] = [];
  const pendingIds = new Set<string>();
  let batch: { item: IngestItem; id: string }[] = [];
  let lastFlush = Date.now();

  const skip = (source: string, reason: SkipReason, message: string) => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
    opts.onError?.({ source, reason, message });
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const written = batch;
    batch = [];
    const results: IngestResult[] = await store.ingestBatch(written.map((w) => w.item));
    results.forEach((r, i) => {
      if (r.status === 'duplicate') summary.duplicates++;
      else {
        summary.ingested++;
        if (r.status === 'version') summary.versions++;
        summary.records += written[i]!.item.records.length - 1;
      }
      pendingIds.delete(written[i]!.id);
    });
    lastFlush = Date.now();
    opts.onProgress?.(tally());
  };

  const tally = () => ({ ...summary, seconds: (Date.now() - started) / 1000 });

  /** Takes the head of the queue once coded, into the write batch. */
  const takeHead = async () => {
    const slot = queue.shift()!;
    const out = await slot.result;
    if (out instanceof Error) {
      if (coder.fatal) throw coder.fatal;
      pendingIds.delete(slot.id);
      skip(slot.article.source, 'coding_failed', `coding failed (${out.message})`);
      return;
    }
    const a = slot.article;
    batch.push({ id: slot.id, item: { input: a.input, docKey: docKeyOf(a.input, a.path), source: a.source, records: out } });
    if (batch.length >= batchSize || Date.now() - lastFlush >= flushMs) await flush();
  };

  for await (const ev of events) {
    if (coder.fatal) throw coder.fatal;
    if (ev.kind === 'error') {
      skip(ev.source, ev.reason, ev.message);
      continue;
    }
    summary.read++;
    const normalised = normaliseText(ev.input.text);
    const id = articleId(normalised);
    if (!normalised) {
      skip(ev.source, 'empty', 'text is empty');
      continue;
    }
    if (pendingIds.has(id) || (await store.hasArticle(id))) {
      summary.duplicates++;
      continue;
    }
    pendingIds.add(id);
    const slot: Slot = { article: ev, id, settled: false, result: null as unknown as Slot['result'] };
    slot.result = coder.code(ev.input).then(
      (r) => { slot.settled = true; return r; },
      (e: unknown) => { slot.settled = true; return e instanceof Error ? e : new Error(String(e)); },
    );
    queue.push(slot);
    while (queue.length >= inFlight || (queue.length > 0 && queue[0]!.settled)) await takeHead();
  }
  while (queue.length) await takeHead();
  await flush();
  if (coder.fatal) throw coder.fatal;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
