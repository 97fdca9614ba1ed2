/**
 * What the negotiation phases share for one article: the input, the vocabulary as sets, the
 * proposals found so far and the records each phase adds. One object per document, so that the
 * phases are small module-level functions rather than closures inside one giant function (which
 * V8 recompiled whole whenever any rare branch in it deoptimised).
 */
import type {
  Actor, DemandRecord, DisputeRecord, EventRecord, ParleyRecord, PositionRecord, ProposalRecord,
  RoleRecord, Stance, StatementRecord,
} from '../model/records.js';
import type { Doc, Token } from '../nlp/doc.js';
import type { Knowledge, NegotiationLexicon } from '../knowledge/types.js';
import type { ActorIndex } from '../actors/mentions.js';
import type { Statement } from '../attribution/statements.js';
import type { CodedEvent } from '../events/events.js';
import { Shallow } from '../syntax/shallow.js';
import { sameActor } from '../actors/resolve.js';
import type { DateMention } from '../time/dates.js';

export interface NegotiationInput {
  articleId: string;
  doc: Doc;
  kb: Knowledge;
  actors: ActorIndex;
  statements: Statement[];
  statementRecords: StatementRecord[];
  events: CodedEvent[];
  eventRecords: EventRecord[];
  published: string | null;
  dates: DateMention[];
}

export interface ProposalMention {
  sentence: number;
  start: number;
  end: number;
  head: number;
  proposer: Actor[];
  subject: string | null;
  version: string | null;
  versionKind: 'new' | 'old' | null;
  anaphoric: boolean;
  /** "an amended version of the Egyptian proposal": the text names both the version and its base. */
  versionOfNamed?: boolean;
  /** The sentence says this text differs from another ("X is different from Y"). */
  contrasted?: boolean;
  state?: ProposalState;
}

export interface ProposalState {
  key: number;
  noun: string;
  proposer: Actor[];
  subject: string | null;
  version: string | null;
  versionOf: ProposalState | null;
  mentions: ProposalMention[];
  rule: string;
  record?: ProposalRecord;
}

/** The vocabulary the phases look words up in, as sets and maps. */
export interface NegotiationWords {
  proposalNouns: Set<string>;
  subjectWords: Map<string, string>;
  newWords: Set<string>;
  oldWords: Set<string>;
  oneAnaphors: Set<string>;
  stanceNouns: Map<string, string>;
  demandNouns: Set<string>;
  negation: Set<string>;
  /** Nouns that name a proposal by themselves ("the Kennedy plan"). */
  strong: Set<string>;
  speechNouns: Set<string>;
  cueRoles: [Set<string>, RoleRecord['role']][];
}

export interface NegotiationContext {
  input: NegotiationInput;
  articleId: string;
  doc: Doc;
  tokens: Token[];
  kb: Knowledge;
  /** kb.negotiation. */
  lex: NegotiationLexicon;
  words: NegotiationWords;
  actors: ActorIndex;
  statements: Statement[];
  dates: DateMention[];
  sh: Shallow;
  states: ProposalState[];
  mentionsBySentence: Map<number, ProposalMention[]>;
  /** The proposal last resolved, what "the plan" with nothing more refers to. */
  recent: ProposalState | null;
  /** The stance "did the same" repeats. */
  lastStance: Stance | null;
  records: ParleyRecord[];
  positions: PositionRecord[];
  demands: DemandRecord[];
  demandSpans: { rec: DemandRecord; end: number }[];
  /** Record ids of proposals that are not on the table. */
  dropped: Set<string>;
  roles: RoleRecord[];
  disputes: DisputeRecord[];
}

function negotiationWords(kb: Knowledge): NegotiationWords {
  const lex = kb.negotiation;
  return {
    proposalNouns: new Set(lex.proposal_nouns),
    subjectWords: new Map(lex.subjects.map((x) => [x.word.toLowerCase(), x.subject])),
    newWords: new Set(kb.proposals.new_version_words),
    oldWords: new Set(kb.proposals.old_version_words),
    oneAnaphors: new Set(kb.proposals.one_anaphors),
    stanceNouns: new Map(lex.stance_nouns.map((x) => [x.word.toLowerCase(), x.stance])),
    demandNouns: new Set(lex.demand_nouns.map((x) => x.toLowerCase())),
    negation: new Set(kb.modality.negation),
    strong: new Set(kb.proposals.strong_nouns ?? []),
    speechNouns: new Set(kb.disputes.speech_nouns),
    cueRoles: [[new Set(lex.mediator_cues), 'mediator'], [new Set(lex.guarantor_cues), 'guarantor'], [new Set(lex.observer_cues), 'observer']],
  };
}

export function negotiationContext(input: NegotiationInput): NegotiationContext {
  const { doc, kb, actors } = input;
  return {
    input, articleId: input.articleId, doc, tokens: doc.tokens, kb, lex: kb.negotiation, words: negotiationWords(kb), actors,
    statements: input.statements, dates: input.dates, sh: new Shallow(doc, actors),
    states: [], mentionsBySentence: new Map(), recent: null, lastStance: null,
    records: [], positions: [], demands: [], demandSpans: [], dropped: new Set(), roles: [], disputes: [],
  };
}

/** The text of tokens [a, b). */
export function textOf(ctx: NegotiationContext, a: number, b: number): string {
  return ctx.doc.text.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end);
}

export function statementRecordFor(ctx: NegotiationContext, st: Statement | undefined): StatementRecord | undefined {
  return st ? ctx.input.statementRecords.find((r) => r.sentence === st.sentence && r.span[0] === st.span[0] && r.span[1] === st.span[1]) : undefined;
}

export function rootOf(p: ProposalState): ProposalState {
  let r = p;
  while (r.versionOf) r = r.versionOf;
  return r;
}

export function dedupe(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) if (!out.some((b) => sameActor(a, b))) out.push(a);
  return out;
}

export function nameOf(a: Actor): string {
  return a.name ?? a.text;
}
