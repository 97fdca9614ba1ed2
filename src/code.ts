/**
 * The pure heart of Parley: one article and the knowledge base in, records out.
 * Stages: nlp → actors → attribution → events → time and places → negotiation.
 */
import type {
  Actor, ArticleInput, ArticleRecord, EventRecord, ParleyRecord, Place, PloverType, ProposalRecord, StatementRecord,
} from './model/records.js';
import { PLOVER_TYPES } from './model/records.js';
import type { Knowledge } from './knowledge/types.js';
import { articleId, normaliseText, recordId } from './nlp/normalise.js';
import { buildDoc, type Doc } from './nlp/doc.js';
import { findActors, type ActorIndex, type PlaceMention } from './actors/mentions.js';
import { findStatements, type Statement } from './attribution/statements.js';
import { findEvents, firstTokenAt, type CodedEvent } from './events/events.js';
import { findAppeals } from './events/appeals.js';
import { sentenceTargets, speakerCounterparts } from './events/counterparts.js';
import { findDates, type DateMention } from './time/dates.js';
import { findNegotiation } from './negotiation/negotiation.js';

export class InputError extends Error {}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Everything the stages found, for callers that want more than records (tests, the web view). */
export interface Analysis {
  doc: Doc;
  actors: ActorIndex;
  statements: Statement[];
  events: CodedEvent[];
  dates: DateMention[];
  records: ParleyRecord[];
}

export function code(input: ArticleInput, kb: Knowledge): ParleyRecord[] {
  return analyse(input, kb).records;
}

export function analyse(input: ArticleInput, kb: Knowledge): Analysis {
  if (typeof input.text !== 'string') throw new InputError('article text must be a string');
  const published = input.published ?? null;
  if (published !== null && !DATE_RE.test(published)) throw new InputError(`publication date must be YYYY-MM-DD, got '${published}'`);
  const text = normaliseText(input.text);
  if (text.length === 0) throw new InputError('article is empty');
  const id = articleId(text);
  const doc = buildDoc(text, kb.tagger);
  const actors = findActors(doc, kb, published);
  const dates: DateMention[] = [];
  for (const s of doc.sentences) {
    if (!s.heading) dates.push(...findDates(text.slice(s.start, s.end), s.start, published));
  }
  const statements = findStatements(doc, kb, actors);
  const events = [...sentenceTargets(doc, kb, actors, findEvents(doc, kb, actors, statements, dates)), ...findAppeals(doc, kb, actors, statements)];

  const article: ArticleRecord = {
    kind: 'article',
    id,
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    published,
    language: input.language ?? 'en',
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading })),
    text,
  };

  const datesBySentence = new Map<number, DateMention[]>();
  for (const d of dates) {
    const k = doc.tokens[firstTokenAt(doc, d.start)]!.sentence;
    datesBySentence.set(k, [...(datesBySentence.get(k) ?? []), d]);
  }
  const placesBySentence = new Map<number, PlaceMention[]>();
  for (const p of actors.places) placesBySentence.set(p.sentence, [...(placesBySentence.get(p.sentence) ?? []), p]);
  // A statement that goes on with the same speaker's earlier one in the sentence is no record of its own.
  const statementRecords = statements.filter((st) => st.record).map((st) => statementRecord(id, doc, datesBySentence.get(st.sentence) ?? [], placesBySentence.get(st.sentence) ?? [], st));
  const alignedEventRecords = events.map((ev) => eventRecord(id, doc, ev));
  const eventRecords = dedupeEvents(alignedEventRecords);
  const negotiation = findNegotiation({ articleId: id, doc, kb, actors, statements, statementRecords, events, eventRecords, published, dates });
  fillRecipientsFromProposals(doc, events, alignedEventRecords, negotiation);
  speakerCounterparts(kb, statements, events, alignedEventRecords);
  const rest: ParleyRecord[] = [...statementRecords, ...eventRecords, ...negotiation];
  rest.sort((a, b) => {
    const sa = (a as { sentence: number }).sentence;
    const sb = (b as { sentence: number }).sentence;
    if (sa !== sb) return sa - sb;
    const pa = (a as { span: [number, number] }).span[0];
    const pb = (b as { span: [number, number] }).span[0];
    return pa - pb;
  });
  return { doc, actors, statements, events, dates, records: [article, ...rest] };
}

export function placeOf(p: PlaceMention | null): Place | null {
  if (!p) return null;
  const place: Place = { text: p.text, name: p.place.name, country: p.place.country ?? null };
  if (typeof p.place.lat === 'number' && typeof p.place.lon === 'number') {
    place.lat = p.place.lat;
    place.lon = p.place.lon;
  }
  return place;
}

