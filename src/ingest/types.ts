/** What input readers produce: articles ready for code(), or a reason one could not be read. */
import type { ArticleInput } from '../model/records.js';

export type SkipReason =
  | 'binary' | 'encoding' | 'empty' | 'too_large' | 'malformed' | 'unreadable' | 'unsupported' | 'coding_failed';

export interface SourceArticle {
  kind: 'article';
  input: ArticleInput;
  /** Where it was read: "dir/a.txt", "feed.jsonl:12", "-". */
  source: string;
  /** File path for single-article files (the doc key of last resort), else null. */
  path: string | null;
}

export interface SourceError {
  kind: 'error';
  source: string;
  reason: SkipReason;
  message: string;
}

export type SourceEvent = SourceArticle | SourceError;

export interface ReadOptions {
  /** Largest article text accepted, in bytes (UTF-8). */
  maxBytes: number;
  /** Metadata for articles that have none of their own (--date, --outlet, --url). */
  defaults: { published?: string | null; outlet?: string | null; url?: string | null };
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  constructor(readonly reason: SkipReason, message: string) {
    super(message);
  }
}
