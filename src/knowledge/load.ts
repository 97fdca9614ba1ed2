/**
 * Reads data/ into a Knowledge: every *.json file of a folder, in name order, so users can add
 * their own files beside ours. Entries with an id already seen extend the earlier entry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenisePhrase } from '../nlp/doc.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { taggerLexicon } from '../nlp/repair.js';
import type {
  ActorRef, AnaphorEntry, CountryEntry, EventTrigger, GroupNounEntry, Knowledge, Modality,
  NegotiationLexicon, NominalLexicon, OrgEntry, DisputeLexicon, ProposalLexicon, RecipientLexicon, PersonEntry, PlaceEntry, SpeechCue, SupportVerb, TitleEntry,
} from './types.js';

/** data/ of this package, found by walking up from this module (works from src/ and dist/). */
export function defaultDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    if (existsSync(join(dir, 'data', 'actors'))) return join(dir, 'data');
    dir = dirname(dir);
  }
  throw new Error('cannot find the data/ directory of parley');
}

export class KnowledgeError extends Error {}

/** Every *.json file of a folder (the gazetteer), in name order. */
function readJsonFiles<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readJsonArrays<T>(dir, readdirSync(dir).filter((n) => n.endsWith('.json')).sort());
}

function readJsonArrays<T>(dir: string, files: string[]): T[] {
  const out: T[] = [];
  for (const name of files) {
    const path = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new KnowledgeError(`${path}: not valid JSON (${(err as Error).message})`);
    }
    if (!Array.isArray(parsed)) throw new KnowledgeError(`${path}: expected a JSON array of entries`);
    out.push(...(parsed as T[]));
  }
  return out;
}

function readJsonObject<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new KnowledgeError(`${path}: ${(err as Error).message}`);
  }
}

function mergeById<T extends { id: string; aliases?: string[] }>(entries: T[], extra: (a: T, b: T) => void): Map<string, T> {
  const map = new Map<string, T>();
  for (const e of entries) {
    if (!e || typeof e.id !== 'string') throw new KnowledgeError(`entry without an id: ${JSON.stringify(e).slice(0, 80)}`);
    const prev = map.get(e.id);
    if (!prev) {
      map.set(e.id, { ...e, aliases: [...(e.aliases ?? [])] });
    } else {
      prev.aliases = [...new Set([...(prev.aliases ?? []), ...(e.aliases ?? [])])];
      extra(prev, e);
    }
  }
  return map;
}

const tokenCache = new Map<string, string[]>();
/** Token texts of a phrase as the document tokeniser cuts them. */
function phraseTokens(phrase: string): string[] {
  let t = tokenCache.get(phrase);
  if (!t) {
    t = tokenisePhrase(phrase).map((x) => x.text);
    tokenCache.set(phrase, t);
  }
  return t;
}
function lowerKeys(phrase: string): string[] {
  return phraseTokens(phrase).map((t) => t.toLowerCase());
}
/** Lemma keys: each word of the phrase lemmatised the way documents are. */
function lemmaKeys(phrase: string): string[] {
  return tokenisePhrase(phrase.toLowerCase()).map((x) => x.lemma.toLowerCase());
}

