/**
 * The JSON the HTTP API sends: the server builds these, the web page (web/) reads them, so both
 * sides share this one file of types. Pure types: nothing here may import Node modules.
 */
import type { ArticleRecord, ParleyRecord, SentenceInfo } from '../model/records.js';
import type { TalksState } from '../negotiation/talks.js';

export interface ApiError {
  /** Machine-readable: bad_request, unauthorized, forbidden, not_found, payload_too_large... */
  error: string;
  message: string;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** A reviewer's latest decision on a record, as lists show it. */
export interface ReviewInfo {
  action: 'confirm' | 'reject' | 'correct';
  reviewer: string | null;
  note: string | null;
  at: string;
}

/** A record as lists return it: the record (correction applied) plus where it comes from. */
export type ApiRecord = Exclude<ParleyRecord, ArticleRecord> & {
  review: ReviewInfo | null;
  cluster: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
};

export interface ApiArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  version: number;
  ingestedAt: string;
  recordCount: number;
}

/** One record of an article view: the machine output, with the correction and review if any. */
export interface ArticleViewRecord {
  record: Exclude<ParleyRecord, ArticleRecord>;
  corrected: ParleyRecord | null;
  review: ReviewInfo | null;
}

export interface ApiArticleDetail extends ApiArticle {
  text: string;
  sentences: SentenceInfo[];
  records: ArticleViewRecord[];
}

/** GET /api/records/:id: a record with its sentence, its article and all its reviews. */
export interface ApiRecordDetail {
  record: ParleyRecord;
  machine: ParleyRecord;
  review: ReviewInfo | null;
  reviews: (ReviewInfo & { corrected: ParleyRecord | null })[];
  sentence: string | null;
  article: { id: string; title: string | null; outlet: string | null; url: string | null; published: string | null } | null;
}

export interface IngestResponse {
  status: 'new' | 'duplicate' | 'version';
  id: string;
  version: number;
  records: number;
}

export type Relation = 'accuses' | 'rejects' | 'supports' | 'attacks' | 'engages';

export interface NetworkNode {
  id: string;
  name: string;
  /** Records the actor takes part in, as source or target of an edge. */
  weight: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  relation: Relation;
  weight: number;
  /** Up to 20 record ids behind the edge, for opening them. */
  records: string[];
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export type ApiTalks = TalksState;
