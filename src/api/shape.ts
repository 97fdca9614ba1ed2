/** Store rows into the API's JSON shapes (see types.ts). */
import type { ArticleRecord, ParleyRecord } from '../model/records.js';
import type { ArticleRow, Review, StoredRecord } from '../store/types.js';
import type { ApiArticle, ApiRecord, ArticleViewRecord, ReviewInfo } from './types.js';

export function reviewInfo(r: Review | null): ReviewInfo | null {
  return r ? { action: r.action, reviewer: r.reviewer, note: r.note, at: r.at } : null;
}

export function apiRecord(r: StoredRecord): ApiRecord {
  return {
    ...(r.record as Exclude<ParleyRecord, ArticleRecord>),
    review: reviewInfo(r.review), cluster: r.cluster, outlet: r.outlet, url: r.url, published: r.published,
  };
}

export function articleViewRecord(r: StoredRecord): ArticleViewRecord {
  return {
    record: r.machine as Exclude<ParleyRecord, ArticleRecord>,
    corrected: r.review?.action === 'correct' ? r.review.corrected : null,
    review: reviewInfo(r.review),
  };
}

export function apiArticle(a: ArticleRow): ApiArticle {
  return {
    id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, language: a.language,
    version: a.version, ingestedAt: a.ingestedAt, recordCount: a.recordCount,
  };
}