function statementRecord(article: string, doc: Doc, dates: DateMention[], places: PlaceMention[], st: Statement): StatementRecord {
  // The statement's own date and place are in its framing, outside the reported content.
  const framing = (start: number) => start < st.content[0] || start >= st.content[1];
  const date = dates.find((d) => framing(d.start)) ?? null;
  let place = st.place;
  if (!place) {
    place = places.find((p) => framing(doc.tokens[p.start]!.start) && /^(in|at)$/.test(doc.tokens[p.start - 1]?.lower ?? '')) ?? null;
  }
  return {
    kind: 'statement',
    id: recordId('st', article, st.sentence, st.span[0], st.span[1], st.rule),
    article,
    sentence: st.sentence,
    span: st.span,
    rule: st.rule,
    speaker: st.speaker.actor,
    cue: st.cue,
    addressee: st.addressee ? st.addressee.actor : null,
    // The outlet as the article names it ("TT", "AFP"); through "the news agency", its resolved name.
    channel: st.channel ? channelName(st.channel) : null,
    form: st.form,
    content: doc.text.slice(st.content[0], st.content[1]),
    content_span: st.content,
    date: date ? date.date : null,
    location: placeOf(place),
  };
}

function channelName(m: { kind: string; actor: Actor }): string {
  if (m.kind === 'anaphor' || m.kind === 'pronoun') return m.actor.name ?? m.actor.text;
  return m.actor.text.replace(/^the\s+/i, '');
}

function eventRecord(article: string, doc: Doc, ev: CodedEvent): EventRecord {
  const type = (PLOVER_TYPES as readonly string[]).includes(ev.entry.event) ? (ev.entry.event as PloverType) : 'CONSULT';
  const triggerSpan = `${doc.tokens[ev.trigger[0]]!.start}`;
  return {
    kind: 'event',
    id: recordId('ev', article, ev.sentence, triggerSpan, type, ev.rule),
    article,
    sentence: ev.sentence,
    span: ev.span,
    rule: `${ev.rule}:${ev.entry.lemma}`,
    event: type,
    mode: ev.mode,
    context: ev.entry.context ?? [],
    actor: ev.actors,
    recipient: ev.recipients,
    date: ev.date ? ev.date.date : null,
    date_text: ev.date ? ev.date.text : null,
    location: placeOf(ev.place),
    negated: ev.negated,
    hypothetical: ev.hypothetical,
    future: ev.future,
    asserted_by: ev.assertedBy,
    cameo: ev.entry.cameo ?? null,
  };
}

/**
 * "Hamas rejected the bridging proposal": accepting or rejecting a proposal is aimed at whoever
 * put it forward, which the negotiation stage knows even when the sentence does not say it.
 */
function fillRecipientsFromProposals(doc: Doc, events: CodedEvent[], records: EventRecord[], negotiation: ParleyRecord[]): void {
  const proposals = negotiation.filter((r): r is ProposalRecord => r.kind === 'proposal' && r.proposer.length > 0);
  if (proposals.length === 0) return;
  events.forEach((ev, k) => {
    const rec = records[k];
    if (!rec || rec.recipient.length > 0) return;
    if (!['AGREE', 'REJECT', 'SUPPORT', 'ACCUSE'].includes(rec.event)) return;
    const after = doc.tokens[ev.trigger[1] - 1]!.end;
    const sentenceEnd = doc.sentences[ev.sentence]!.end;
    for (const p of proposals) {
      const hit = p.mentions.some(([a]) => a >= after && a <= Math.min(sentenceEnd, after + 40));
      if (!hit) continue;
      const targets = p.proposer.filter((x) => !rec.actor.some((a) => (a.id ?? a.text) === (x.id ?? x.text)));
      if (targets.length) {
        rec.recipient = targets;
        rec.rule += '+recipient-proposer';
      }
      return;
    }
  });
}

function actorKey(list: Actor[]): string {
  return list.map((a) => a.id ?? a.text.toLowerCase()).sort().join('+');
}

/** Two triggers in one sentence for the same event ("attacked and killed") give one record. */
function dedupeEvents(events: EventRecord[]): EventRecord[] {
  const seen = new Set<string>();
  const out: EventRecord[] = [];
  for (const e of events) {
    const key = [e.sentence, e.event, actorKey(e.actor), actorKey(e.recipient), e.negated].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  // "shelled Kupiansk, killing two people": the second trigger repeats the first without its
  // target, and says nothing the first does not.
  const targeted = new Set(out.filter((e) => e.recipient.length > 0).map((e) => [e.sentence, e.event, actorKey(e.actor), e.negated].join('|')));
  return out.filter((e) => e.recipient.length > 0 || !targeted.has([e.sentence, e.event, actorKey(e.actor), e.negated].join('|')));
}
