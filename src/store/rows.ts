/** Mapping between database rows and the Store's types, shared by the SQLite and PostgreSQL stores. */
import type { ArticleRecord, ParleyRecord } from '../model/records.js';
import { articleId, normaliseText } from '../nlp/normalise.js';
import type { ArticleRow, IngestItem, RecordKind, Review, ReviewInput, StoredRecord } from './types.js';

export interface ArticleDbRow {
  rowid: number; id: string; doc_key: string; version: number; title: string | null; outlet: string | null;
  url: string | null; published: string | null; language: string; source: string | null;
  ingested_at: string; record_count: number; text?: string; sentences?: string;
}

export interface RecordDbRow {
  id: string; article: string; kind: RecordKind; json: string; cluster_id: string | null;
  outlet: string | null; url: string | null; published: string | null;
  rv_action: Review['action'] | null; rv_corrected: string | null; rv_reviewer: string | null;
  rv_note: string | null; rv_at: string | null;
}

export interface ReviewDbRow {
  record_id: string; action: Review['action']; corrected: string | null; reviewer: string | null;
  note: string | null; at: string;
}

/** The article record code() returned, or one made from the input when it returned none. */
export function articleOf(item: IngestItem): ArticleRecord {
  const found = item.records.find((r): r is ArticleRecord => r.kind === 'article');
  if (found) return found;
  const text = normaliseText(item.input.text);
  return {
    kind: 'article', id: articleId(text), title: item.input.title ?? null, outlet: item.input.outlet ?? null,
    url: item.input.url ?? null, published: item.input.published ?? null, language: item.input.language ?? 'en',
    sentences: [], text,
  };
}

export function storedArticle(row: ArticleDbRow): ArticleRecord {
  return {
    kind: 'article', id: row.id, title: row.title, outlet: row.outlet, url: row.url, published: row.published,
    language: row.language, sentences: [], text: row.text ?? '',
  };
}

export function articleRow(r: ArticleDbRow): ArticleRow {
  return {
    id: r.id, docKey: r.doc_key, version: r.version, title: r.title, outlet: r.outlet, url: r.url,
    published: r.published, language: r.language, source: r.source, ingestedAt: r.ingested_at, recordCount: r.record_count,
  };
}

export function reviewOf(r: ReviewDbRow): Review {
  return {
    recordId: r.record_id, action: r.action, corrected: r.corrected ? (JSON.parse(r.corrected) as ParleyRecord) : null,
    reviewer: r.reviewer, note: r.note, at: r.at,
  };
}

export function storedRecord(row: RecordDbRow, raw: boolean): StoredRecord {
  const machine = JSON.parse(row.json) as ParleyRecord;
  const review: Review | null = row.rv_action
    ? { recordId: row.id, action: row.rv_action, corrected: row.rv_corrected ? (JSON.parse(row.rv_corrected) as ParleyRecord) : null,
        reviewer: row.rv_reviewer, note: row.rv_note, at: row.rv_at! }
    : null;
  const record = !raw && review?.action === 'correct' && review.corrected ? review.corrected : machine;
  return {
    id: row.id, article: row.article, kind: row.kind, record, machine, review, cluster: row.cluster_id,
    outlet: row.outlet, url: row.url, published: row.published,
  };
}

/**
 * Codes a page of stored articles for `recode`, concurrently so that a worker pool behind `coder`
 * is kept busy; an article the coder fails on is reported and keeps its records.
 */
export async function recodeRows<R>(
  rows: ArticleDbRow[],
  coder: (input: { text: string; title: string | null; outlet: string | null; url: string | null; published: string | null; language: string }) => Promise<R> | R,
  errors: { article: string; message: string }[],
): Promise<(R | null)[]> {
  return Promise.all(rows.map(async (row) => {
    try {
      return await coder({ text: row.text!, title: row.title, outlet: row.outlet, url: row.url, published: row.published, language: row.language });
    } catch (err) {
      errors.push({ article: row.id, message: err instanceof Error ? err.message : String(err) });
      return null;
    }
  }));
}

/** A reviewer's decision on a stored record, checked: a correction keeps the record's kind and id. */
export function newReview(input: ReviewInput, row: { kind: string; article: string }): Review {
  let corrected: ParleyRecord | null = null;
  if (input.action === 'correct') {
    const c = input.corrected;
    if (!c || typeof c !== 'object' || Array.isArray(c)) throw new Error('a correction needs the corrected record as a JSON object');
    if (c.kind !== undefined && c.kind !== row.kind) throw new Error(`a correction must keep the kind '${row.kind}' (got '${String(c.kind)}')`);
    corrected = { ...c, kind: row.kind, id: input.recordId, article: row.article } as ParleyRecord;
  }
  return { recordId: input.recordId, action: input.action, corrected, reviewer: input.reviewer ?? null, note: input.note ?? null, at: new Date().toISOString() };
}
