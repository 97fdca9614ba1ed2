/**
 * The output contract (see README "Record format"). Field names here are relied on by
 * other tools: add fields freely, never rename or drop.
 */

export type Span = [number, number];

export interface Actor {
  /** The words in the article ("Blinken", "the Israelis", "he"). */
  text: string;
  /** Canonical id from the actor dictionary, or null for an actor the dictionary lacks. */
  id: string | null;
  name: string | null;
  /** ISO 3166-1 alpha-3 of the state the actor is or belongs to. */
  country: string | null;
  sector: string | null;
  role: string | null;
  /** For people: the organisation or state their role is in (`HAMAS`, `USA`), when known. */
  org?: string | null;
}

export interface Place {
  text: string;
  name: string;
  country: string | null;
  lat?: number;
  lon?: number;
}

export interface SentenceInfo {
  start: number;
  end: number;
  heading: boolean;
}

export interface ArticleRecord {
  kind: 'article';
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  sentences: SentenceInfo[];
  /** The normalised text the offsets of every record refer to. */
  text: string;
}

interface Sourced {
  id: string;
  article: string;
  sentence: number;
  span: Span;
  rule: string;
}

export type StatementForm = 'direct' | 'indirect' | 'mixed' | 'according_to';

export interface StatementRecord extends Sourced {
  kind: 'statement';
  speaker: Actor;
  cue: string;
  addressee: Actor | null;
  channel: string | null;
  form: StatementForm;
  content: string;
  content_span: Span;
  date: string | null;
  location: Place | null;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface EventRecord extends Sourced {
  kind: 'event';
  event: PloverType;
  mode: string | null;
  context: string[];
  actor: Actor[];
  recipient: Actor[];
  date: string | null;
  date_text: string | null;
  location: Place | null;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  asserted_by: Actor | null;
  cameo: string | null;
}

export interface ProposalRecord extends Sourced {
  kind: 'proposal';
  label: string;
  proposer: Actor[];
  version: string | null;
  subject: string | null;
  mentions: Span[];
  /** Id of the proposal this one is a version of, when the text says they differ. */
  version_of: string | null;
}

export type Stance = 'accepts' | 'rejects' | 'objects' | 'conditional' | 'undecided';

export interface PositionRecord extends Sourced {
  kind: 'position';
  party: Actor;
  target: string;
  stance: Stance;
  asserted_by: Actor | null;
  date: string | null;
}

export interface DemandRecord extends Sourced {
  kind: 'demand';
  party: Actor;
  content: string;
  polarity: 'wants' | 'refuses';
  asserted_by: Actor | null;
}

export interface DisputeRecord extends Sourced {
  kind: 'dispute';
  claim: string;
  disputed_by: Actor;
  by_record: string;
  summary: string;
}

export interface RoleRecord extends Sourced {
  kind: 'role';
  actor: Actor;
  /** party | mediator | guarantor | observer */
  role: 'party' | 'mediator' | 'guarantor' | 'observer';
  negotiation: string | null;
}

export type ParleyRecord =
  | ArticleRecord
  | StatementRecord
  | EventRecord
  | ProposalRecord
  | PositionRecord
  | DemandRecord
  | DisputeRecord
  | RoleRecord;

/** What a caller hands to `code()`. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** YYYY-MM-DD */
  published?: string | null;
  language?: string;
}
