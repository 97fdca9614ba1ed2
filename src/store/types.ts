/**
 * The store's contract. The SQLite store (src/store/sqlite.ts) implements it today, a PostgreSQL
 * one may later; the CLI, the HTTP API and the web page only ever see this interface.
 *
 * Every method is async so that a network database can implement the same interface; the SQLite
 * implementation resolves at once.
 *
 * Machine output (records) and reviewer decisions (reviews) are kept apart: recoding replaces
 * records and never touches reviews. Reviews key on record id, which is stable for the same
 * article text and the same dictionaries.
 */
import type { ArticleInput, ParleyRecord, PloverType, SentenceInfo } from '../model/records.js';

/** One article ready to be stored: what was coded, how it was found, and what code() returned. */
export interface IngestItem {
  input: ArticleInput;
  /**
   * What identifies "the same document" across edits: its url, else outlet + title, else the
   * file path (see docKeyOf in src/store/doc-key.ts). A new text under a known key is a new version.
   */
  docKey: string;
  /** Where it came from, for messages: "feeds/bbc.xml:120", "-:3". */
  source?: string | null;
  /** Output of code() for this input; must contain its ArticleRecord (kind 'article'). */
  records: ParleyRecord[];
}

export type IngestStatus = 'new' | 'duplicate' | 'version';

export interface IngestResult {
  status: IngestStatus;
  /** Article id: "sha256:" + hex digest of the normalised text. */
  id: string;
  /** 1 for the first text of a doc key, n+1 for each changed text. */
  version: number;
}

export interface ArticleRow {
  id: string;
  docKey: string;
  version: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  language: string;
  source: string | null;
  /** ISO 8601 timestamp of the ingest. */
  ingestedAt: string;
  /** Number of machine records (article record excluded). */
  recordCount: number;
}

export interface ArticleWithText extends ArticleRow {
  text: string;
  sentences: SentenceInfo[];
}

export interface ArticleQuery {
  outlet?: string;
  /** Published on or after, YYYY-MM-DD. */
  from?: string;
  /** Published on or before, YYYY-MM-DD. */
  to?: string;
  /** Full-text search over sentences (SQLite FTS5 query syntax; plain words work). */
  q?: string;
  docKey?: string;
  /** Only the newest version of each doc key (default true). */
  latestOnly?: boolean;
  limit?: number;
  offset?: number;
}

export type RecordKind = Exclude<ParleyRecord['kind'], 'article'>;

export interface RecordQuery {
  kind?: RecordKind | RecordKind[];
  /** PLOVER event type for events (ASSAULT...), the cue or form is not filtered by this. */
  type?: PloverType | string;
  /** Matches an actor's id, name, country (ISO3) or text, case-insensitive, in any role. */
  actor?: string;
  /** Record date (events, statements, positions) or else the article's published date. */
  from?: string;
  to?: string;
  outlet?: string;
  article?: string;
  /** Full-text search over the sentence the record comes from. */
  q?: string;
  /**
   * 'apply' (default): rejected records left out, corrected ones replaced by the correction.
   * 'raw': every record, `record` being the machine output, with its review attached.
   */
  reviews?: 'apply' | 'raw';
  /** Only the newest version of each document (default true). */
  latestOnly?: boolean;
  /** One record per event cluster (the earliest-ingested one), so counts are not inflated. */
  oneClusterMember?: boolean;
  limit?: number;
  offset?: number;
}

export type ReviewAction = 'confirm' | 'reject' | 'correct';

export interface ReviewInput {
  recordId: string;
  action: ReviewAction;
  /** Required for 'correct': the whole corrected record (same id and kind). */
  corrected?: ParleyRecord | null;
  reviewer?: string | null;
  note?: string | null;
}

export interface Review {
  recordId: string;
  action: ReviewAction;
  corrected: ParleyRecord | null;
  reviewer: string | null;
  note: string | null;
  /** ISO 8601 */
  at: string;
}

export interface StoredRecord {
  id: string;
  article: string;
  kind: RecordKind;
  /** The record as exports should show it: the correction when there is one (unless reviews: 'raw'). */
  record: ParleyRecord;
  /** The machine output, untouched by reviews. */
  machine: ParleyRecord;
  /** The latest review of this record, if any. */
  review: Review | null;
  /** Event cluster id (events only): records of the same real-world event share it. */
  cluster: string | null;
  /** Outlet, url and published date of the record's article, for citing. */
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export interface ClusterQuery {
  /** One cluster by its id. */
  id?: string;
  type?: string;
  actor?: string;
  from?: string;
  to?: string;
  outlet?: string;
  /** Only clusters reported by at least this many articles. */
  minArticles?: number;
  limit?: number;
  offset?: number;
}

/** One real-world event reported by one or more articles. */
export interface EventCluster {
  id: string;
  event: string;
  date: string | null;
  /** Event record ids, earliest ingested first. */
  records: string[];
  articles: string[];
  outlets: string[];
}

export interface TalksQuery {
  /** Negotiation name as roles give it, or an actor; both optional. */
  negotiation?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** What the record says about one negotiation: who plays what role, what is on the table. */
export interface TalksSummary {
  negotiation: string | null;
  roles: StoredRecord[];
  proposals: StoredRecord[];
  positions: StoredRecord[];
  demands: StoredRecord[];
}

export interface RecodeReport {
  articles: number;
  recordsBefore: number;
  recordsAfter: number;
  /** Reviews whose record no longer exists after recoding: kept, and listed here. */
  orphanReviews: Review[];
  errors: { article: string; message: string }[];
}

export interface StoreStats {
  articles: number;
  documents: number;
  records: Record<string, number>;
  reviews: number;
  clusters: number;
  schemaVersion: number;
}

export interface Store {
  /** Stores one article and its records atomically (all or nothing). */
  ingest(item: IngestItem): Promise<IngestResult>;
  /** Stores several in one transaction; each article still all or nothing. Results in order. */
  ingestBatch(items: IngestItem[]): Promise<IngestResult[]>;
  /** True when this exact normalised text (article id) is stored: lets callers skip coding it. */
  hasArticle(id: string): Promise<boolean>;

  articles(query?: ArticleQuery): Promise<ArticleRow[]>;
  article(id: string): Promise<ArticleWithText | null>;
  records(query?: RecordQuery): Promise<StoredRecord[]>;
  /** Like records() but streamed, for exports of a whole store. */
  iterateRecords(query?: RecordQuery): AsyncIterable<StoredRecord>;
  countRecords(query?: RecordQuery): Promise<number>;
  record(id: string): Promise<StoredRecord | null>;
  clusters(query?: ClusterQuery): Promise<EventCluster[]>;
  talks(query?: TalksQuery): Promise<TalksSummary[]>;

  review(input: ReviewInput): Promise<Review>;
  /** All reviews of one record (oldest first), or of all records. */
  reviews(recordId?: string): Promise<Review[]>;
  /** Reviews whose record id is not (or no longer) among the records. */
  orphanReviews(): Promise<Review[]>;

  /**
   * Recodes every stored article with `coder` (the current dictionaries), replacing machine
   * records and event links, keeping reviews.
   */
  recode(
    coder: (input: ArticleInput) => ParleyRecord[] | Promise<ParleyRecord[]>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RecodeReport>;

  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Opens the store named by --db: a file path for SQLite (default parley.db). */
export type OpenStore = (db?: string) => Promise<Store>;