export function loadKnowledge(dataDir: string = process.env.PARLEY_DATA || defaultDataDir()): Knowledge {
  const dir = resolve(dataDir);
  const countries = mergeById(readJsonFilesMatching<CountryEntry>(join(dir, 'actors'), 'countries'), (a, b) => {
    a.demonyms = [...new Set([...(a.demonyms ?? []), ...(b.demonyms ?? [])])];
    a.plurals = [...new Set([...(a.plurals ?? []), ...(b.plurals ?? [])])];
    a.metonyms = [...new Set([...(a.metonyms ?? []), ...(b.metonyms ?? [])])];
  });
  const orgs = mergeById(readJsonFilesMatching<OrgEntry>(join(dir, 'actors'), 'organizations'), () => {});
  const people = mergeById(readJsonFilesMatching<PersonEntry>(join(dir, 'actors'), 'people'), (a, b) => {
    a.roles = [...(a.roles ?? []), ...(b.roles ?? [])];
  });

  const actorMatcher = new PhraseMatcher<ActorRef>();
  for (const c of countries.values()) {
    for (const n of [c.name, ...(c.aliases ?? [])]) actorMatcher.add(lowerKeys(n), { kind: 'country', entry: c, form: 'name', pattern: phraseTokens(n) });
    for (const n of c.demonyms ?? []) actorMatcher.add(lowerKeys(n), { kind: 'country', entry: c, form: 'demonym', pattern: phraseTokens(n) });
    for (const n of c.plurals ?? []) actorMatcher.add(lowerKeys(n), { kind: 'country', entry: c, form: 'plural', pattern: phraseTokens(n) });
    for (const n of c.metonyms ?? []) actorMatcher.add(lowerKeys(n), { kind: 'country', entry: c, form: 'metonym', pattern: phraseTokens(n) });
  }
  for (const o of orgs.values()) {
    for (const n of [o.name, ...(o.aliases ?? [])]) actorMatcher.add(lowerKeys(n), { kind: 'org', entry: o, pattern: phraseTokens(n) });
  }
  for (const p of people.values()) {
    for (const n of [p.name, ...(p.aliases ?? [])]) actorMatcher.add(lowerKeys(n), { kind: 'person', entry: p, pattern: phraseTokens(n) });
  }

  const titleMatcher = new PhraseMatcher<TitleEntry>();
  for (const t of readJsonFilesMatching<TitleEntry>(join(dir, 'actors'), 'roles')) titleMatcher.add(lowerKeys(t.title), t);
  const groupMatcher = new PhraseMatcher<GroupNounEntry>();
  for (const g of readJsonFilesMatching<GroupNounEntry>(join(dir, 'actors'), 'groups')) groupMatcher.add(lowerKeys(g.noun), g);
  const anaphorMatcher = new PhraseMatcher<AnaphorEntry>();
  for (const a of readJsonFilesMatching<AnaphorEntry>(join(dir, 'actors'), 'anaphora')) anaphorMatcher.add(lowerKeys(a.phrase), a);

  const places = readJsonFiles<PlaceEntry>(join(dir, 'places'));
  const placeMatcher = new PhraseMatcher<PlaceEntry>();
  for (const p of places) for (const n of [p.name, ...(p.aliases ?? [])]) placeMatcher.add(lowerKeys(n), p);

  const lex = join(dir, 'lexicon');
  const speechMatcher = new PhraseMatcher<SpeechCue>();
  for (const s of readJsonFilesMatching<SpeechCue>(lex, 'speech')) speechMatcher.add(lemmaKeys(s.lemma), s);
  const eventMatcher = new PhraseMatcher<EventTrigger>();
  const eventEntries = readJsonFilesMatching<EventTrigger>(lex, 'events');
  for (const e of eventEntries) {
    if (!e.lemma || !e.event) throw new KnowledgeError(`event trigger needs lemma and event: ${JSON.stringify(e)}`);
    eventMatcher.add(lemmaKeys(e.lemma), e);
  }
  const supportMatcher = new PhraseMatcher<SupportVerb>();
  const supportEntries = readJsonFilesMatching<SupportVerb>(lex, 'support');
  for (const s of supportEntries) supportMatcher.add(lemmaKeys(s.lemma), s);
  const modality = readJsonObject<Modality>(join(lex, 'modality.json'));
  const negotiation = readJsonObject<NegotiationLexicon>(join(lex, 'negotiation.json'));
  const disputes = readJsonObject<DisputeLexicon>(join(lex, 'disputes.json'));
  const proposals = readJsonObject<ProposalLexicon>(join(lex, 'proposals.json'));
  const recipients = readJsonObject<RecipientLexicon>(join(lex, 'recipients.json'));
  const labels = existsSync(join(lex, 'labels.json')) ? readJsonObject<Record<string, string[]>>(join(lex, 'labels.json')) : {};
  const nominal = existsSync(join(lex, 'nominal.json')) ? readJsonObject<NominalLexicon>(join(lex, 'nominal.json')) : {};
  const stanceMatcher = new PhraseMatcher<{ lemma: string; stance: string }>();
  for (const v of negotiation.stance_verbs ?? []) stanceMatcher.add(lemmaKeys(v.lemma), v);
  const demandMatcher = new PhraseMatcher<{ lemma: string; polarity: string }>();
  for (const v of negotiation.demand_verbs ?? []) demandMatcher.add(lemmaKeys(v.lemma), v);
  const proposingMatcher = new PhraseMatcher<string>();
  for (const v of proposals.proposing_verbs ?? []) proposingMatcher.add(lemmaKeys(v), v);

  return {
    dataDir: dir, countries, orgs, people, places,
    actorMatcher, titleMatcher, groupMatcher, placeMatcher, anaphorMatcher,
    speechMatcher, eventMatcher, supportMatcher, modality, negotiation, disputes, proposals, recipients, labels, nominal,
    stanceMatcher, demandMatcher, proposingMatcher, tagger: taggerLexicon([...eventEntries, ...supportEntries.map((s) => ({ lemma: s.lemma, pos: ['VERB'] }))]),
  };
}

/** Files `NAME.json` and `NAME-*.json` (user extensions) of a folder, in name order. */
function readJsonFilesMatching<T>(dir: string, name: string): T[] {
  if (!existsSync(dir)) return [];
  return readJsonArrays<T>(dir, readdirSync(dir).filter((n) => n === `${name}.json` || (n.startsWith(`${name}-`) && n.endsWith('.json'))).sort());
}
