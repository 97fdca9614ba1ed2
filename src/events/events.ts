/**
 * PLOVER event coding. Triggers (verbs and event nouns) come from data/lexicon/events.json;
 * support verbs ("carry out", "take responsibility for") pass their subject to an event noun.
 * Each event gets its source and target actors, negation, future and hypothetical modes, the
 * speaker who asserts it when it is reported speech, and a date and place from its sentence.
 */
import type { Actor, Span } from '../model/records.js';
import type { Doc, Sentence } from '../nlp/doc.js';
import type { EventTrigger, Knowledge, SupportVerb } from '../knowledge/types.js';
import type { ActorIndex, Mention, PlaceMention } from '../actors/mentions.js';
import { isQuote, Shallow } from '../syntax/shallow.js';
import { partyKey } from '../actors/resolve.js';
import { statementCovering, type Statement } from '../attribution/statements.js';
import type { DateMention } from '../time/dates.js';

export interface CodedEvent {
  sentence: number;
  trigger: [number, number];
  entry: EventTrigger;
  actors: Actor[];
  recipients: Actor[];
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  assertedBy: Actor | null;
  date: DateMention | null;
  place: PlaceMention | null;
  span: Span;
  rule: string;
  mode: string | null;
}

const PURPOSE_PREPS = new Set(['for', 'toward', 'towards', 'about', 'on', 'over', 'of', 'regarding', 'concerning']);
/** Force against people or places. */
const FORCE = new Set(['ASSAULT', 'COERCE']);
/** Types whose target owns the object: "condemned their presence", "rejected his claims". */
const POSSESSED_TARGET = new Set(['ACCUSE', 'REJECT', 'PROTEST']);
/** Responses to a proposal, aimed at whoever put it forward. */
const PROPOSAL_RESPONSES = new Set(['AGREE', 'REJECT', 'SUPPORT']);
/** Aspect verbs before a gerund ("began withdrawing"): the event is the gerund's, the subject theirs. */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'keep']);
/** Types coded from a participle with an agent after a noun ("a truce mediated by", "civilians held by"). */
const REDUCED_RELATIVE_TYPES = new Set(['CONSULT', 'ASSAULT', 'COERCE', 'ACCUSE', 'REJECT', 'SANCTION', 'THREATEN']);
/** Verbal and diplomatic acts, which documents (resolutions, statements, letters) perform too. */
const VERBAL_TYPES = new Set(['SUPPORT', 'REJECT', 'AGREE', 'ACCUSE', 'REQUEST', 'THREATEN']);
/** Stances toward something someone else made: its author is the recipient. */
const STANCE_TYPES = new Set(['SUPPORT', 'REJECT', 'AGREE', 'ACCUSE']);
/** Prepositions of an adjunct that places a clause at talks: "after talks with", "in a phone call". */
const ADJUNCT_PREPS = new Set(['after', 'following', 'during', 'in', 'at', 'before']);
/** Types that, held out on a condition, are threats. */
const CONDITIONAL_THREAT = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
const LOCATIVE = new Set(['in', 'near', 'at', 'through', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'over', 'toward', 'towards']);

export function findEvents(doc: Doc, kb: Knowledge, actors: ActorIndex, statements: Statement[], dates: DateMention[]): CodedEvent[] {
  const dc = docContext(doc, kb, actors, statements, dates);
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const cx = sentenceContext(dc, s);
    findSupportVerbs(cx);
    codeTriggers(cx);
    refineSentenceEvents(cx);
  }
  return dc.out;
}

/**
 * What every step reads for one document: the document and its actors, the events coded so far
 * (`out`), and the sets built from the knowledge base once per call.
 */
type DocContext = ReturnType<typeof docContext>;

function docContext(doc: Doc, kb: Knowledge, actors: ActorIndex, statements: Statement[], dates: DateMention[]) {
  const { tokens } = doc;
  const mod = kb.modality;
  return {
    doc,
    kb,
    actors,
    statements,
    tokens,
    sh: new Shallow(doc, actors, new Set(kb.recipients.owner_participles ?? [])),
    out: [] as CodedEvent[],
    negation: new Set(mod.negation),
    negVerbs: new Set(mod.negating_verbs),
    futureAux: new Set(mod.future),
    futureVerbs: new Set(mod.future_verbs),
    hypo: new Set(mod.hypothetical),
    readiness: new Set(mod.readiness ?? []),
    intentionNouns: new Set(mod.intention_nouns ?? []),
    documentNouns: new Set(mod.speaking_documents ?? []),
    proposingVerbs: new Set(kb.proposals.proposing_verbs ?? []),
    proposalNouns: new Set(kb.negotiation.proposal_nouns),
    weaponNouns: new Set(kb.recipients.weapon_subjects ?? []),
    quantifiers: kb.recipients.quantifiers.map((q) => q.split(' ')),
    symmetricTypes: new Set(kb.recipients.symmetric_types),
    symmetricLemmas: new Set(kb.recipients.symmetric_lemmas),
    reactionVerbs: new Set(kb.recipients.reaction_verbs ?? []),
    thirdPartyVerbs: new Set(kb.recipients.third_party_verbs ?? []),
    reciprocalObjects: (kb.recipients.reciprocal_objects ?? []).map((w) => w.split(' ')),
    reciprocalVerbs: new Set(kb.recipients.reciprocal_verbs ?? []),
    reciprocalTypes: new Set(kb.recipients.reciprocal_types ?? []),
    accusedIsTarget: new Set(kb.recipients.accused_target_types ?? []),
    repelVerbs: (kb.recipients.repel_verbs ?? []).map((w) => w.split(' ')),
    locationTypes: new Set(kb.recipients.location_types ?? []),
    locationModes: new Set(kb.recipients.location_modes ?? []),
    locationLemmas: new Set(kb.recipients.location_lemmas ?? []),
    facilityNouns: new Set(kb.recipients.facility_nouns ?? []),
    homeVictims: new Set(kb.recipients.home_victims ?? []),
    datesBySentence: groupBy(dates, (d) => tokens[firstTokenAt(doc, d.start)]?.sentence ?? -1),
    placesBySentence: groupBy(actors.places, (p) => p.sentence),
    cueStarts: new Set(statements.map((st) => st.cueStart)),
    containerNouns: new Set(kb.recipients.container_nouns ?? []),
    appositiveNouns: new Set(kb.recipients.appositive_nouns ?? []),
    partitiveNouns: new Set(kb.nominal.partitive_nouns ?? []),
    occurrenceVerbs: new Set(kb.nominal.occurrence_verbs ?? []),
    targetSubjectVerbs: new Set(kb.nominal.target_subject_verbs ?? []),
    accusationTopicPreps: new Set(kb.nominal.accusation_topic_preps ?? []),
    suspensionPhrases: (kb.nominal.suspension_phrases ?? []).map((p) => p.split(' ')),
    suspendedTypes: kb.nominal.suspended_types ?? {},
    tripVerbs: new Set(kb.nominal.trip_verbs ?? []),
    stanceParticiples: new Set(kb.nominal.stance_participles ?? []),
    meansByVerbs: new Set(kb.nominal.means_by_verbs ?? []),
  };
}

/** The state of one sentence while its events are coded. */
interface SentenceContext {
  readonly doc: DocContext;
  readonly s: Sentence;
  /** Events of this sentence are out[firstOfSentence..]: lookups stay within the sentence. */
  readonly firstOfSentence: number;
  readonly lemmaAt: (i: number) => string | undefined;
  /** Quotation marks inside a phrase ('"pulled out" of') do not break it: the other tokens. */
  readonly unquoted: number[];
  /** Position of each token among the unquoted ones (-1 for a quotation mark). */
  readonly position: Int32Array;
  /** Event nouns carried by a support verb, by the noun's token. */
  readonly supportFor: Map<number, { verb: number; end: number; entry: SupportVerb }>;
  /** Tokens already part of a coded trigger. */
  readonly used: Set<number>;
  /** Support verbs whose event noun was coded through them. */
  readonly carriedBy: Set<number>;
}

function sentenceContext(dc: DocContext, s: Sentence): SentenceContext {
  const { tokens } = dc;
  const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
  // Quotation marks inside a phrase ('"pulled out" of') do not break it.
  const unquoted: number[] = [];
  for (let i = s.first; i < s.last; i++) if (!isQuote(tokens[i]!.text)) unquoted.push(i);
  // Position of each token among the unquoted ones (-1 for a quotation mark).
  const position = new Int32Array(s.last - s.first).fill(-1);
  for (let k = 0; k < unquoted.length; k++) position[unquoted[k]! - s.first] = k;
  return { doc: dc, s, firstOfSentence: dc.out.length, lemmaAt, unquoted, position, supportFor: new Map(), used: new Set(), carriedBy: new Set() };
}

/** Support verbs first: which event nouns do they carry? */
function findSupportVerbs(cx: SentenceContext): void {
  const { kb, tokens } = cx.doc;
  const { lemmaAt, s, supportFor } = cx;
  for (let i = s.first; i < s.last; i++) {
    // "U.S.-led talks": a participle inside a compound modifier supports nothing.
    if (tokens[i]!.pos !== 'VERB' || tokens[i - 1]?.text === '-') continue;
    const sm = kb.supportMatcher.matchesAt(i, lemmaAt)[0];
    if (!sm) continue;
    // ("held a joint search-and-rescue exercise": hyphens of a compound do not count as words.)
    let reach = sm.end + 7;
    for (let k = sm.end; k < Math.min(s.last, reach); k++) {
      const t = tokens[k]!;
      if (t.text === '-') reach++;
      // The event noun is the verb's object ("launched waves of missiles"); "put forward for a
      // ceasefire" names a purpose.
      // "U.S.-led ceasefire talks": a participle inside the noun phrase does not end it.
      // 'began "narrow and focused" ground raids': a closing quote does not end the noun phrase.
      const nextTok = isQuote(tokens[k + 1]?.text ?? '') ? tokens[k + 2] : tokens[k + 1];
      const adjectival = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (tokens[k - 1]?.text === '-' || nextTok?.pos === 'NOUN');
      // "announced 120 million pounds in humanitarian assistance": an amount passes to what it counts.
      const amountIn = t.lower === 'in' && [1, 2, 3].some((d) => tokens[k - d]?.pos === 'NUM' && k - d >= sm.end);
      if (t.text === ',' || t.text === '.' || (t.pos === 'VERB' && !adjectival) || (t.pos === 'ADP' && t.lower !== 'of' && !amountIn)) break;
      // "held separate talks with": a longer verb-only phrase at the noun ("talk with") does not
      // hide its noun reading.
      const em = phraseAt(cx, k).find((m) => m.values.some((e) => e.pos.includes('NOUN')));
      if (em) {
        // In a compound ("ceasefire talks") the last noun is the head.
        if (tokens[em.end]?.pos === 'NOUN' && kb.eventMatcher.matchesAt(em.end, lemmaAt).length > 0) continue;
        supportFor.set(k, { verb: i, end: sm.end, entry: sm.values[0]! });
        break;
      }
    }
  }
}

type ChosenTrigger = { end: number; entry: EventTrigger; asVerb: boolean };

/** Each trigger phrase of the sentence, as a verb or a noun, coded once. */
function codeTriggers(cx: SentenceContext): void {
  const { out } = cx.doc;
  const { s, used } = cx;
  for (let i = s.first; i < s.last; i++) {
    if (used.has(i)) continue;
    const matches = phraseAt(cx, i);
    const chosen = chooseTrigger(cx, i, matches);
    if (!chosen) continue;
    if (!chosen.asVerb) chosen.entry = modifiedSense(cx, i, chosen.end, chosen.entry);
    for (let k = i; k < chosen.end; k++) used.add(k);
    // "would withdraw if Hamas freed the hostages": the condition is what the offer or threat
    // asks for (its recipient's part), not an event of its own.
    if (inConditionClause(cx, s, i)) continue;
    const ev = codeSenses(cx, i, matches, chosen);
    if (ev) out.push(ev);
  }
}

/** The first entry of the phrases at i that fits, read as a verb or as a noun. */
function chooseTrigger(cx: SentenceContext, i: number, matches: { end: number; values: EventTrigger[] }[]): ChosenTrigger | undefined {
  const { tokens } = cx.doc;
  const { s } = cx;
  for (const m of matches) {
    const lastTok = tokens[m.end - 1]!;
    const head = tokens[i]!;
    for (const e of constrainedFirst(m.values)) {
      // wink sometimes tags a participle after "had" as a noun ("had shot down").
      // Nor is "aircraft shot down several drones" a noun: a particle after it makes a phrasal verb.
      // (After a possessive it is a noun: "Armenia's talks with Azerbaijan".)
      const phrasal = head.pos === 'NOUN' && m.end - i === 2 && ['ADP', 'ADV', 'PART'].includes(lastTok.pos) && !['DET', 'ADJ', 'ADP', 'NUM'].includes(tokens[i - 1]?.pos ?? 'DET') && !/^'s?$/.test(tokens[i - 1]?.text ?? '');
      // Participles wink tags ADJ ("mediated") fire as verbs when their entry allows it.
      const gerund = gerundNoun(cx, i, m.end);
      const verbLike = (head.pos === 'VERB' && !gerund) || phrasal || (head.pos === 'NOUN' && tokens[i - 1]?.lemma === 'have' && tokens[i - 1]?.pos === 'AUX') || (head.pos === 'ADJ' && e.pos.includes('ADJ') && head.lower.endsWith('ed'));
      if (e.pos.includes('VERB') && verbLike) {
        if (!fits(cx, e, i, m.end, true)) continue;
        return { end: m.end, entry: e, asVerb: true };
      }
      if (e.pos.includes('NOUN') && (gerund || ((lastTok.pos === 'NOUN' || (lastTok.pos === 'PROPN' && m.end - 1 === s.first) || nominalAdjective(cx, m.end - 1)) && head.pos !== 'VERB'))) {
        if (!fits(cx, e, i, m.end, false)) continue;
        return { end: m.end, entry: e, asVerb: false };
      }
    }
  }
  return undefined;
}

/**
 * Senses of the same words that depend on the object ("lifted sanctions" concedes, "lifted the
 * siege" withdraws; "called the sanctions unjustified" is no phone call): the restricted senses
 * first, then the plain ones; the first that codes an event wins.
 */
function codeSenses(cx: SentenceContext, i: number, matches: { end: number; values: EventTrigger[] }[], c: ChosenTrigger): CodedEvent | null {
  const { s } = cx;
  const pos = c.asVerb ? 'VERB' : 'NOUN';
  const senses = (matches.find((m) => m.end === c.end)?.values ?? []).filter((x) => x.pos.includes(pos) && fits(cx, x, i, c.end, c.asVerb));
  const restricted = (x: EventTrigger) => Boolean(x.labels);
  const order = senses.some(restricted) ? [...senses.filter(restricted), ...senses.filter((x) => !restricted(x))] : [c.entry];
  let ev: CodedEvent | null = null;
  for (const entry of order) {
    ev = c.asVerb ? verbEvent(cx, s, i, c.end, entry) : nounEvent(cx, s, i, c.end, entry);
    if (ev) break;
  }
  return ev;
}

/** Passes over the sentence's events once all are coded: duplicates dropped, targets and parties settled. */
function refineSentenceEvents(cx: SentenceContext): void {
  const { out } = cx.doc;
  const { carriedBy, firstOfSentence } = cx;
  // "China hit back with tariffs": a verb whose longer support phrase passed the act to a coded
  // noun is no event of its own.
  for (let q = out.length - 1; q >= firstOfSentence; q--) {
    const x = out[q]!;
    if (x.rule.startsWith('event:verb') && carriedBy.has(x.trigger[0])) out.splice(q, 1);
  }
  // An unattributed attack is the same one as an attributed attack in its sentence
  // ("peacekeepers were wounded when an Israeli tank fired").
  const assaults = out.slice(firstOfSentence).filter((x) => x.entry.event === 'ASSAULT');
  if (assaults.some((x) => x.actors.length === 0) && assaults.some((x) => x.actors.length > 0)) {
    for (let q = out.length - 1; q >= firstOfSentence; q--) if (out[q]!.entry.event === 'ASSAULT' && out[q]!.actors.length === 0) out.splice(q, 1);
  }
  repelledAttacks(cx, out, firstOfSentence);
  const here = out.slice(firstOfSentence);
  targetAccused(cx, here);
  participleTarget(cx, here);
  targetOfFirstConjunct(cx, here);
  releaseFromCaptor(cx, here);
  mediatedParties(cx);
  splitReciprocals(cx);
}

function landsOnPlace(cx: DocContext, e: EventTrigger): boolean {
  const { locationLemmas, locationModes, locationTypes } = cx;
  return locationTypes.has(e.event) || (e.mode != null && locationModes.has(e.mode)) || locationLemmas.has(e.lemma);
}

/** The trigger's own recipient prepositions, those of its type, and (for verbs) the direct object. */
function prepsFor(cx: DocContext, e: EventTrigger, verb: boolean): string[] {
  const { kb } = cx;
  const own = (e.recipient ?? []).filter((p) => verb || p !== 'obj');
  const typed = kb.recipients.preps[e.event] ?? [];
  const all = [...new Set([...own, ...typed])];
  return verb && !all.includes('obj') ? [...all, 'obj'] : all;
}

function phraseAt(cx: SentenceContext, i: number): { start: number; end: number; values: EventTrigger[] }[] {
  const { kb, tokens } = cx.doc;
  const { position, s, unquoted } = cx;
  const p = i >= s.first && i < s.last ? position[i - s.first]! : -1;
  if (p < 0) return [];
  const at = (first: string) => {
    // Most tokens start no phrase: ask the matcher only when the first key can open one.
    if (!kb.eventMatcher.opens(first)) return [];
    return kb.eventMatcher.matchesAt(p, (k) => (k === p ? first : k < unquoted.length ? tokens[unquoted[k]!]!.lemma : undefined))
      .map((m) => ({ start: i, end: unquoted[m.end - 1]! + 1, values: m.values }));
  };
  const found = at(tokens[i]!.lemma);
  if (found.length) return found;
  for (const v of lemmaVariants(cx, i)) {
    const alt = at(v);
    if (alt.length) return alt;
  }
  return found;
}

/**
 * Lemmas the tagger missed: a sentence-initial plural read as a proper noun and left as it is
 * ("Talks between ...", "Clashes erupted"), and a gerund noun left unlemmatised ("heavy
 * fighting"), which stands for its verb's noun ("fight").
 */
function lemmaVariants(cx: SentenceContext, i: number): string[] {
  const { actors, tokens } = cx.doc;
  const { unquoted } = cx;
  const t = tokens[i]!;
  if (t.lemma !== t.lower) return [];
  if (t.pos === 'PROPN' && i === unquoted[0] && !actors.byToken[i] && /s$/.test(t.lower)) {
    const w = t.lower;
    return [w.slice(0, -1), ...(/es$/.test(w) ? [w.slice(0, -2)] : []), ...(/ies$/.test(w) ? [w.slice(0, -3) + 'y'] : [])];
  }
  if (t.pos === 'NOUN' && /..ing$/.test(t.lower)) {
    const stem = t.lower.slice(0, -3);
    return [stem, stem + 'e', ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  }
  return [];
}

/**
 * A premodifier a few words before an event noun can select a longer entry: "their joint
 * Zapad-2025 military exercises" is a "joint military exercise" (COOPERATE), not a "military
 * exercise" (MOBILIZE).
 */
function modifiedSense(cx: SentenceContext, n0: number, n1: number, e: EventTrigger): EventTrigger {
  const { kb, tokens } = cx.doc;
  const { s } = cx;
  const tail: string[] = [];
  for (let k = n0; k < n1; k++) tail.push(tokens[k]!.lemma);
  const heads = tail.length > 1 ? [tail, tail.slice(-1)] : [tail];
  for (let q = n0 - 1; q >= Math.max(s.first, n0 - 6); q--) {
    const t = tokens[q]!;
    // ("a joint search-and-rescue exercise": any word of a hyphenated compound modifies the noun.)
    if (!(['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.text === '-' || tokens[q + 1]?.text === '-')) break;
    // "joint naval drills": the modifier with the whole trigger, or with its head noun alone.
    for (const h of heads) {
      const seq = [t.lemma, ...h];
      const m = kb.eventMatcher.matchesAt(0, (x) => seq[x]).find((x) => x.end === seq.length);
      const longer = m?.values.find((v) => v.pos.includes('NOUN'));
      if (longer) return longer;
    }
  }
  return e;
}

/**
 * "accused Washington of giving Israel cover to continue its offensive": a noun inside what
 * someone is accused of, like a verb there, is the accusation's content.
 */
function accusedContent(cx: SentenceContext, n0: number): boolean {
  const { kb, tokens } = cx.doc;
  const { lemmaAt, s } = cx;
  for (let k = n0 - 1; k >= Math.max(s.first, n0 - 10); k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';') return false;
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && /^(of|for)$/.test(tokens[k - 1]?.lower ?? '')) {
      for (let q = k - 2; q >= Math.max(s.first, k - 10); q--) {
        if (tokens[q]!.text === ',' || tokens[q]!.text === ';') return false;
        if (tokens[q]!.pos === 'VERB' && kb.eventMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((e) => e.event === 'ACCUSE'))) return true;
      }
      return false;
    }
  }
  return false;
}

/** "a wave of drone strikes", "days of clashes": "of" at q after a head that measures the event. */
function partitiveOf(cx: SentenceContext, q: number): boolean {
  const { partitiveNouns, tokens } = cx.doc;
  const { s } = cx;
  const h = tokens[q - 1];
  return tokens[q]!.lower === 'of' && !!h && q - 1 >= s.first && h.pos === 'NOUN' && partitiveNouns.has(h.lemma);
}

/**
 * A gerund heading a noun phrase, which the tagger may read as a verb: "Fighting between the
 * army and the RSF erupted", "Heavy fighting in Khartoum". Nothing but a determiner or an
 * adjective before it (or the sentence start), and no object after it.
 */
function gerundNoun(cx: SentenceContext, i: number, end: number): boolean {
  const { actors, tokens } = cx.doc;
  const { s } = cx;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || end !== i + 1 || !t.lower.endsWith('ing')) return false;
  const next = tokens[i + 1];
  if (!next || i + 1 >= s.last || ['NOUN', 'PROPN', 'PRON', 'DET', 'NUM', 'ADJ'].includes(next.pos) || actors.byToken[i + 1]) return false;
  if (i === s.first) return true;
  const prev = tokens[i - 1]!;
  return partitiveOf(cx, i - 1) || prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'PROPN' && i - 1 === s.first && !actors.byToken[i - 1]);
}

/**
 * The tagger reads some event nouns as adjectives ("launched a major offensive", "Israel's
 * offensive in Gaza"): an adjective that closes a determiner phrase is used as a noun.
 */
function nominalAdjective(cx: SentenceContext, k: number): boolean {
  const { tokens } = cx.doc;
  const { s } = cx;
  const t = tokens[k]!;
  if (t.pos !== 'ADJ') return false;
  const next = tokens[k + 1];
  if (next && k + 1 < s.last && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) return false;
  const prev = tokens[k - 1];
  // ("a new/ADV offensive": the tagger may read an adjective before it as an adverb.)
  return !!prev && k - 1 >= s.first && (['DET', 'ADJ', 'NUM'].includes(prev.pos) || (prev.pos === 'ADV' && tokens[k - 2]?.pos === 'DET') || prev.text === "'s" || prev.text === "'" || /^(its|their|his|her|our)$/.test(prev.lower));
}

/** Whether an entry's object and clause constraints hold for the trigger at [t0, t1). */
function fits(cx: SentenceContext, e: EventTrigger, t0: number, t1: number, asVerb: boolean): boolean {
  const { sh, tokens } = cx.doc;
  if (e.clause_has?.length) {
    const end = sh.clauseEnd(t0);
    let found = false;
    for (let k = t1; k < end && !found; k++) found = e.clause_has.includes(tokens[k]!.lemma);
    if (!found) return false;
  }
  if (e.subject_in?.length) {
    // A noun's subject is its support verb's: "the union staged a strike".
    const verb = asVerb ? t0 : cx.supportFor.get(t0)?.verb;
    if (verb === undefined || !subjectHeads(cx, verb).some((h) => e.subject_in!.includes(h))) return false;
  }
  if (!e.object_in?.length) return true;
  // "withdrew from peace talks", "allowed in more aid": the entry's own preposition or a particle may come first.
  const from = asVerb && (tokens[t1]?.lower === 'in' || (e.recipient ?? []).includes(tokens[t1]?.lower ?? '')) ? t1 + 1 : t1;
  return objectHeads(cx, t0, from, asVerb).some((h) => e.object_in!.includes(h));
}

/**
 * Head lemmas of the subject: the word before the verb group and, past a short locative phrase,
 * the noun it qualifies ("Protesters in Kinshasa attacked"). Lower case covers sentence-initial
 * plurals that the tagger leaves as proper nouns.
 */
function subjectHeads(cx: SentenceContext, v: number): string[] {
  const { sh, tokens } = cx.doc;
  const { s } = cx;
  const k = sh.verbGroupStart(v) - 1;
  if (k < s.first) return [];
  // "attacked and set fire to": the second verb shares the first one's subject.
  if ((tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') && tokens[k - 1]?.pos === 'VERB' && k - 1 < v) return subjectHeads(cx, k - 1);
  const out = [tokens[k]!.lemma, tokens[k]!.lower.replace(/s$/, '')];
  for (let q = k - 1; q > Math.max(s.first, k - 5); q--) {
    const t = tokens[q]!;
    if (LOCATIVE.has(t.lower) || t.lower === 'from' || t.lower === 'on') {
      const h = tokens[q - 1]!;
      if (h.pos === 'NOUN' || h.pos === 'PROPN') out.push(h.lemma, h.lower.replace(/s$/, ''));
      break;
    }
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos)) break;
  }
  return out;
}

/**
 * Head lemmas of what the trigger acts on: the direct object of an active verb, the subject of a
 * passive one, the "of" complement of a noun ("the lifting of sanctions"). A quantity or
 * container head passes to its own "of" complement ("thousands of reservists", "a package of
 * sanctions"); a gazetteer place adds "place:TYPE".
 */
function objectHeads(cx: SentenceContext, t0: number, t1: number, asVerb: boolean): string[] {
  const { actors, quantifiers, sh, tokens } = cx.doc;
  const { s } = cx;
  const out: string[] = [];
  const addPlace = (k: number) => { const p = actors.placeByToken[k]; if (p) out.push(`place:${p.place.type}`); };
  if (asVerb && sh.isPassive(t0)) {
    const k = sh.verbGroupStart(t0) - 1;
    if (k >= s.first && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) { out.push(tokens[k]!.lemma); addPlace(k); }
    return out;
  }
  let from = t1;
  if (!asVerb) {
    if (tokens[t1]?.lower !== 'of') return out;
    from = t1 + 1;
  }
  const limit = sh.clauseEnd(t0);
  for (let round = 0; round < 2; round++) {
    let head = -1;
    let k = from;
    const npStart = out.length;
    for (; k < Math.min(limit, from + 8); k++) {
      const t = tokens[k]!;
      // "more than 38,000 meals", "at least 20 trucks".
      const q = head < 0 ? quantifiers.find((words) => words.every((w, n) => tokens[k + n]?.lower === w)) : undefined;
      if (q) { k += q.length - 1; continue; }
      // "$15 million in arrears", "$1 billion of aid": the amount passes to what it counts.
      if (head < 0 && (t.lower === 'in' || t.lower === 'of') && tokens[k - 1]?.pos === 'NUM') continue;
      // "took control of much of the city", "seized all of the villages": a quantity word passes to its "of" complement.
      if (head < 0 && k === from && ['ADJ', 'DET', 'PRON'].includes(t.pos) && tokens[k + 1]?.lower === 'of') { k++; continue; }
      // "$500 million", "18.1 billion euros": an amount of money.
      if (head < 0 && (t.text === '$' || t.text === '€' || t.text === '£')) { out.push('money'); continue; }
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        // "give Ukraine 18.1 billion euros": an actor then an amount is an indirect object.
        const m = actors.byToken[k];
        if (asVerb && round === 0 && m && m.end === k + 1 && ['NUM', 'DET', 'SYM'].includes(tokens[k + 1]?.pos ?? '')) { out.push(t.lemma); head = -1; continue; }
        head = k; addPlace(k); continue;
      }
      // "halted its offensive against": an adjective ending its phrase is used as a noun.
      if (t.pos === 'ADJ' && head < 0 && k > from && ['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(tokens[k + 1]?.pos ?? 'PUNCT')) { head = k; continue; }
      // "long-standing opposition", "U.S.-led coalition", "its expanded controls", "the TPLF's registration".
      if (t.text === '-') continue;
      // "a three-day humanitarian truce": a hyphenated compound before an adjective modifies what follows.
      if (t.pos === 'ADJ' && head >= 0 && tokens[head - 1]?.text === '-') { head = -1; out.length = npStart; continue; }
      // The possessor is not the head: "Syria's arrears".
      if (t.text === "'s" || t.text === "'") { head = -1; out.length = npStart; continue; }
      if (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (tokens[k - 1]?.text === '-' || (head < 0 && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')))) continue;
      if (head >= 0) break;
      if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
    }
    if (head < 0) break;
    out.push(tokens[head]!.lemma);
    if (tokens[k]?.lower !== 'of') break;
    from = k + 1;
  }
  return out;
}

/**
 * "China hit back with tariffs", "struck back with drones": a support phrase longer than the
 * event verb it starts with passes the act to its noun; the verb alone is no event.
 */
function supportOutranks(cx: SentenceContext, sp: { verb: number; end: number }): boolean {
  const { kb } = cx.doc;
  const { lemmaAt } = cx;
  const own = kb.eventMatcher.matchesAt(sp.verb, lemmaAt).filter((m) => m.values.some((x) => x.pos.includes('VERB')));
  return own.every((m) => m.end < sp.end);
}

/** A verb trigger at [v, vEnd) with its entry, and what the steps of its coding share. */
interface VerbSite {
  readonly s: Sentence;
  readonly v: number;
  readonly vEnd: number;
  readonly e: EventTrigger;
  readonly gStart: number;
  /** The verb that governs this one ("threatened to attack"), or null. */
  readonly governing: number | null;
  readonly limit: number;
}

/** The parties found for a verb event; each step refines them in turn. */
interface VerbRoles {
  actorMs: Mention[];
  recipientMs: Mention[];
  place: PlaceMention | null;
  rule: string;
  /** The verb of the clause a reduced relative hangs on, whose group gives the modes. */
  clauseVerb: number | null;
}

type Intention = ReturnType<typeof intentionHeld>;

function verbEvent(cx: SentenceContext, s: Sentence, v: number, vEnd: number, e: EventTrigger): CodedEvent | null {
  const { sh, tokens } = cx.doc;
  if (inConditionClause(cx, s, v)) return null;
  const gStart = sh.verbGroupStart(v);
  // "have begun withdrawing", "started charging fees": the aspect verb carries the subject and modality.
  const aspect = tokens[v]!.lower.endsWith('ing') && gStart - 1 >= s.first && tokens[gStart - 1]!.pos === 'VERB' && ASPECT_VERBS.has(tokens[gStart - 1]!.lemma) ? gStart - 1 : null;
  // (Only a bare verb: "refused to release hostages and had rejected all offers" is finite.)
  const bare = gStart === v && tokens[v]!.lower === tokens[v]!.lemma;
  const governing = aspect ?? governingVerb(cx, gStart) ?? (bare ? coordinatedInfinitiveGovernor(cx, gStart) : null);
  if (verbIsNoEvent(cx, s, v, e, gStart, governing)) return null;
  const intent = intentionHeld(cx, gStart);
  const limit = sh.clauseEnd(v);
  const site: VerbSite = { s, v, vEnd, e, gStart, governing, limit };
  const r = verbRoles(cx, site, intent);
  if (!r) return null;
  subjectNounRoles(cx, site, r);
  // "Qatar hosted Hamas leaders", "a summit hosted by Trump": the guests are the source, the host
  // the target. A host of mere "talks" (no guest named as object) is the third party.
  // (The guest is the direct object: "hosted talks between Congo and Rwanda" names no guest.)
  const guestObject = r.recipientMs.some((m) => !m.modifier && !tokens.slice(vEnd, m.start).some((t) => t.pos === 'ADP'));
  if (e.swap_roles && (r.rule === 'event:passive' || (r.rule === 'event:verb' && guestObject))) [r.actorMs, r.recipientMs] = [r.recipientMs, r.actorMs];
  // A passive verb's object is its subject ("Goma's airport was seized by M23").
  if (e.requires_object && r.rule !== 'event:passive' && r.rule !== 'event:reduced-passive' && r.rule !== 'event:speaker' && r.recipientMs.length === 0 && !r.place && !sh.hasObject(vEnd - 1, e.recipient ?? ['obj'], limit) && objectHeads(cx, v, vEnd, true).length === 0) return null;
  if (e.requires_actor_object && !r.recipientMs.some((m) => !m.modifier)) return null;
  if (e.clause_subject_own && !ownSideClause(cx, site, r.actorMs)) return null;
  if (e.naming_not && namesObject(cx, vEnd, limit)) return null;
  // "calling the U.S. escalation a form of bullying", "described them as an unfriendly act": a
  // naming verb accuses (or rejects) only with a label of that kind.
  if (e.labels && !labelledNaming(cx, site, r)) return null;
  if (objectRulesOutSense(cx, site)) return null;
  const modes = verbModes(cx, site, aspect, intent, r.clauseVerb);
  if (!modes) return null;
  const ev = build(cx, s, v, vEnd, readyFor(cx, gStart, e), r.actorMs, r.recipientMs, r.place, modes.negated, modes.future, modes.hypothetical, r.rule);
  if (ev) responseToEarlierAct(cx, site, ev);
  return ev;
}

/**
 * "warned that the group would fight any attempt ...": a warning whose that-clause has the warner's
 * own side as subject threatens; "warned that Moscow was preparing an offensive" forecasts. Without
 * a that-clause the entry's other conditions decide.
 */
function ownSideClause(cx: SentenceContext, site: VerbSite, actorMs: Mention[]): boolean {
  const { sh, tokens } = cx.doc;
  let that = -1;
  for (let k = site.vEnd; k < Math.min(site.limit, site.vEnd + 6); k++) {
    if (tokens[k]!.lower === 'that') { that = k; break; }
    // "warned Hezbollah that ...": the warning is aimed at somebody, and the clause says what they risk.
    const named = sh.mentionStartingAt(k);
    if (named && !named.modifier) return true;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.text === ',') break;
  }
  if (that < 0) return true;
  // A threat says what will be done ("would fight", "will respond"); "warned that it faced a
  // shortfall" reports a plight.
  let modal = false;
  for (let k = that + 1; k < site.limit && !modal; k++) modal = tokens[k]!.pos === 'AUX' && /^(would|will|'ll|could|shall|wo)$/.test(tokens[k]!.lower);
  if (!modal) return false;
  // "warned that any attempt to ... would be treated as an act of war": what would follow any move
  // against the warner is a conditional threat.
  if (tokens[that + 1]?.lower === 'any') return true;
  const own = new Set(actorMs.map((m) => partyKey(m.actor)));
  for (let k = that + 1; k < Math.min(site.limit, that + 5); k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
    const m = sh.mentionStartingAt(k);
    if (m) return !m.modifier && own.has(partyKey(m.actor));
  }
  return false;
}

/** A verb that is the content or topic of another act, or a wish, or a hedge: no event of its own. */
function verbIsNoEvent(cx: SentenceContext, s: Sentence, v: number, e: EventTrigger, gStart: number, governing: number | null): boolean {
  const { kb, sh, tokens } = cx.doc;
  const { lemmaAt } = cx;
  // "threatened to attack", "urged Israel to withdraw": one event, the governing one.
  if (governing !== null && isEventTrigger(cx, governing)) return true;
  // "accusing Israel of violating the truce", "blamed Kyiv for attacking": what someone is accused
  // of is the content of the accusation, not an event of its own.
  const ofAt = tokens[v]!.lower.endsWith('ing') ? accusedGerundStart(cx, gStart) : -1;
  if (ofAt >= 0) {
    for (let q = ofAt - 1; q >= Math.max(s.first, ofAt - 9); q--) {
      if (tokens[q]!.pos === 'VERB' && isEventTrigger(cx, q)) return true;
      if (tokens[q]!.text === ',' || tokens[q]!.text === ';') break;
    }
  }
  // "the venue for signing the treaty", "plans for withdrawing troops": a gerund naming the
  // purpose or topic of a noun is no event.
  // ("days of fighting" is fighting.)
  const before = tokens[gStart - 1]?.lower ?? '';
  if (tokens[v]!.lower.endsWith('ing') && before !== 'of' && PURPOSE_PREPS.has(before) && tokens[gStart - 2]?.pos === 'NOUN') return true;
  // "they don't want Hamas to return": a wish or demand, not an event (negotiation keeps it as a demand).
  if (governing !== null && kb.demandMatcher.matchesAt(governing, lemmaAt).length > 0) return true;
  // "in what they called Pakistan's victory", "what Moscow called military targets": a hedge names
  // something; only the naming senses (with a label: "what it called aggression") are events.
  if (!e.labels && /^(call|describe|term)$/.test(tokens[v]!.lemma)) {
    const subj = sh.subjectOf(v);
    if (subj.length && tokens[subj[0]!.start - 1]?.lower === 'what') return true;
  }
  // "demanding that Netanyahu's government accept a deal", "Moscow's demand that Ukraine pull its
  // troops out": what is demanded is the demand's content, not an event.
  return demandedThat(cx, gStart);
}

/** Who acts and who is acted on, by the verb's construction: mediator, speaker, passive, intention or active clause. */
function verbRoles(cx: SentenceContext, site: VerbSite, intent: Intention): VerbRoles | null {
  const { quantifiers, sh, statements, tokens } = cx.doc;
  const { v, vEnd, e, limit } = site;
  // "agreed to a truce mediated by Qatar", "in a ceremony hosted by Trump": a participle on a noun
  // with its agent. The clause's subject are the parties; a host receives them as guests.
  // (A past participle: "mediated", "held"; not a finite "says" or a gerund.)
  const pastParticiple = site.gStart === v && !/(s|ing)$/.test(tokens[v]!.lower) && (tokens[v]!.lower !== tokens[v]!.lemma || /(ed|en|wn)$/.test(tokens[v]!.lower));
  const mediatorVerb = thirdPartyAt(cx, v) && pastParticiple;
  if (mediatorVerb && tokens[v - 1]?.text === '-') {
    // "accepted a Russian-mediated truce", "signed a Turkish-brokered deal": the modifier mediated
    // with the parties of the clause (mediatedParties); "China-brokered talks" are the noun's event.
    const mediator = sh.mentionEndingAt(v - 2);
    if (!mediator) return null;
    for (let k = vEnd; k < Math.min(limit, vEnd + 4) && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]!.pos); k++) if (eventNounAt(cx, k, 'CONSULT')) return null;
    return { actorMs: [mediator], recipientMs: [], place: null, rule: 'event:mediated-modifier', clauseVerb: null };
  } else if (mediatorVerb && tokens[v - 1]?.text === ',' && tokens[vEnd]?.lower === 'by') {
    // "Syria and Israel held talks in Paris, mediated by U.S. envoy Tom Barrack": the agent mediated.
    return { actorMs: sh.agentOf(vEnd - 1, limit), recipientMs: [], place: null, rule: 'event:mediated-by', clauseVerb: null };
  } else if (e.speaker_is_actor) {
    // "the United States and Britain would pay a heavy price, the official said": the speaker threatens them.
    const st = statementCovering(statements, v);
    if (!st) return null;
    return { actorMs: [st.speaker], recipientMs: sh.subjectOf(v), place: null, rule: 'event:speaker', clauseVerb: null };
  } else if (!sh.isPassive(v) && tokens[vEnd]?.lower === 'by' && pastParticiple && ['NOUN', 'PROPN'].includes(tokens[v - 1]?.pos ?? '')) {
    return reducedPassiveRoles(cx, site);
  } else if (sh.isPassive(v)) {
    return passiveVerbRoles(cx, site);
  } else if (intent) {
    // "Ethiopia had no intention of invading Eritrea": the holder of the intention acts.
    const actorMs = (ownSubject(cx, intent.have, sh.subjectOf(intent.have)) ?? []).map((m) => qualifiedGroup(cx, m));
    const recipientMs = sh.complement(vEnd - 1, prepsFor(cx.doc, e, true), limit, quantifiers).mentions.filter((m) => !actorMs.some((a) => sameParty(a.actor, m.actor)));
    return { actorMs, recipientMs, place: null, rule: 'event:verb+intention', clauseVerb: null };
  }
  const actorMs = activeVerbActors(cx, site);
  if (actorMs === null) return null;
  return { ...activeVerbObject(cx, site, actorMs), clauseVerb: null };
}

/** "talks hosted by Qatar", "Kenyans held hostage by al-Shabaab": a participle after a noun, with its agent. */
function reducedPassiveRoles(cx: SentenceContext, site: VerbSite): VerbRoles | null {
  const { sh } = cx.doc;
  const { v, vEnd, e, limit } = site;
  const agent = sh.agentOf(vEnd - 1, limit);
  // "talks hosted by Qatar": the event noun carries the agent itself. Meetings and hostile acts
  // are coded from such participles ("Kenyans held hostage by al-Shabaab", "a move condemned by
  // the UN"); support and aid are too loose ("a loan backed by frozen assets").
  // (Unless the noun was not coded: "after a night of talks mediated by Washington".)
  const nounCoded = eventNounAt(cx, v - 1, e.event) && lastInSentence(cx, (x) => x.trigger[1] === v) !== undefined;
  // Approval is no looser than criticism: "in a move welcomed by Saudi Arabia" (stance_participles).
  const stance = e.event === 'SUPPORT' && cx.doc.stanceParticiples.has(e.lemma);
  if (!(REDUCED_RELATIVE_TYPES.has(e.event) || stance) || agent.length === 0 || nounCoded) return null;
  // "M23 rebels backed by Rwanda": the noun is the party itself.
  const own = sh.mentionEndingAt(v - 1);
  const clause = own && !own.modifier ? { verb: null, subject: [own] } : clauseOf(cx, v, false);
  const [actorMs, recipientMs] = e.swap_roles ? [clause.subject, agent] : [agent, clause.subject];
  return { actorMs, recipientMs, place: null, rule: 'event:reduced-passive', clauseVerb: clause.verb };
}

/** A passive verb: the agent acts on the subject, or on a place named in the subject. */
function passiveVerbRoles(cx: SentenceContext, site: VerbSite): VerbRoles {
  const { actors, sh, tokens } = cx.doc;
  const { s, v, e, gStart, limit } = site;
  let actorMs = sh.agentOf(v, limit);
  let recipientMs = sh.subjectOf(v);
  let place: PlaceMention | null = null;
  if (recipientMs.length === 0) {
    const target = subjectPhraseTarget(cx, v);
    recipientMs = target.mentions;
    place = target.place;
  }
  let rule = 'event:passive';
  // "Goma's airport was seized": a place in the subject is where it happened, and whose.
  if (recipientMs.length === 0) {
    for (let q = gStart - 1; q >= Math.max(s.first, gStart - 5); q--) {
      const t = tokens[q]!;
      const p = actors.placeByToken[q];
      if (p) { place = p; break; }
      if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(t.pos)) break;
    }
  }
  // "Eritrea's army has been placed on high alert": forces mobilised belong to the actor.
  if (actorMs.length === 0 && e.event === 'MOBILIZE') { actorMs = recipientMs; recipientMs = []; rule = 'event:passive-mobilized'; }
  return { actorMs, recipientMs, place, rule, clauseVerb: null };
}

/** The subject of an active verb, or of what governs it; null when the verb is no event of its own. */
function activeVerbActors(cx: SentenceContext, site: VerbSite): Mention[] | null {
  const { sh, tokens } = cx.doc;
  const { s, v, e, gStart, governing } = site;
  const own = ownSubject(cx, v, coordinatedSubject(cx, v, VERBAL_TYPES.has(e.event)) ?? sh.subjectOf(v));
  if (own === null) return null;
  // "Russian strikes on Kyiv killed 12 people": the name in a coded event noun's complement is
  // its target, not this verb's subject; a verb of the same type reports the same act.
  const prep = own.length ? own[0]!.start - 1 : -1;
  if (prep >= s.first && tokens[prep]!.pos === 'ADP' && lastInSentence(cx, (x) => x.trigger[1] === prep && x.entry.event === e.event && !x.entry.pos.includes('VERB')) !== undefined) return null;
  let actorMs = own.map((m) => qualifiedGroup(cx, m));
  if (actorMs.length === 0 && governing !== null) actorMs = sh.subjectOf(governing);
  // "Serbia is ready to meet ...": the subject of the readiness.
  if (actorMs.length === 0 && readyAt(cx, gStart) >= 0) actorMs = sh.subjectOf(readyAt(cx, gStart));
  // "said after meeting Netanyahu", "killed ..., prompting condemnation": a participle takes
  // the subject of the clause it hangs on.
  // (A material act after a reporting frame is the reported clause's: "X launched a raid, the
  // army said, seizing weapons" is X seizing, not the army.)
  if (actorMs.length === 0 && tokens[v]!.lower.endsWith('ing')) actorMs = participleSubject(cx, v, VERBAL_TYPES.has(e.event), !VERBAL_TYPES.has(e.event));
  return actorMs;
}

/** The target of an active verb: its object or complement, or failing those who owns, authored or takes part in the object. */
function activeVerbObject(cx: SentenceContext, site: VerbSite, actorMs: Mention[]): { actorMs: Mention[]; recipientMs: Mention[]; place: PlaceMention | null; rule: string } {
  const { quantifiers, sh, tokens } = cx.doc;
  const { v, vEnd, e, limit } = site;
  let rule = 'event:verb';
  // The lexicon names the usual prepositions; the direct object is always a candidate too
  // ("freed 39 Palestinian women", "seized the Palestinian side of the crossing").
  // A phrase that ends in its own object ("send a delegation", "cut ties") takes no other object.
  const ownObject = vEnd - v > 1 && tokens[vEnd - 1]!.pos === 'NOUN';
  // "struck what it said were Hezbollah weapons depots": the object follows the hedge.
  const objAnchor = hedgedObject(cx, vEnd, limit);
  let comp = sh.complement(objAnchor, prepsFor(cx.doc, e, !ownObject), limit, quantifiers);
  // "objections to the American proposal, while Israel has approved it": what one accepts,
  // rejects or backs is a proposal, so "it" stands for the nearest proposal named before it,
  // and the response is to that proposal's author, if the text names one.
  const proposalPronoun = PROPOSAL_RESPONSES.has(e.event) ? comp.mentions.find((m) => m.rule === 'actor:pronoun' && !m.plural && m.gender === null) : undefined;
  const proposalNoun = proposalPronoun ? lastProposalNoun(cx, proposalPronoun.start) : -1;
  if (proposalPronoun && proposalNoun >= 0) {
    const author = sh.objectPhraseActor(nounPhraseStart(cx, proposalNoun) - 1, proposalNoun + 1, actorMs);
    const authors = author && !actorMs.some((a) => sameParty(a.actor, author.actor)) ? [author] : [];
    comp = { ...comp, mentions: comp.mentions.flatMap((m) => (m === proposalPronoun ? authors : [m])) };
    rule = 'event:verb+pronoun-proposal';
  }
  comp = { ...comp, mentions: comp.mentions.map((m) => rebindObjectPronoun(cx, m, actorMs)) };
  // "Israel would not withdraw its forces from Rafah": the actor's own forces are not the target.
  if (comp.mentions.length && comp.mentions.every((m) => actorMs.some((a) => a.actor.id !== null && a.actor.id === m.actor.id))) {
    const after = comp.mentions[comp.mentions.length - 1]!.end - 1;
    comp = sh.complement(after, prepsFor(cx.doc, e, false), limit, quantifiers);
  }
  // "recaptured Wad Madani from the RSF": the party it was taken from is the target, not the town.
  if (comp.mentions.length === 0 && comp.place && (e.recipient ?? []).includes('from')) {
    const from = sh.complement(comp.place.end - 1, ['from'], limit, quantifiers);
    if (from.mentions.length) comp = { mentions: from.mentions, place: comp.place };
  }
  // "stormed El Fasher, the army's last stronghold": force on a place that an appositive says is
  // a party's is aimed at that party.
  if (comp.mentions.length === 0 && comp.place && FORCE.has(e.event)) {
    const owner = appositiveOwner(cx, comp.place.end, limit, actorMs);
    if (owner) comp = { mentions: [owner], place: comp.place };
  }
  // "vowed that Congo would ...": the subject of a that-clause is no target, except of a demand
  // ("demanded that Iran end its support").
  // ("complained that the bloc had done nothing": what is charged is the subject's doing.)
  let recipientMs = e.event === 'REQUEST' || e.event === 'ACCUSE' ? comp.mentions : comp.mentions.filter((m) => !tokens.slice(vEnd, m.start).some((t) => t.lower === 'that' && t.pos === 'SCONJ'));
  // "signed a Turkish-brokered deal": the mediator named on the object is no party to it.
  recipientMs = recipientMs.filter((m) => !mediatorModifier(cx, m));
  let place = comp.place;
  // "sent a delegation to the Luanda talks": a city naming an event is its venue, not a party.
  if (place && eventNounAt(cx, place.end)) place = null;
  recipientMs = recipientMs.filter((m) => !(m.rule === 'actor:country-metonym' && eventNounAt(cx, m.end)));
  if (recipientMs.length === 0 && !place) recipientMs = relativeObject(cx, v);
  if (place) return { actorMs, recipientMs, place, rule };
  const indirect = indirectVerbTarget(cx, site, actorMs, recipientMs, objAnchor);
  return indirect ? { actorMs, recipientMs: indirect.recipientMs, place, rule: indirect.rule } : { actorMs, recipientMs, place, rule };
}

/**
 * With no object of its own named (or only the actor), an active verb's target is the author of
 * the proposal responded to, the owner, author or a party of its object, or the party of the act
 * agreed to or refused.
 */
function indirectVerbTarget(cx: SentenceContext, site: VerbSite, actorMs: Mention[], recipientMs: Mention[], objAnchor: number): { recipientMs: Mention[]; rule: string } | null {
  const { sh } = cx.doc;
  const { vEnd, e, limit } = site;
  // (A relative clause read as the object's may have named the actor itself.)
  const onlyOwn = recipientMs.every((m) => actorMs.some((a) => sameParty(a.actor, m.actor)));
  if (onlyOwn && PROPOSAL_RESPONSES.has(e.event)) {
    const author = proposalAuthor(cx, vEnd, limit, actorMs);
    if (author.length) return { recipientMs: author, rule: 'event:verb+proposal-author' };
  }
  if (recipientMs.length) return null;
  if (POSSESSED_TARGET.has(e.event)) {
    const owner = possessiveObjectOwner(cx, vEnd, limit, actorMs);
    if (owner.length) return { recipientMs: owner, rule: 'event:verb+object-possessor' };
  }
  {
    const inner = sh.objectPhraseActor(objAnchor, limit, actorMs);
    // "summoned the ambassadors of Britain and France": every conjunct of the phrase.
    if (inner && !mediatorModifier(cx, inner) && !(inner.rule === 'actor:country-metonym' && eventNounAt(cx, inner.end))) return { recipientMs: inner.modifier ? [inner] : sh.conjoinedRight(inner, limit), rule: 'event:verb+object-phrase' };
  }
  // "rejected the rival government announced by the RSF", "backed efforts by Berri": the author
  // of what is backed or rejected.
  if (STANCE_TYPES.has(e.event)) {
    const author = objectAuthor(cx, vEnd, limit);
    if (author.length) return { recipientMs: author, rule: 'event:verb+object-author' };
  }
  // "refused to hand over the suspects to Pakistan", "agreed to return the children to
  // Ukraine": the party of the act agreed to or refused is the party of the agreement or refusal.
  const inner = infinitiveParty(cx, vEnd, limit, actorMs);
  if (inner.length) return { recipientMs: inner, rule: 'event:verb+infinitive-party' };
  return null;
}

/**
 * "U.S. duties on Chinese goods will fall": the state qualifying the subject noun acts, the
 * one in its "on" phrase is the target.
 */
function subjectNounRoles(cx: SentenceContext, site: VerbSite, r: VerbRoles): void {
  const { quantifiers, sh, tokens } = cx.doc;
  const { s, e, gStart } = site;
  if (!(e.subject_in?.length && r.rule !== 'event:passive')) return;
  for (let h = gStart - 1; h >= Math.max(s.first, gStart - 7); h--) {
    if (!e.subject_in.includes(tokens[h]!.lemma) && !e.subject_in.includes(tokens[h]!.lower.replace(/s$/, ''))) continue;
    const owner = sh.mentionEndingAt(h - 1) ?? (tokens[h - 1]?.text === "'s" ? sh.mentionEndingAt(h - 2) : undefined);
    const on = sh.complement(h, ['on', 'against'], gStart, quantifiers);
    // Without a qualifier the levying state is not named; the "on" party is only the target.
    if (owner || on.mentions.length) {
      r.actorMs = owner ? [owner] : [];
      r.recipientMs = on.mentions.length ? on.mentions : r.recipientMs;
      r.rule = 'event:verb+subject-noun';
    }
    break;
  }
}

/**
 * A naming verb with a label of its entry's kind ("calling the U.S. escalation a form of
 * bullying"): false when no such label follows or nobody named is its target; otherwise the
 * roles become those of the naming.
 */
function labelledNaming(cx: SentenceContext, site: VerbSite, r: VerbRoles): boolean {
  const { actors, kb, statements, tokens } = cx.doc;
  const { lemmaAt } = cx;
  const { s, v, vEnd, e, limit } = site;
  let at = labelStart(cx, vEnd, limit);
  // "..., a move the government called a violation", "an election the opposition called a
  // sham": the object is the antecedent, so the label follows the verb.
  if (at < 0 && ['DET', 'ADJ', 'NOUN'].includes(tokens[vEnd]?.pos ?? '') && gappedObject(cx, v)) at = vEnd;
  const words = new Set(kb.labels[e.labels!] ?? []);
  let found = false;
  for (let k = at; at >= 0 && k < Math.min(limit, at + 8) && !found; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !/ed$/.test(t.lower))) break;
    found = words.has(t.lemma) || words.has(t.lower);
  }
  if (!found) return false;
  // "rejected the decision, calling it unjust": the naming elaborates the rejection or accusation.
  if (tokens[v]!.lower.endsWith('ing') && tokens[v - 1]?.text === ',') {
    for (let q = v - 2; q >= s.first; q--) {
      if (tokens[q]!.pos !== 'VERB' || tokens[q]!.lower.endsWith('ing')) continue;
      if (kb.eventMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((x) => x.event === e.event || x.event === 'REJECT' || x.event === 'ACCUSE'))) return false;
      break;
    }
  }
  // "The Kremlin said the new U.S. sanctions would not ... and described them as": sanctions name
  // nothing; the one who does is the speaker.
  const subjEnd = r.actorMs[r.actorMs.length - 1]?.end;
  if (subjEnd !== undefined && tokens[subjEnd]?.pos === 'NOUN' && kb.eventMatcher.matchesAt(subjEnd, lemmaAt).some((m) => m.values.some((x) => x.pos.includes('NOUN')))) {
    const st = statementCovering(statements, v);
    r.actorMs = st ? [st.speaker] : [];
  }
  const actorMs = r.actorMs;
  let recipientMs = r.recipientMs.filter((m) => m.start < at && (m.actor.id || m.actor.country) && !actorMs.some((a) => sameParty(a.actor, m.actor)));
  // "calling it a provocation": the pronoun stands for what the other side did, named before.
  if (recipientMs.length === 0 && tokens[vEnd]?.pos === 'PRON') {
    for (let k = v - 1; k >= s.first; k--) {
      const m = actors.byToken[k];
      if (m && m.start === k && (m.actor.id || m.actor.country) && m.kind !== 'pronoun' && !actorMs.some((a) => sameParty(a.actor, m.actor))) { recipientMs = [m]; break; }
    }
  }
  // "..., a move the government in Kinshasa called a violation of its sovereignty": what is
  // named is the act the appositive renames, so its actor is the target.
  if (recipientMs.length === 0 && actorMs.length) recipientMs = relativeObject(cx, v).filter((m) => named(cx, m) && !actorMs.some((a) => sameParty(a.actor, m.actor)));
  // "called the move a grave sin", "calling the decision unfriendly": a named act whose doer the
  // sentence does not give is still criticised (PLOVER ACCUSE without a target). A bare noun or
  // a name as object ("called Hamas terrorists") must name the target.
  if (recipientMs.length === 0 && !namedActObject(cx, vEnd, at)) return false;
  r.recipientMs = recipientMs;
  r.rule = recipientMs.length ? 'event:naming' : 'event:naming-act';
  return true;
}

/** "the move", "this decision", "it": a definite object of a naming verb, ending where the label starts. */
function namedActObject(cx: SentenceContext, vEnd: number, atIn: number): boolean {
  const { tokens } = cx.doc;
  // ("described the move as": the label starts after "as".)
  const at = tokens[atIn - 1]?.lower === 'as' ? atIn - 1 : atIn;
  if (at === vEnd + 1 && tokens[vEnd]!.pos === 'PRON' && /^(it|them|this|that)$/.test(tokens[vEnd]!.lower)) return true;
  if (at < vEnd + 2 || at > vEnd + 4 || !/^(the|this|that|these|those|its|their)$/.test(tokens[vEnd]!.lower)) return false;
  for (let k = vEnd + 1; k < at; k++) if (!['NOUN', 'ADJ'].includes(tokens[k]!.pos)) return false;
  return tokens[at - 1]!.pos === 'NOUN' && cx.doc.actors.byToken[at - 1] === undefined;
}

/** Whether what the object is, or is for or made into, rules out the entry's sense. */
function objectRulesOutSense(cx: SentenceContext, site: VerbSite): boolean {
  const { tokens } = cx.doc;
  const { vEnd, e, limit } = site;
  if (e.object_purpose_not?.length) {
    for (let k = vEnd; k < Math.min(limit, vEnd + 8) && tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'VERB'; k++) {
      if (!e.object_purpose_not.includes(tokens[k]!.lemma)) continue;
      if (tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.pos === 'VERB') return true;
      break;
    }
  }
  if (e.object_not && e.object_not.length) {
    const head = objectHead(cx, vEnd, limit);
    if (head && e.object_not.includes(head) && !otherConjunct(cx, vEnd, limit, e.object_not)) return true;
    // "signed the package into law": what the object is made into tells the sense too.
    for (let k = vEnd; k < Math.min(limit, vEnd + 10) && tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'VERB'; k++) {
      if (tokens[k]!.lower !== 'into') continue;
      const made = objectHead(cx, k + 1, limit);
      if (made && e.object_not.includes(made)) return true;
      break;
    }
  }
  return false;
}

/**
 * "sent rescue teams and $13.8 million in emergency aid": a second object conjunct whose head
 * the entry allows keeps the sense.
 */
function otherConjunct(cx: SentenceContext, from: number, limit: number, not: string[]): boolean {
  const { tokens } = cx.doc;
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || (t.pos === 'ADP' && t.lower !== 'of') || t.text === ',') return false;
    if (t.lower !== 'and') continue;
    const head = objectHead(cx, k + 1, limit);
    // ("and $13.8 million in emergency aid": an amount of money.)
    if (head === null) return /^[$€£]$/.test(tokens[k + 1]?.text ?? '');
    return !not.includes(head);
  }
  return false;
}

/** Negation, future and hypothetical mode of a verb event from its verb group; null for an obligation. */
function verbModes(cx: SentenceContext, site: VerbSite, aspect: number | null, intent: Intention, clauseVerb: number | null): { negated: boolean; future: boolean; hypothetical: boolean } | null {
  const { cueStarts, futureAux, futureVerbs, hypo, negVerbs, negation, sh, tokens } = cx.doc;
  const { s, v, vEnd, gStart, governing } = site;
  const group = clauseVerb !== null ? verbGroupWords(cx, sh.verbGroupStart(clauseVerb), clauseVerb)
    : verbGroupWords(cx, gStart, v).concat(aspect !== null ? verbGroupWords(cx, sh.verbGroupStart(aspect), aspect) : []);
  // "Kyiv must give up its ambition": an obligation is what someone demands, not an event.
  if (group.includes('must')) return null;
  // "ended the talks without agreeing to extend the truce": a gerund after a negating preposition.
  const negGerund = tokens[v]!.lower.endsWith('ing') && tokens[gStart - 1]?.pos === 'ADP' && negation.has(tokens[gStart - 1]!.lower);
  const neg = tokens[gStart - 1]?.lower === 'without' || group.some((w) => negation.has(w)) || (governing !== null && negVerbs.has(tokens[governing]!.lemma)) || yetTo(cx, gStart) || negGerund || intent?.negated === true;
  let future = group.some((w) => futureAux.has(w)) || (governing !== null && futureVerbs.has(tokens[governing]!.lemma)) || intent !== null;
  // "Israel would strike if the truce collapsed, Katz warned": the condition is the content's, not the warning's.
  const reporting = cueStarts.has(v);
  let hypothetical = group.some((w) => hypo.has(w)) || (!reporting && inConditional(cx, s, v));
  if (pastFuture(cx, group, v, vEnd)) { future = true; hypothetical = false; }
  return { negated: neg, future, hypothetical };
}

/** A reaction to a proposal or an accusation coded earlier in the sentence is aimed at its author. */
function responseToEarlierAct(cx: SentenceContext, site: VerbSite, ev: CodedEvent): void {
  const { kb, proposalNouns, proposingVerbs } = cx.doc;
  const { vEnd, e, limit } = site;
  // "Kyiv had proposed a full ceasefire, but Moscow had not accepted the offer": the reaction is to
  // the proposer, and the proposal to the one reacting.
  if ((e.event === 'REJECT' || e.event === 'AGREE') && proposalNouns.has(objectHead(cx, vEnd, limit) ?? '')) {
    const proposer = lastInSentence(cx, (x) => x !== ev && x.entry.event === 'AGREE' && proposingVerbs.has(x.entry.lemma) && !x.actors.some((a) => ev.actors.some((b) => sameParty(a, b))));
    if (proposer) {
      if (ev.recipients.length === 0) { ev.recipients = proposer.actors; ev.rule += '+proposer'; }
      if (proposer.recipients.length === 0) proposer.recipients = ev.actors;
    }
  }
  // "Trump accused China ..., and Beijing rejected the charge": a rejected accusation is the accuser's.
  if (e.event === 'REJECT' && ev.recipients.length === 0) {
    const head = objectHead(cx, vEnd, limit);
    const accusation = head !== null && kb.eventMatcher.matchesAt(0, (k) => (k === 0 ? head : undefined)).some((m) => m.values.some((x) => x.event === 'ACCUSE'));
    const accuser = accusation ? lastInSentence(cx, (x) => x.entry.event === 'ACCUSE') : undefined;
    if (accuser && !accuser.actors.some((a) => ev.actors.some((b) => sameParty(a, b)))) {
      ev.recipients = accuser.actors;
      ev.rule += '+accuser';
    }
  }
}

/** A noun trigger at [n0, n1) with its entry, and what the steps of its coding share. */
interface NounSite {
  readonly s: Sentence;
  readonly n0: number;
  readonly n1: number;
  readonly e: EventTrigger;
  readonly headNoun: number;
  readonly limit: number;
  /** The token before the noun's modifiers and possessive mark. */
  readonly k: number;
  /** The possessor or modifier that names the actor ("Hamas' objections", "Israeli attacks"). */
  readonly owner: Mention | undefined;
  /** Where the owner's phrase starts, with its coordinated modifiers (-1 without an owner). */
  readonly ownerStart: number;
  /** The support verb that carries the noun ("launched an offensive"). */
  readonly support: { verb: number; end: number; entry: SupportVerb } | undefined;
}

/** The actor, rule and modes found for a noun event; each step refines them in turn. */
interface NounDraft {
  actorMs: Mention[];
  rule: string;
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
}

type NounOwner = { k: number; owner: Mention | undefined; ownerStart: number; coModifiers: Mention[] };

function nounEvent(cx: SentenceContext, s: Sentence, n0: number, n1: number, e: EventTrigger): CodedEvent | null {
  const { sh, tokens } = cx.doc;
  const { supportFor } = cx;
  if (inConditionClause(cx, s, n0)) return null;
  const headNoun = n1 - 1;
  const carried = [...Array(n1 - n0).keys()].some((d) => supportFor.has(n0 + d));
  if (nounIsNoEvent(cx, s, n0, n1, e, carried)) return null;
  const limit = sh.clauseEnd(headNoun);
  const d: NounDraft = { actorMs: [], rule: 'event:noun', negated: false, future: false, hypothetical: false };
  const { k, owner, ownerStart, coModifiers } = nounOwner(cx, s, n0, n1);
  if (owner) {
    // "retaliation for U.S. tariffs", "in response to Beijing's export controls", "since the
    // Israeli offensive": an earlier act named as cause, topic or time, not the news.
    if (!carried && referencedBefore(cx, ownerStart)) return null;
    d.actorMs = owner.modifier ? [...coModifiers, owner] : sh.conjoinedLeft(owner);
    d.rule = 'event:noun-possessor';
    // "demanded Pashinyan's resignation", "denounced the Israeli strikes", "agreed to Baku's
    // demand": the noun is what the verb's act is about, coded once by the verb. A participle
    // of its own ("sanctions imposed on its leaders") still reports it.
    const ownParticiple = tokens[n1]?.pos === 'VERB' && /(ed|en|wn)$/.test(tokens[n1]!.lower);
    if (!ownParticiple && objectOfEventVerb(cx, ownerStart)) return null;
  }
  d.hypothetical = inConditional(cx, s, n0);
  let support = supportFor.get(n0);
  for (let q = n0 + 1; !support && q < n1; q++) support = supportFor.get(q);
  // "signed a peace agreement": the verb is an event of its own and codes the act once.
  // ("brokered a truce between A and B that took effect": the relative clause reports the truce
  // itself, with its own parties; the broker's act is the verb's.)
  if (support && isEventTrigger(cx, support.verb) && !supportOutranks(cx, support)) {
    if (!relativeOccurrence(cx, n1)) return null;
    support = undefined;
  }
  // "the EU's naval mission said": some nouns name a body as often as an act.
  if (e.support_only && !support) return null;
  const site: NounSite = { s, n0, n1, e, headNoun, limit, k, owner, ownerStart, support };
  if (d.actorMs.length === 0 && support && !supportVerbActors(cx, site, support, d)) return null;
  // "carried out an airstrike at the request of the Somali government": the "of" phrase of a
  // request in an "at the ... of" adjunct asks, and the clause's subject is asked.
  if (d.actorMs.length === 0 && !support && e.event === 'REQUEST' && tokens[n1]?.lower === 'of' && tokens[n0 - 1]?.lower === 'the' && /^(at|upon)$/.test(tokens[n0 - 2]?.lower ?? '')) {
    const src = sh.mentionStartingAt(n1 + 1);
    if (!src || src.modifier) return null;
    const asker = sh.conjoinedRight(src, limit);
    const asked = clauseOf(cx, n0 - 2, false).subject.filter((m) => !asker.includes(m));
    return build(cx, s, n0, n1, e, asker, asked, null, false, false, d.hypothetical, 'event:noun-at-request');
  }
  const gerundObject = adjunctMeeting(cx, site, d);
  const hostedBy = nounAgent(cx, site, d);
  // "Clashes broke out between Armenian and Azerbaijani forces": after a predicate of occurrence too.
  const pred = support ? null : predicateModes(cx, n0, n1, limit);
  const between = betweenNounParties(cx, site, pred, d);
  modifierModes(cx, site, d);
  const comp = nounTarget(cx, site, between, d);
  let recipientMs = comp.mentions.filter((m) => !d.actorMs.includes(m));
  if (recipientMs.length === 0 && !comp.place) {
    let p0 = owner ? ownerStart : n0;
    while (p0 - 1 >= s.first && /^(a|an|the)$/.test(tokens[p0 - 1]!.lower)) p0--;
    const rr = reducedRelativeTarget(cx, p0);
    if (rr.mentions.length || rr.place) {
      d.rule += '+reduced-relative';
      return build(cx, s, n0, n1, e, d.actorMs, rr.mentions.filter((m) => !d.actorMs.includes(m)), rr.place, d.negated, d.future, d.hypothetical, d.rule);
    }
  }
  recipientMs = nounPartiesInContext(cx, site, hostedBy, gerundObject, d, recipientMs, comp.place);
  // "Wang Yi told Min Aung Hlaing during a meeting in Tianjin that ...": the addressee of the
  // clause's speech verb is the one met.
  if (d.rule === 'event:noun-adjunct' && recipientMs.length === 0 && !comp.place && e.event === 'CONSULT') recipientMs = toldInMeeting(cx, n0).filter((m) => !d.actorMs.some((a) => sameParty(a.actor, m.actor)));
  // Talks with nobody named ("scolded him during a meeting") say too little about who met whom.
  if (d.rule === 'event:noun-adjunct' && recipientMs.length === 0 && !comp.place && d.actorMs.flatMap((m) => m.group ?? [m]).length < 2) return null;
  // "Talks between Kyiv and Moscow will resume", "Negotiations with the ELN did not resume": the
  // noun as subject takes the mode of its predicate.
  if (!support) predicateNounModes(cx, site, pred, d);
  const entry = suspendedEntry(cx, site, d);
  const ev = build(cx, s, n0, n1, entry, d.actorMs, recipientMs, comp.place, d.negated, d.future, d.hypothetical, d.rule);
  if (ev && support) cx.carriedBy.add(support.verb);
  return ev;
}

/** "told X during a meeting", "told X at talks in Washington": the addressee X right after the speech verb before the adjunct. */
function toldInMeeting(cx: SentenceContext, n0: number): Mention[] {
  const { actors, kb, tokens } = cx.doc;
  const { lemmaAt, s } = cx;
  for (let q = n0 - 1; q >= Math.max(s.first, n0 - 14); q--) {
    const t = tokens[q]!;
    if (t.text === ',' || t.text === ';') return [];
    if (t.pos !== 'VERB') continue;
    if (!kb.speechMatcher.matchesAt(q, lemmaAt).some((m) => m.end === q + 1 && m.values.some((c) => c.addressee))) return [];
    // ("told his Moroccan counterpart Nasser Bourita", "told junta leader Min Aung Hlaing": the
    // first name of the object phrase, past its modifiers.)
    for (let k = q + 1; k < Math.min(n0, q + 7) && tokens[k]!.pos !== 'ADP' && tokens[k]!.pos !== 'VERB'; k++) {
      const m = actors.byToken[k];
      if (m && !m.modifier && m.end <= n0) return [m];
    }
    return [];
  }
  return [];
}

/** A noun that names a proposal, a goal or topic, an earlier act, an audience or what is accused: no event of its own. */
function nounIsNoEvent(cx: SentenceContext, s: Sentence, n0: number, n1: number, e: EventTrigger, carried: boolean): boolean {
  const { actors, kb, proposalNouns, tokens } = cx.doc;
  const { lemmaAt } = cx;
  // "a ceasefire proposal", "the peace deal": the noun names a proposal, not an event.
  if (proposalNouns.has(tokens[n1]?.lemma ?? '')) return true;
  // "a plan for a ceasefire", "talks on a truce", "the terms of an agreement": a goal or a
  // topic, not something that happened.
  if (!carried) {
    let q = n0 - 1;
    while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM')) q--;
    if (q >= s.first && PURPOSE_PREPS.has(tokens[q]!.lower) && !partitiveOf(cx, q) && !(e.event === 'CONSULT' && tripFor(cx, q))) return true;
    // "since the Oct. 7 attack by Hamas": a date names the earlier act the news is measured from.
    let r = n0 - 1;
    while (r >= s.first && (['DET', 'ADJ', 'NUM'].includes(tokens[r]!.pos) || (tokens[r]!.pos === 'PROPN' && !actors.byToken[r]) || tokens[r]!.text === '.')) r--;
    if (r >= s.first && tokens[r]!.lower === 'since') return true;
  }
  // "told a rally in Goma", "addressed a protest": the audience of a speaker, not an event.
  {
    let q = n0 - 1;
    while (q >= s.first && ['DET', 'ADJ', 'NUM'].includes(tokens[q]!.pos)) q--;
    if (q >= s.first && tokens[q]!.pos === 'VERB' && kb.speechMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((c) => c.addressee))) return true;
  }
  return accusedContent(cx, n0);
}

/** Possessor or modifier before the noun: "Hamas' objections", "Israeli attacks", "Russia's new offensive". */
function nounOwner(cx: SentenceContext, s: Sentence, n0: number, n1: number): NounOwner {
  const { actors, sh, tokens } = cx.doc;
  let k = n0 - 1;
  // ("Russian drone and missile strikes": coordinated noun modifiers.)
  // ("Chisinau's repeated/VERB demands": a participle right after a possessive modifies the noun.)
  const modifierAt = (q: number) => tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM' || (tokens[q]!.pos === 'NOUN' && !actors.byToken[q]) || (tokens[q]!.pos === 'VERB' && /ed$/.test(tokens[q]!.lower) && /^'s?$/.test(tokens[q - 1]?.text ?? ''));
  while (k >= s.first && (modifierAt(k) || (tokens[k]!.lower === 'and' && k + 1 < n1 - 1 && tokens[k + 1]!.pos === 'NOUN' && k - 1 >= s.first && tokens[k - 1]!.pos === 'NOUN'))) k--;
  if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
  let owner = k >= s.first ? sh.mentionEndingAt(k) : undefined;
  // "the Pretoria agreement", "the Doha talks": a city naming the event is no actor.
  if (owner && owner.rule === 'actor:country-metonym' && tokens[owner.end]?.text !== "'s") owner = undefined;
  // "the U.S. and Israeli strikes": coordinated modifiers share the noun.
  let ownerStart = owner ? owner.start : -1;
  const coModifiers: Mention[] = [];
  while (owner?.modifier && /^(and|,)$/.test(tokens[ownerStart - 1]?.lower ?? '')) {
    const m = sh.mentionEndingAt(ownerStart - 2);
    // ("U.S." is a name, not an adjective, but qualifies the noun the same way.)
    if (!m || !(m.modifier || (m.kind === 'country' && /^[A-Z.]+$/.test(tokens[m.end - 1]!.text)))) break;
    coModifiers.unshift(m);
    ownerStart = m.start;
  }
  return { k, owner, ownerStart, coModifiers };
}

/** The subject of the support verb acts, in the verb's modes; false when the noun is no event of its own. */
function supportVerbActors(cx: SentenceContext, site: NounSite, support: { verb: number; end: number; entry: SupportVerb }, d: NounDraft): boolean {
  const { futureAux, hypo, negation, sh } = cx.doc;
  const sv = support.verb;
  const own = sh.isPassive(sv) ? sh.agentOf(sv, site.limit) : ownSubject(cx, sv, sh.subjectOf(sv));
  if (own === null) return false;
  d.actorMs = own;
  if (d.actorMs.length === 0 && readyAt(cx, sh.verbGroupStart(sv)) >= 0) d.actorMs = sh.subjectOf(readyAt(cx, sh.verbGroupStart(sv)));
  // "responded by announcing the deployment of troops": a support gerund naming the means takes
  // the subject of the clause. (Not any participle: "on suspicion of plotting mass unrest",
  // "making it the largest displacement crisis".)
  // So does one right after an instrument, for its signer: "issued a decree on Wednesday granting
  // an amnesty".
  if (d.actorMs.length === 0 && cx.doc.tokens[sv]!.lower.endsWith('ing') && (cx.doc.tokens[sv - 1]?.lower === 'by' || onDocument(cx, sv))) d.actorMs = participleSubject(cx, sv, true);
  if (d.actorMs.length === 0) {
    const gov = governingVerb(cx, sh.verbGroupStart(sv));
    if (gov !== null) {
      if (isEventTrigger(cx, gov)) return false;
      d.actorMs = sh.subjectOf(gov);
    }
  }
  d.rule = support.entry.claim ? 'event:claimed' : 'event:support-verb';
  const group = verbGroupWords(cx, sh.verbGroupStart(sv), sv);
  d.negated = group.some((w) => negation.has(w));
  d.future = group.some((w) => futureAux.has(w)) || Boolean(support.entry.future);
  d.hypothetical = d.hypothetical || group.some((w) => hypo.has(w));
  if (pastFuture(cx, group, sv, sv + 1)) { d.future = true; d.hypothetical = false; }
  const gov = governingVerb(cx, sh.verbGroupStart(sv));
  return !(gov !== null && isEventTrigger(cx, gov));
}

/**
 * "said after talks with U.S. officials", "agreed in a phone call", "after meeting Xi": talks in
 * an adjunct of a clause are held by the clause's subject; talks "hosted by" someone are the
 * host's (the "by" agent, nounAgent), with the clause's subjects as the parties it hosts.
 * Returns the object of a gerund noun ("after meeting Netanyahu"), if any.
 */
function adjunctMeeting(cx: SentenceContext, site: NounSite, d: NounDraft): Mention[] {
  const { actors, sh, tokens } = cx.doc;
  const { s, n0, n1, e, headNoun, limit, support } = site;
  let gerundObject: Mention[] = [];
  // So is a fight "with" someone: "took the town after heavy fighting with the RSF".
  const foughtWith = e.event === 'ASSAULT' && Boolean(e.symmetric) && tokens[n1]?.lower === 'with';
  // And so is a joint act: "killed 13 militants in a joint operation", "during joint patrols".
  const jointAct = e.event === 'COOPERATE' && Boolean(e.symmetric);
  if (d.actorMs.length === 0 && !support && (e.event === 'CONSULT' || foughtWith || jointAct)) {
    let q = n0 - 1;
    while (q >= s.first && !actors.byToken[q] && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[q]!.pos) || (tokens[q]!.pos === 'VERB' && /(ed|ing)$/.test(tokens[q]!.lower)) || partitiveOf(cx, q))) q--;
    // "in"/"at" attach loosely: "her role in the talks" names no meeting of the clause's subject, and
    // "ready to compromise in talks" is a prospect.
    const loose = q >= s.first && /^(in|at)$/.test(tokens[q]!.lower);
    // (A joint act is no role: "killed 13 militants in a joint operation".)
    if (q >= s.first && (ADJUNCT_PREPS.has(tokens[q]!.lower) || tripFor(cx, q)) && !(loose && tokens[q - 1]?.pos === 'NOUN' && !jointAct)) {
      const clause = clauseSubject(cx, q, loose);
      const agent = sh.agentOf(headNoun, limit);
      if (agent.length === 0 && clause.length) { d.actorMs = clause; d.rule = 'event:noun-adjunct'; }
      // "after meeting Netanyahu": wink tags the gerund as a noun; the name after it is its object.
      const obj = n1 === n0 + 1 && tokens[n0]!.lower.endsWith('ing') ? sh.mentionStartingAt(n1) : undefined;
      if (obj && !obj.modifier) gerundObject = sh.conjoinedRight(obj, limit);
    }
  }
  return gerundObject;
}

/** The actor named after the noun: its "by" agent, a support participle's agent, or "from" whom it comes. Returns whether a host is the agent. */
function nounAgent(cx: SentenceContext, site: NounSite, d: NounDraft): boolean {
  const { sh, thirdPartyVerbs, tokens } = cx.doc;
  const { n1, e, headNoun, limit } = site;
  let hostedBy = false;
  // "a truce mediated by Qatar": the agent is the participle's when that is an event of its own.
  if (d.actorMs.length === 0 && !participleOfOtherEvent(cx, n1, e.event)) {
    const agent = sh.agentOf(headNoun, limit);
    // "a truce mediated by Qatar": a mediator or host is no party to the truce, though it
    // takes part in the talks it hosts.
    // (wink may tag the participle as an adjective: "mediated/ADJ".)
    const p = tokens[headNoun + 1];
    const third = !!p && (p.pos === 'VERB' || p.pos === 'ADJ') && [p.lemma, p.lower.replace(/d$/, ''), p.lower.replace(/ed$/, '')].some((f) => thirdPartyVerbs.has(f));
    if (agent.length && !(third && e.event !== 'CONSULT')) { d.actorMs = agent; d.rule = 'event:noun-by'; hostedBy = third; }
  }
  // "the attack on the convoy, claimed by the Islamic State", "strikes on Kharkiv carried out by
  // Russian bombers": a support participle after the noun's phrase names who did it.
  if (d.actorMs.length === 0) {
    const by = supportParticipleAgent(cx, n1, limit);
    if (by.length) { d.actorMs = by; d.rule = 'event:noun-support-by'; }
  }
  // "condemnation from Britain, Australia and Poland", "support from the EU".
  if (d.actorMs.length === 0 && tokens[n1]?.lower === 'from' && ['ACCUSE', 'SUPPORT', 'REQUEST', 'REJECT', 'THREATEN', 'PROTEST', 'AID'].includes(e.event)) {
    const src = sh.mentionStartingAt(n1 + 1);
    if (src && !src.modifier) { d.actorMs = sh.conjoinedRight(src, limit); d.rule = 'event:noun-from'; }
  }
  return hostedBy;
}

/**
 * "Talks between Armenia and Azerbaijan resumed", "after days of clashes between the army and
 * Fano militiamen": the parties named after "between" are the actor and the recipient.
 */
function betweenNounParties(cx: SentenceContext, site: NounSite, pred: ReturnType<typeof predicateModes>, d: NounDraft): Mention[] {
  const { sh, tokens } = cx.doc;
  const { n0, n1 } = site;
  // ("U.S.-led talks between Israel and Hamas": the leader meets both, below.)
  const ledBy = /(ed|en)$/.test(tokens[n0 - 1]?.lower ?? '') && tokens[n0 - 2]?.text === '-' && sh.mentionEndingAt(n0 - 3) !== undefined;
  const betweenAt = tokens[n1]?.lower === 'between' ? n1 : pred?.occurs && tokens[pred.end]?.lower === 'between' ? pred.end : -1;
  // ("brokered a truce between Armenia and Azerbaijan that took effect on Wednesday": a
  // relative clause of occurrence reports the act itself, not just the broker's object.)
  if (d.actorMs.length === 0 && betweenAt >= 0 && !ledBy && (!objectOfEventVerb(cx, nounPhraseStart(cx, n0)) || relativeOccurrence(cx, betweenAt + 1))) {
    const parties = betweenParties(cx, betweenAt + 1, sh.clauseEnd(betweenAt));
    if (parties.length >= 2) { d.actorMs = [parties[0]!]; d.rule = 'event:noun-between'; return parties; }
  }
  return [];
}

/** "... that took effect", "..., which began on Monday": a relative clause after k0 whose verb is one of occurrence. */
function relativeOccurrence(cx: SentenceContext, k0: number): boolean {
  const { futureAux, hypo, occurrenceVerbs, tokens } = cx.doc;
  const { s } = cx;
  for (let k = k0; k < Math.min(s.last, k0 + 12); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.text === ';') return false;
    if (!/^(that|which)$/.test(t.lower)) continue;
    let q = k + 1;
    // ("that would take effect on Friday" is a prospect: the noun stays the verb's object.)
    for (; q < s.last && ['AUX', 'ADV', 'PART'].includes(tokens[q]!.pos); q++) if (futureAux.has(tokens[q]!.lower) || hypo.has(tokens[q]!.lower)) return false;
    const one = tokens[q]?.lemma ?? '';
    return occurrenceVerbs.has(one) || occurrenceVerbs.has(`${one} ${tokens[q + 1]?.lemma ?? ''}`) || occurrenceVerbs.has(`${one} ${tokens[q + 1]?.lemma ?? ''} ${tokens[q + 2]?.lemma ?? ''}`);
  }
  return false;
}

/** Negation and hypothetical mode from the words before the noun: "no talks", "any new tariffs". */
function modifierModes(cx: SentenceContext, site: NounSite, d: NounDraft): void {
  const { negation, tokens } = cx.doc;
  const { s, n0, k, owner, ownerStart } = site;
  if (k >= s.first && negation.has(tokens[k]!.lower)) d.negated = true;
  // "any new tariffs": a hypothetical instance, not one that happened.
  if (k >= s.first && /^(any|possible|potential|future)$/.test(tokens[k]!.lower)) d.hypothetical = true;
  const phraseStart = owner ? ownerStart : k + 1;
  for (let q = n0 - 1; q >= Math.max(s.first, phraseStart - 2); q--) if (/^(any|possible|potential|future)$/.test(tokens[q]!.lower)) d.hypothetical = true;
  if (n0 - 1 >= s.first && tokens[n0 - 1]!.lower === 'no') d.negated = true;
}

/** The noun's target: the second party between, its complement, or who undergoes, is asked or is accused. */
function nounTarget(cx: SentenceContext, site: NounSite, between: Mention[], d: NounDraft): { mentions: Mention[]; place: PlaceMention | null } {
  const { quantifiers, sh, tokens } = cx.doc;
  const { n1, e, headNoun, limit, k, owner, ownerStart } = site;
  let comp: { mentions: Mention[]; place: PlaceMention | null } = between.length ? { mentions: between.slice(1), place: null } : sh.complement(headNoun, prepsFor(cx.doc, e, false), limit, quantifiers);
  // "Army troops repelled an RSF assault on the garrison", "its base came under attack by
  // CODECO": who fends off or comes under the attack is its target, over any place named.
  // ("the Americans are being subjected to Israeli pressure": other acts only when nothing else
  // names the target.)
  if (between.length === 0 && (FORCE.has(e.event) || comp.mentions.length === 0)) {
    const target = attackedSubject(cx, owner ? ownerStart : k + 1, limit).filter((m) => !d.actorMs.some((a) => sameParty(a.actor, m.actor)));
    if (target.length) { comp = { mentions: target, place: null }; d.rule += '+target-subject'; }
  }
  // "U.S. demands that Iran halt enrichment": the subject of the demand's clause is asked.
  if (e.event === 'REQUEST' && comp.mentions.length === 0 && !comp.place && tokens[n1]?.lower === 'that') {
    const asked = demandedParty(cx, n1 + 1, limit);
    if (asked.length) { comp = { mentions: asked, place: null }; d.rule += '+that-clause'; }
  }
  // "filed a complaint with the Security Council over what it called Israeli violations".
  if (e.event === 'ACCUSE' && comp.mentions.length === 0 && !comp.place) {
    const accused = grievanceOwner(cx, n1, limit).filter((m) => !d.actorMs.some((a) => sameParty(a.actor, m.actor)));
    if (accused.length) { comp = { mentions: accused, place: null }; d.rule += '+grievance'; }
  }
  return comp;
}

/**
 * Parties from the noun's context when nothing after it names the target: those a host
 * receives, the subject whose deed drew a reaction, those who attend talks another leads (who
 * is the actor if none is named), a gerund's object, or the parties a mediator's act in an
 * adjunct mediates between.
 */
function nounPartiesInContext(cx: SentenceContext, site: NounSite, hostedBy: boolean, gerundObject: Mention[], d: NounDraft, recipientMsIn: Mention[], place: PlaceMention | null): Mention[] {
  const { sh, tokens } = cx.doc;
  const { s, n0, e, k, owner, ownerStart, support } = site;
  let recipientMs = recipientMsIn;
  // "X and Y met in Doha in talks hosted by Qatar": the host consults the clause's subjects.
  if (recipientMs.length === 0 && !place && hostedBy) {
    for (let q = n0 - 1; q >= s.first; q--) {
      if (tokens[q]!.text === ',' || tokens[q]!.text === ';') break;
      if (tokens[q]!.pos !== 'VERB') continue;
      recipientMs = sh.subjectOf(q).filter((m) => !d.actorMs.some((a) => sameParty(a.actor, m.actor)));
      if (recipientMs.length) d.rule += '+hosted-parties';
      break;
    }
  }
  // "Russian strikes killed 20 people, drawing condemnation from the EU": a reaction the
  // subject's deed provoked is aimed at that subject.
  if (recipientMs.length === 0 && !place && d.rule === 'event:noun-from') {
    const target = reactionTarget(cx, n0);
    if (target.length) { recipientMs = target; d.rule += '+reaction-to-subject'; }
  }
  // "attended U.S.-led ceasefire talks": the one who leads the talks meets those who attend.
  if (e.event === 'CONSULT' && /(ed|en)$/.test(tokens[n0 - 1]?.lower ?? '') && tokens[n0 - 2]?.text === '-') {
    const lead = sh.mentionEndingAt(n0 - 3);
    if (lead && (lead.actor.id || lead.actor.country)) {
      if (d.actorMs.length === 0) { d.actorMs = [lead]; d.rule = 'event:noun-led'; }
      else if (recipientMs.length === 0 && !place) recipientMs = [lead];
    }
  }
  if (recipientMs.length === 0 && !place) recipientMs = gerundObject;
  // "the United States and the Houthis agreed, after Omani mediation, not to ...": a mediator's
  // act in an adjunct of a clause mediates between that clause's subjects.
  if (recipientMs.length === 0 && !place && e.mode === 'third-party' && d.actorMs.length && !support) {
    let q = (owner ? ownerStart : k + 1) - 1;
    while (q >= s.first && ['DET', 'ADJ'].includes(tokens[q]!.pos)) q--;
    if (q >= s.first && (ADJUNCT_PREPS.has(tokens[q]!.lower) || /^(through|thanks|under|with)$/.test(tokens[q]!.lower)) && !/^(in|at)$/.test(tokens[q]!.lower)) {
      const parties = clauseSubject(cx, q, false).filter((m) => !d.actorMs.some((a) => sameParty(a.actor, m.actor)));
      if (parties.length) { recipientMs = parties; d.rule += '+mediated-clause'; }
    }
  }
  return recipientMs;
}

/** The noun as subject takes the mode of its predicate ("Talks between Kyiv and Moscow will resume"). */
function predicateNounModes(cx: SentenceContext, site: NounSite, pred: ReturnType<typeof predicateModes>, d: NounDraft): void {
  const { s, n0, n1 } = site;
  const pm = pred;
  // "officials said talks would resume": a past report's "would" is its future (and says
  // nothing of the event under another predicate: "said sanctions would not hurt").
  const reportedFuture = pm !== null && pm.hypothetical && pastFuture(cx, pm.words, n0, n1);
  if (pm && !(reportedFuture && !pm.occurs)) {
    d.negated ||= pm.negated; d.future ||= pm.future; d.hypothetical ||= pm.hypothetical;
    if (reportedFuture) { d.future = true; d.hypothetical = inConditional(cx, s, n0); }
  }
}

/** The entry as coded: ready or suspended by its support verb. */
function suspendedEntry(cx: SentenceContext, site: NounSite, d: NounDraft): EventTrigger {
  const { sh, suspendedTypes, tokens } = cx.doc;
  const { n1, e, limit, support } = site;
  let entry = support ? readyFor(cx, sh.verbGroupStart(support.verb), e) : e;
  // "Qatar has put its mediation between Israel and Hamas on hold": the act is suspended.
  if (support && tokens[support.verb]!.lemma === 'put' && suspendedTypes[entry.event] && suspendedAfter(cx, n1, limit)) {
    entry = { ...entry, event: suspendedTypes[entry.event]!, mode: null };
    d.rule += '+suspended';
  }
  return entry;
}

/**
 * The target of an attack noun phrase starting at p0 that is the object of a verb of fending
 * off or undergoing ("repelled an RSF assault", "had come under attack"): that verb's subject,
 * or the owner a possessive in it names ("its base in Fataki came under attack").
 */
function attackedSubject(cx: SentenceContext, p0: number, limit: number): Mention[] {
  const { sh, targetSubjectVerbs, tokens } = cx.doc;
  const { s } = cx;
  let q = p0 - 1;
  while (q >= s.first && ['DET', 'NUM', 'ADJ'].includes(tokens[q]!.pos)) q--;
  if (q < s.first) return [];
  let v = -1;
  if (tokens[q]!.lower === 'under' && q - 1 >= s.first && targetSubjectVerbs.has(`${tokens[q - 1]!.lemma} under`)) v = q - 1;
  else if (tokens[q]!.pos === 'VERB' && targetSubjectVerbs.has(tokens[q]!.lemma)) v = q;
  else if (q - 1 >= s.first && tokens[q - 1]!.pos === 'VERB' && targetSubjectVerbs.has(`${tokens[q - 1]!.lemma} ${tokens[q]!.lower}`)) v = q - 1;
  // A passive undergoes only as listed ("be subjected to"); "the attack was repelled" does not.
  if (v < 0 && q - 1 >= s.first && tokens[q - 1]!.pos === 'VERB' && sh.isPassive(q - 1) && targetSubjectVerbs.has(`be ${tokens[q - 1]!.lower} ${tokens[q]!.lower}`)) v = q - 1;
  else if (v < 0 || sh.isPassive(v)) return [];
  const subj = sh.subjectOf(v);
  if (subj.length) return subj;
  // "its base in Fataki had come under attack": the possessive opening the subject phrase.
  const g = sh.verbGroupStart(v);
  for (let r = g - 1; r >= Math.max(s.first, g - 8); r--) {
    const t = tokens[r]!;
    if (/^(its|their)$/.test(t.lower)) return possessiveObjectOwner(cx, r, limit, []);
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'SCONJ' || t.lower === 'that') break;
  }
  return [];
}

/**
 * Whether the "for" at q hangs on a travel or meeting verb of its clause ("flew to Doha on
 * Wednesday for talks", "sat down for two days of talks"): the talks are held on arrival.
 */
function tripFor(cx: SentenceContext, q: number): boolean {
  const { tokens, tripVerbs } = cx.doc;
  const { s } = cx;
  if (tokens[q]!.lower !== 'for') return false;
  for (let r = q - 1; r >= Math.max(s.first, q - 12); r--) {
    const t = tokens[r]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ') return false;
    if (t.pos !== 'VERB') continue;
    return tripVerbs.has(t.lemma) || tripVerbs.has(`${t.lemma} ${tokens[r + 1]?.lower ?? ''}`);
  }
  return false;
}

/** Whether a suspension phrase ("on hold", "on ice") follows the noun phrase ending at n1. */
function suspendedAfter(cx: SentenceContext, n1: number, limit: number): boolean {
  const { suspensionPhrases, tokens } = cx.doc;
  for (let q = n1; q < Math.min(limit, n1 + 14); q++) {
    if (suspensionPhrases.some((p) => p.every((w, x) => tokens[q + x]?.lower === w))) return true;
    const t = tokens[q]!;
    if (!['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(t.pos) && t.text !== "'s" && t.text !== '-') return false;
  }
  return false;
}

/** "demands that Iran halt ...": the subject of the subjunctive clause starting at k. */
function demandedParty(cx: SentenceContext, k: number, limit: number): Mention[] {
  const { sh, tokens } = cx.doc;
  const m = sh.mentionStartingAt(k);
  if (!m || m.modifier || !(m.actor.id || m.actor.country)) return [];
  const parties = sh.conjoinedRight(m, limit);
  const last = parties[parties.length - 1] ?? m;
  const v = tokens[last.end];
  // A bare verb or a modal ("that Iran halt", "that Hamas must disarm"), not a relative clause
  // ("the demand that Israel rejected").
  // (The tagger may read the bare verb as a noun: "that Iran halt/NOUN enrichment".)
  if (!v || !((['VERB', 'NOUN'].includes(v.pos) && v.lower === v.lemma && !v.lower.endsWith('s')) || /^(must|should|not|immediately|stop)$/.test(v.lower))) return [];
  return parties;
}

/**
 * The party that qualifies or owns the grievance of an accusation noun ending at n1: "a
 * complaint (with the U.N.) over what it called Israeli violations", "over the new U.S. tariffs".
 */
function grievanceOwner(cx: SentenceContext, n1: number, limit: number): Mention[] {
  const { accusationTopicPreps, actors, tokens } = cx.doc;
  let q = n1;
  while (q < Math.min(limit, n1 + 10) && !accusationTopicPreps.has(tokens[q]!.lower) && (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[q]!.pos) || tokens[q]!.text === '.')) q++;
  if (q >= limit || !accusationTopicPreps.has(tokens[q]!.lower)) return [];
  let r = q + 1;
  // "over what it called ...", "over what Kyiv described as ...".
  if (tokens[r]?.lower === 'what') {
    let x = r + 1;
    while (x < Math.min(limit, r + 6) && tokens[x]!.pos !== 'VERB') x++;
    if (x >= limit || tokens[x]!.pos !== 'VERB') return [];
    r = x + 1;
    if (tokens[r]?.lower === 'as') r++;
  }
  for (let x = r; x < Math.min(limit, r + 5); x++) {
    const m = actors.byToken[x];
    if (m && m.start === x) {
      if (m.modifier || tokens[m.end]?.text === "'s" || tokens[m.end]?.text === "'" || tokens[m.end]?.pos === 'NOUN') return m.actor.id || m.actor.country ? [m] : [];
      return [];
    }
    // ("the new/PROPN U.S. tariffs", "repeated/VERB Israeli violations": taggers' slips.)
    if (!['DET', 'ADJ', 'ADV', 'NUM', 'PROPN'].includes(tokens[x]!.pos) && !(tokens[x]!.pos === 'VERB' && /ed$/.test(tokens[x]!.lower))) break;
  }
  return [];
}

/** The "by" agent of a support participle ("claimed by", "carried out by") after the noun phrase ending at n1. */
function supportParticipleAgent(cx: SentenceContext, n1: number, limit: number): Mention[] {
  const { kb, sh, thirdPartyVerbs, tokens } = cx.doc;
  const { lemmaAt } = cx;
  let k = n1;
  while (k < Math.min(limit, n1 + 12) && (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(tokens[k]!.pos) || tokens[k]!.text === "'s" || tokens[k]!.text === '-') && tokens[k]!.lower !== 'by') k++;
  if (tokens[k]?.text === ',') k++;
  const t = tokens[k];
  if (!t || k >= limit || t.pos !== 'VERB' || !/(ed|en|wn|ut)$/.test(t.lower)) return [];
  // "talks with a Hamas delegation led by Khalil al-Hayya": a participle right after a named
  // party modifies that party, not the event noun.
  const before = sh.mentionEndingAt(k - 1);
  if (k > n1 && before && !before.modifier && tokens[k - 1]?.text !== ',') return [];
  const sm = kb.supportMatcher.matchesAt(k, lemmaAt)[0];
  // "a ceasefire brokered by Russia": a mediator or host is no party (see noun-by).
  if (!sm || tokens[sm.end]?.lower !== 'by' || thirdPartyVerbs.has(t.lemma)) return [];
  const m = sh.mentionStartingAt(sm.end + 1);
  if (!m) return [];
  return m.modifier ? [m] : sh.conjoinedRight(m, limit);
}

/**
 * Modes of the predicate whose subject is the event noun at [n0, n1): the words from the end of
 * the noun phrase (through its prepositional phrases) to the predicate's main verb. Null when
 * the noun is an object (after a preposition or a verb other than a speech cue).
 */
function predicateModes(cx: SentenceContext, n0: number, n1: number, limit: number): { negated: boolean; future: boolean; hypothetical: boolean; words: string[]; occurs: boolean; end: number } | null {
  const { cueStarts, futureAux, futureVerbs, hypo, negation, occurrenceVerbs, tokens } = cx.doc;
  const { s } = cx;
  const start = nounPhraseStart(cx, n0);
  const before = tokens[start - 1];
  if (start - 1 >= s.first && before) {
    const opens = before.pos === 'PUNCT' || before.pos === 'SCONJ' || before.pos === 'CCONJ' || before.lower === 'that';
    if (!opens && !(before.pos === 'VERB' && cueStarts.has(start - 1))) return null;
  }
  let k = n1;
  while (k < Math.min(limit, n1 + 16) && (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'SYM'].includes(tokens[k]!.pos) || tokens[k]!.text === "'s" || tokens[k]!.text === '-')) k++;
  const words: string[] = [];
  let occurs = false;
  let end = k;
  for (let q = k; q < Math.min(limit, k + 6); q++) {
    const t = tokens[q]!;
    if (!['AUX', 'ADV', 'PART', 'VERB', 'ADJ'].includes(t.pos)) return null;
    words.push(t.lower, t.lemma);
    // "are expected to resume", "are due to restart": the second verb is the predicate.
    if (t.pos === 'VERB' && !(futureVerbs.has(t.lemma) && tokens[q + 1]?.lower === 'to')) {
      // Only a predicate of occurrence says whether the event happens.
      const next = tokens[q + 1];
      const two = next ? `${t.lemma} ${next.lemma}` : '';
      const three = next && tokens[q + 2] ? `${two} ${tokens[q + 2]!.lemma}` : '';
      occurs = occurrenceVerbs.has(t.lemma) || occurrenceVerbs.has(two) || occurrenceVerbs.has(three);
      end = occurrenceVerbs.has(three) ? q + 3 : occurrenceVerbs.has(two) ? q + 2 : q + 1;
      // "broke out", "flared up": a particle belongs to the verb.
      if (end === q + 1 && ['ADP', 'ADV', 'PART'].includes(tokens[end]?.pos ?? '') && tokens[end]!.lower !== 'between') end++;
      break;
    }
    if (t.pos === 'ADJ' && !(futureVerbs.has(t.lower) && tokens[q + 1]?.lower === 'to')) return null;
  }
  if (words.length === 0) return null;
  const future = words.some((w) => futureAux.has(w)) || words.some((w, x) => futureVerbs.has(w) && words.includes('to') && x < words.indexOf('to'));
  const hypothetical = words.some((w) => hypo.has(w));
  // Other predicates ("sanctions would not affect the economy") do not say whether the event
  // happens, but a hypothetical one ("a truce could allow aid in") makes it a prospect.
  if (!occurs) return { negated: false, future: false, hypothetical, words, occurs, end };
  return { negated: words.some((w) => negation.has(w)) || words.includes("n't"), future, hypothetical, words, occurs, end };
}

/**
 * The parties of "between A and B" starting at k0: the actors of the noun phrases up to the
 * conjunct after "and" ("between Indian and Pakistani troops", "between the army and the RSF").
 */
function betweenParties(cx: SentenceContext, k0: number, limit: number): Mention[] {
  const { actors, tokens } = cx.doc;
  const out: Mention[] = [];
  let afterAnd = false;
  for (let k = k0; k < Math.min(limit, k0 + 14); k++) {
    const t = tokens[k]!;
    const m = actors.byToken[k];
    if (m && m.start === k) {
      if (!out.some((x) => sameParty(x.actor, m.actor))) out.push(m);
      k = m.end - 1;
      continue;
    }
    if (t.lower === 'and') { afterAnd = true; continue; }
    // "between Israel, Hamas and Qatar" lists; ", the official said" ends the phrase.
    if (t.text === ',' && !afterAnd && actors.byToken[k + 1] && tokens[k + 2]?.lower !== 'said') continue;
    if (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos) || t.text === "'s" || t.text === '-') continue;
    break;
  }
  return afterAnd ? out : [];
}

/** "Residents of Latakia", "villagers from Kirants": the place the subject's people are of. */
function subjectPlace(cx: SentenceContext, from: number, to: number): PlaceMention | null {
  const { actors, tokens } = cx.doc;
  // The subject noun phrase only: back from the verb over nouns, names and their "of" phrases
  // ("told a rally in Conakry that his supporters would march": Conakry is no subject's).
  let start = to;
  while (start - 1 >= from && (['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[start - 1]!.pos) || /^(of|from|in|and)$/.test(tokens[start - 1]!.lower))) start--;
  for (let k = start + 1; k < to; k++) {
    const p = actors.placeByToken[k];
    if (p && p.start === k && /^(of|from|in)$/.test(tokens[k - 1]!.lower)) return p;
  }
  return null;
}

function build(cx: SentenceContext, s: Sentence, t0: number, t1: number, e: EventTrigger, actorMsIn: Mention[], recipientMsIn: Mention[], place: PlaceMention | null, negated: boolean, future: boolean, hypothetical: boolean, rule: string): CodedEvent | null {
  const { doc, kb, reciprocalTypes, sh, statements, symmetricLemmas, symmetricTypes, tokens } = cx.doc;
  const actorMs = actorMsIn.flatMap((m) => m.group ?? [m]).filter((m) => !vague(m));
  // "urged the two sides to ...": a group the actor layer resolved to its parties names each one.
  const recipientMs = recipientMsIn.flatMap((m) => m.group ?? [m]).filter((m) => !vague(m));
  let actorList = uniqueActors(actorMs.map((m) => m.actor));
  let recipients = uniqueActors(recipientMs.map((m) => m.actor));
  // "rallied outside the British embassy in Tehran": a protest at a building is aimed at its owner.
  if (recipients.length === 0 && e.event === 'PROTEST') {
    const owner = facilityOwner(cx, s, t0);
    if (owner) { recipients = [owner.actor]; rule += '+recipient-facility-owner'; }
  }
  if (actorList.length === 0 && e.event === 'PROTEST') {
    // "Hundreds of people protested in central Kyiv": the protesters are people of the place.
    // (A noun's subject stands before its support verb: "residents of Latakia staged sit-ins".)
    const subjectEnd = sh.verbGroupStart(cx.supportFor.get(t0)?.verb ?? t0);
    const located = locationFor(cx, s, t0, statementCovering(statements, t0));
    const where = located ?? subjectPlace(cx, s.first, subjectEnd);
    if (where && where.place.country && subjectEnd > s.first) {
      actorList = [{ text: doc.text.slice(tokens[s.first]!.start, tokens[subjectEnd - 1]!.end), id: null, name: null, country: where.place.country, sector: 'CVL', role: null }];
      rule += '+actor-from-location';
      // Protesters protest to the authorities of the place they are of ("residents of Latakia").
      if (!located && recipients.length === 0) {
        recipients = [placeActor(kb, where)];
        rule += '+recipient-from-location';
      }
    }
  }
  if (actorList.length === 0 && !(e.event === 'ASSAULT' && unattributed(cx, t0))) return null;
  if (recipients.length === 0 && place && place.place.country) recipients = [placeActor(kb, place)];
  // "would withdraw if Kabul released the prisoners", "threatened to strike unless Pyongyang
  // halted its tests": a conditional offer or threat is aimed at whoever must meet the condition.
  // "would pull back its forces if ...": the actor's own forces are no target.
  recipients = recipients.filter((r) => !actorList.some((a) => a.id !== null && a.id === r.id));
  if (recipients.length === 0) {
    const cond = conditionSubject(cx, s, t0, t1).filter((m) => !vague(m)).map((m) => m.actor)
      .filter((r) => !actorList.some((a) => sameParty(a, r)));
    if (cond.length) {
      recipients = uniqueActors(cond);
      rule += '+recipient-from-condition';
    }
  }
  // "traded artillery fire": a noun after a trading verb is mutual, one A -> B event as for
  // "exchanged fire" (reciprocal types split in two instead: splitReciprocals).
  const traded = !reciprocalTypes.has(e.event) && tradedNoun(cx, t0);
  const symmetric = e.symmetric || symmetricTypes.has(e.event) || symmetricLemmas.has(e.lemma) || traded;
  // "Syrian and Turkish agencies shared information on IS cells", "U.S. and Israeli crews worked
  // together to intercept Iranian missiles": the partners of a joint act are each other; a topic or
  // an aim after it is no partner. (A partner after "with" or "between" stays one.)
  // ("helped Israel shoot down": a direct object is a partner too.)
  const firstR = recipientMs[0]?.start ?? -1;
  const partnerPrep = firstR >= 0 && (/^(with|between|and)$/.test(tokens[firstR - 1]?.lower ?? '') || firstR === t1 || (firstR === t1 + 1 && tokens[t1]!.pos === 'DET'));
  if (symmetric && actorList.length > 1 && (recipients.length === 0 || (!partnerPrep && e.event === 'COOPERATE'))) {
    recipients = actorList.slice(1);
    actorList = actorList.slice(0, 1);
  }
  // An actor is never its own target ("Israel and Hamas exchanged fire" aside).
  recipients = recipients.filter((r) => !actorList.some((a) => a.id !== null && a.id === r.id));
  const st = statementCovering(statements, t0);
  // "China warned that it would retaliate": the warning is the event, not what it threatens;
  // "agreed that both sides would halt strikes": the agreement is, as in "agreed to halt".
  if (st && (future || hypothetical) && st.cueEntry && threatOrAgreementCue(cx, st)) return null;
  if ((future || hypothetical) && agreedThat(cx, t0)) return null;
  // "Ankara would launch an operation against the SDF if ...", said by a Turkish minister: a
  // side announcing its own use of force threatens; nobody has been attacked.
  let entry = e;
  if (e.event === 'ASSAULT' && (future || hypothetical) && !negated && st && actorList.some((a) => sameParty(a, st.speaker.actor))) {
    entry = { ...e, event: 'THREATEN', mode: null };
    future = false;
    hypothetical = false;
    rule += '+threat-in-speech';
  } else if (CONDITIONAL_THREAT.has(e.event) && hypothetical && !negated && (inConditional(cx, s, t0) || conditionAfter(cx, s, t1))) {
    // "Ankara would launch an operation against the SDF if its fighters did not disarm": force or
    // sanctions held out on a condition are a threat, and the threat itself is made.
    entry = { ...e, event: 'THREATEN', mode: null };
    rule += '+conditional';
    hypothetical = false;
    future = false;
  }
  // "lifted its sanctions" is carried out (RETREAT); "will lift" is only announced (CONCEDE).
  if (entry.done_as && !future) { entry = { ...entry, event: entry.done_as }; rule += '+done'; }
  const loc = locationFor(cx, s, t0, st);
  // Force and aid land somewhere: the place's state is the target or the beneficiary.
  if (recipients.length === 0 && loc && loc.place.country && landsOnPlace(cx.doc, entry)) {
    const c = loc.place.country;
    // A rebel group fighting in its own country strikes that state; the state itself does not.
    if (!actorList.some((a) => partyKey(a) === c)) {
      recipients = [placeActor(kb, loc)];
      rule += '+recipient-from-location';
    } else if (entry.event === 'ASSAULT' && homeVictimsIn(cx, s, t0)) {
      // "civilians were killed by security forces in Syria's coastal region": its own people.
      recipients = [placeActor(kb, loc)];
      rule += '+recipient-own-civilians';
    }
  }
  // A threat's target is in what is threatened: "threatened to impose tariffs on Chinese
  // imports", "Israel would strike deep into Lebanon, Katz warned".
  if (recipients.length === 0 && entry.event === 'THREATEN') {
    const threatened = threatenedParties(cx, t0, t1, actorList);
    if (threatened) { recipients = threatened; rule += '+recipient-from-threat'; }
  }
  // "marched through Kabul chanting slogans against the Taliban": what the protest is against,
  // in a participle clause after it.
  if (recipients.length === 0 && e.event === 'PROTEST') {
    const r = protestedParties(cx, s, t1, st, actorList);
    if (r.length) { recipients = uniqueActors(r); rule += '+recipient-against'; }
  }
  // Protesters protest to the authorities where they are ("rallied in Tel Aviv").
  if (recipients.length === 0 && entry.event === 'PROTEST' && loc && loc.place.country) {
    recipients = [placeActor(kb, loc)];
    rule += '+recipient-from-location';
  }
  const date = dateFor(cx, s, t0, st);
  const lo = Math.min(t0, ...actorMs.map((m) => m.start));
  const hi = Math.max(t1, ...recipientMs.map((m) => m.end));
  return {
    sentence: s.index, trigger: [t0, t1], entry, actors: actorList, recipients,
    negated, future, hypothetical, assertedBy: st ? st.speaker.actor : null,
    date, place: loc, span: [tokens[lo]!.start, tokens[hi - 1]!.end], rule, mode: entry.mode ?? null,
  };
}

/**
 * The party owning the building a protest is held at: "outside the British embassy", "at the
 * UNHCR office", "in front of the embassy of Rwanda" (a noun of facility_nouns), in the trigger's
 * clause; undefined when no state or organisation owns it there.
 */
function facilityOwner(cx: SentenceContext, s: Sentence, t0: number): Mention | undefined {
  const { actors, facilityNouns, sh, tokens } = cx.doc;
  const end = sh.clauseEnd(t0);
  for (let k = s.first; k < end; k++) {
    const t = tokens[k]!;
    if (!/^(outside|at|near|before|front|opposite|to)$/.test(t.lower)) continue;
    if (t.lower === 'front' && tokens[k + 1]?.lower !== 'of') continue;
    let q = t.lower === 'front' ? k + 2 : k + 1;
    // ("the UNHCR office" may be one mention, determiner and all.)
    if (tokens[q]?.pos === 'DET' && actors.byToken[q]?.start !== q) q++;
    const m = actors.byToken[q];
    if (m && m.start === q && (m.actor.id || m.actor.country)) {
      // "the British embassy", "the U.S. Embassy": the owner qualifies the building's noun.
      let h = m.end;
      while (h < m.end + 2 && tokens[h] && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[h]!.pos) && !facilityNouns.has(tokens[h]!.lemma.toLowerCase())) h++;
      // ("the UNHCR office", "embassy of Rwanda" may be one mention.)
      if ((tokens[h] && facilityNouns.has(tokens[h]!.lemma.toLowerCase())) || [m.start, m.end - 1].some((x) => facilityNouns.has(tokens[x]!.lemma.toLowerCase()))) return m;
      continue;
    }
    // "the embassy of Rwanda".
    if (tokens[q] && facilityNouns.has(tokens[q]!.lemma.toLowerCase()) && tokens[q + 1]?.lower === 'of') {
      let r = q + 2;
      if (tokens[r]?.pos === 'DET') r++;
      const o = actors.byToken[r];
      if (o && o.start === r && (o.actor.id || o.actor.country)) return o;
    }
  }
  return undefined;
}

/**
 * Whether the victims in the trigger's clause (between the commas around it) are civilians of
 * home_victims: "killed at least eight children", "civilians were killed by security forces".
 */
function homeVictimsIn(cx: SentenceContext, s: Sentence, t0: number): boolean {
  const { homeVictims, sh, tokens } = cx.doc;
  let a = t0;
  while (a > s.first && tokens[a - 1]!.text !== ',' && tokens[a - 1]!.text !== ';') a--;
  const b = sh.clauseEnd(t0);
  for (let k = a; k < b; k++) if (tokens[k]!.pos === 'NOUN' && homeVictims.has(tokens[k]!.lemma)) return true;
  return false;
}

/** A bare common noun ("troops", "residents") names nobody in particular: no actor of its own. */
function vague(m: Mention): boolean {
  return m.actor.id === null && m.actor.country === null && m.actor.org == null && (m.kind === 'group' || m.kind === 'pronoun' || m.kind === 'anaphor' || m.rule === 'actor:bare-title');
}

/**
 * A threat's target is in what is threatened: "threatened to impose tariffs on Chinese
 * imports", "Israel would strike deep into Lebanon, Katz warned". Null when nothing there names one.
 */
function threatenedParties(cx: SentenceContext, t0: number, t1: number, actorList: Actor[]): Actor[] | null {
  const { actors, kb, sh, statements, tokens } = cx.doc;
  const own = statements.find((x) => x.cueStart === t0);
  const [a, b] = own ? own.contentTokens : [t1, sh.clauseEnd(t0)];
  for (let k = a; k < b; k++) {
    // ", calling them an aggression against Lebanon": a participle clause says something else.
    if (tokens[k]!.text === ',' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]!.lower.endsWith('ing')) break;
    const m = actors.byToken[k];
    // A rebel group is not its own state's side ("Congo would drive out M23").
    if (m && m.start === k && (m.actor.id || m.actor.country) && !actorList.some((x) => sameParty(x, m.actor))) {
      return uniqueActors((m.modifier ? [m] : sh.conjoinedRight(m, b)).map((x) => x.actor).filter((r) => !actorList.some((x) => sameParty(x, r))));
    }
    const p = actors.placeByToken[k];
    if (p && p.start === k && p.place.country && !actorList.some((x) => x.country === p.place.country)) {
      return [placeActor(kb, p)];
    }
  }
  return null;
}

/** The parties a protest is "against" in a participle clause after it ("chanting slogans against the Taliban"). */
function protestedParties(cx: SentenceContext, s: Sentence, t1: number, st: Statement | undefined, actorList: Actor[]): Actor[] {
  const { sh, tokens } = cx.doc;
  const end = st && st.contentTokens[1] > t1 ? st.contentTokens[1] : s.last;
  for (let k = t1; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || (t.text === ',' && tokens[k + 1]?.pos !== 'VERB')) break;
    if (t.lower !== 'against') continue;
    return sh.npAt(k + 1, end).mentions.filter((m) => !vague(m)).map((m) => m.actor).filter((x) => !actorList.some((a) => sameParty(a, x)));
  }
  return [];
}

/**
 * Force reported without a perpetrator: "Rockets were fired from Lebanon", "Drones struck the
 * airport". Only a verb whose clause names no agent and whose subject is a weapon or, for a
 * passive, the victims; anything with a named actor was coded with it.
 */
function unattributed(cx: SentenceContext, v: number): boolean {
  const { sh, tokens, weaponNouns } = cx.doc;
  const t = tokens[v]!;
  if (t.pos !== 'VERB') return false;
  const limit = sh.clauseEnd(v);
  for (let k = v + 1; k < Math.min(limit, v + 4); k++) if (tokens[k]!.lower === 'by') return false;
  if (sh.isPassive(v)) return true;
  const subj = tokens[sh.verbGroupStart(v) - 1];
  // Sentence-initial plurals are often tagged as proper nouns and left unlemmatised ("Drones").
  return !!subj && (weaponNouns.has(subj.lemma) || weaponNouns.has(subj.lower.replace(/s$/, '')));
}

/**
 * The subject of a verb coordinated after an embedded clause: "X said the strikes violated the
 * law, and urged Iran to ...", "condemned the attack by the Houthis, which killed two sailors,
 * and urged the group to ...", "Israel struck Gaza after Hamas fired rockets, and vowed ...".
 * The nearest earlier verb is inside a closed relative clause, a clause reported by an earlier
 * verb, or an adverbial clause; the coordinated verb shares the subject of the verb that clause
 * hangs on. Without a comma before "and" only a speech act (`verbal`: "said X had violated the
 * truce and urged ...") climbs out of a reported clause; "said Israel had agreed and would send
 * a delegation" keeps the reported subject. Null when the plain subject search stands.
 */
function coordinatedSubject(cx: SentenceContext, v: number, verbal: boolean): Mention[] | null {
  const { actors, sh, tokens } = cx.doc;
  const { s } = cx;
  const and = sh.verbGroupStart(v) - 1;
  if (and <= s.first || !/^(and|but)$/.test(tokens[and]!.lower)) return null;
  const comma = tokens[and - 1]?.text === ',';
  // "said Hamas had refused ... and had rejected all offers": a pluperfect continues the report.
  const group = verbGroupWords(cx, and + 1, v);
  const backshifted = group.includes('had');
  const bare = !group.some((w) => /^(had|has|have|is|are|was|were|would|will|could|can|may|might|should)$/.test(w));
  let moved = false;
  let q = and - 1;
  for (let guard = 0; guard < 6 && q >= s.first; guard++) {
    // The nearest finite verb before q (as the plain search finds it).
    let r = q;
    for (; r >= s.first; r--) {
      const t = tokens[r]!;
      if (t.text === ';' || t.text === ':') return null;
      if (t.pos !== 'VERB' || tokens[r + 1]?.pos === 'VERB') continue;
      if (t.lower.endsWith('ing') && ['ADP', 'SCONJ'].includes(tokens[r - 1]?.pos ?? '')) continue;
      // ", including several drone makers,": a participle after a comma hangs on a finite verb before it.
      if (t.lower.endsWith('ing') && tokens[r - 1]?.text === ',') continue;
      if (tokens[sh.verbGroupStart(r)]?.lower === 'to' || tokens[sh.verbGroupStart(r) - 1]?.lower === 'to') continue;
      break;
    }
    if (r < s.first) return null;
    const g = sh.verbGroupStart(r);
    const rel = tokens[g - 1];
    // ", which killed two sailors, and urged": a closed relative clause is passed over whole.
    if (rel && /^(which|who|that)$/.test(rel.lower) && (tokens[g - 2]?.text === ',' || ['NOUN', 'PROPN'].includes(tokens[g - 2]?.pos ?? ''))) {
      if (!comma) return null;
      q = g - 2;
      moved = true;
      continue;
    }
    const subj = sh.subjectOf(r);
    // "said that the Kurdish-led force would not disarm, and accused Damascus": a subject that
    // names nobody ("the force") may still sit in a reported clause; only climbing out of it helps.
    if (subj.length === 0 && !comma) return null;
    // What opens the clause of r: a reporting verb ("said [that] ..."), or a subordinator; back
    // over the whole subject phrase ("the strikes on Tehran", "the Kurdish-led force").
    let b = Math.min(subj[0]?.start ?? g, g) - 1;
    for (let n = 0; n < 10 && b >= s.first; n++, b--) {
      const t = tokens[b]!;
      const compound = t.pos === 'VERB' && tokens[b - 1]?.text === '-';
      if (!(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || compound || /^(of|on|in|against|by|from|'s|'|-)$/.test(t.lower) || actors.byToken[b])) break;
    }
    const that = b >= s.first && tokens[b]!.lower === 'that';
    if (that) b--;
    if (sh.onWeekdayEndingAt(b)) b -= 2;
    const opener = tokens[b];
    if (b >= s.first && opener && opener.pos === 'VERB' && (comma || (verbal && bare)) && !backshifted) { q = b; moved = true; continue; }
    if (b >= s.first && opener && comma && !that && sh.isSubordinateStart(b) && tokens[b - 1]?.text !== ',' && b > s.first) { q = b - 1; moved = true; continue; }
    return moved && subj.length ? subj : null;
  }
  return null;
}

/** The verb an infinitive depends on: "threatened to carry out", "wants to maintain". */
/**
 * The other party named in the complement of an infinitive right after the verb ("refused [to
 * return the ships to Ukraine]"), through the infinitive's own lexicon prepositions when it is
 * an event verb, else its object and "to"/"with" phrases. Only parties: a place there is where
 * the act happens, not who it concerns.
 */
function infinitiveParty(cx: SentenceContext, vEndIn: number, limitIn: number, actorMs: Mention[]): Mention[] {
  const { kb, negVerbs, quantifiers, sh, tokens } = cx.doc;
  const { lemmaAt, s } = cx;
  let vEnd = vEndIn;
  let limit = limitIn;
  // "agreed, in a deal brokered by Oman, to stop ...": over a parenthetical between commas.
  if (tokens[vEnd]?.text === ',') {
    for (let q = vEnd + 1; q < Math.min(s.last, vEnd + 12); q++) {
      if (tokens[q]!.text !== ',') continue;
      if (tokens[q + 1]?.lower === 'to') { vEnd = q + 1; limit = Math.max(limit, sh.clauseEnd(q + 2)); }
      break;
    }
  }
  // "agreed on Friday to hand back ...": over a dating phrase.
  if (tokens[vEnd]?.lower === 'on' && sh.onWeekdayEndingAt(vEnd + 1) && tokens[vEnd + 2]?.lower === 'to') vEnd += 2;
  if (tokens[vEnd]?.lower !== 'to') return [];
  let w = vEnd + 1;
  if (tokens[w]?.pos !== 'VERB') return [];
  // "to stop attacking American ships", "to cease firing at": the gerund's act names the party.
  let head = vEnd + 1;
  if ((ASPECT_VERBS.has(tokens[w]!.lemma) || negVerbs.has(tokens[w]!.lemma)) && tokens[w + 1]?.pos === 'VERB' && tokens[w + 1]!.lower.endsWith('ing')) { w++; head = w; }
  // Over a particle ("hand over", "pull back").
  while (tokens[w + 1]?.pos === 'ADP' && tokens[w + 2] && tokens[w + 2]!.pos !== 'VERB' && /^(over|back|out|up|down|off)$/.test(tokens[w + 1]!.lower)) w++;
  const own = kb.eventMatcher.matchesAt(head, lemmaAt).flatMap((m) => m.values.filter((x) => x.pos.includes('VERB')));
  const preps = [...new Set([...(own.length ? prepsFor(cx.doc, own[0]!, true) : []), 'obj', 'to', 'with'])];
  const comp = sh.complement(w, preps, limit, quantifiers);
  return comp.mentions.filter((m) => (m.actor.id || m.actor.country) && !actorMs.some((a) => sameParty(a.actor, m.actor)));
}

/**
 * The "of"/"for" before a gerund ("of violating"), or before the first of coordinated gerunds
 * ("of looting homes and killing civilians"), or -1.
 */
function accusedGerundStart(cx: SentenceContext, gStart: number): number {
  const { tokens } = cx.doc;
  const { s } = cx;
  if (/^(of|for)$/.test(tokens[gStart - 1]?.lower ?? '')) return gStart - 1;
  if (!/^(and|or)$/.test(tokens[gStart - 1]?.lower ?? '')) return -1;
  for (let q = gStart - 2; q >= Math.max(s.first + 1, gStart - 8); q--) {
    const t = tokens[q]!;
    if (t.text === ',' || t.text === ';') return -1;
    // (wink may tag the first gerund as a noun: "of looting and killing".)
    if (t.lower.endsWith('ing') && /^(of|for)$/.test(tokens[q - 1]!.lower)) return q - 1;
    if (t.pos === 'VERB') return -1;
  }
  return -1;
}

function governingVerb(cx: SentenceContext, gStart: number): number | null {
  const { tokens } = cx.doc;
  const { s } = cx;
  let k = gStart - 1;
  if (k < s.first || tokens[k]!.lower !== 'to') {
    // "to" may sit inside the verb group (it is tagged PART).
    const t = tokens[gStart];
    if (!t || t.lower !== 'to') return null;
    k = gStart;
  }
  // (Quotation marks are no words: 'triggered the "snapback" mechanism to reimpose'.)
  for (let q = k - 1, words = 0; q >= s.first && words < 6; q--) {
    const t = tokens[q]!;
    if (isQuote(t.text)) continue;
    words++;
    if (t.pos === 'VERB') return q;
    if (t.text === ',' || t.pos === 'PUNCT') return null;
  }
  return null;
}

/**
 * "to halt its strikes and pull out of the positions": a verb coordinated with an infinitive
 * shares that infinitive's governing verb; null when there is none.
 */
function coordinatedInfinitiveGovernor(cx: SentenceContext, gStart: number): number | null {
  const { sh, tokens } = cx.doc;
  const { s } = cx;
  if (!/^(and|or)$/.test(tokens[gStart - 1]?.lower ?? '')) return null;
  for (let q = gStart - 2; q >= Math.max(s.first, gStart - 9); q--) {
    const t = tokens[q]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    if (t.pos !== 'VERB') continue;
    return tokens[q - 1]?.lower === 'to' ? governingVerb(cx, sh.verbGroupStart(q)) : null;
  }
  return null;
}

/**
 * Whether the verb group at gStart is inside a that-clause after a demand ("demanded that the
 * M23 halt its offensive and withdraw", "Moscow's demand that Kyiv pull out"): a demand verb
 * (negotiation demand_verbs that want something) or a REQUEST noun right before "that".
 */
function demandedThat(cx: SentenceContext, gStart: number): boolean {
  const { kb, sh, tokens } = cx.doc;
  const { lemmaAt, s } = cx;
  for (let q = gStart - 1; q >= Math.max(s.first + 1, gStart - 16); q--) {
    const t = tokens[q]!;
    if (t.pos === 'PUNCT') return false;
    if (t.lower !== 'that') continue;
    const p = q - 1;
    if (tokens[p]!.pos === 'VERB') return kb.demandMatcher.matchesAt(sh.verbGroupStart(p) <= p ? firstWordOf(cx, p) : p, lemmaAt).some((m) => m.values.some((x) => x.polarity === 'wants') && m.end === p + 1);
    if (tokens[p]!.pos === 'NOUN') return kb.eventMatcher.matchesAt(p, lemmaAt).some((m) => m.values.some((x) => x.event === 'REQUEST' && x.pos.includes('NOUN')));
    return false;
  }
  return false;
}

/** The first word of a phrasal verb ending at p ("call for" ending at "for"), or p. */
function firstWordOf(cx: SentenceContext, p: number): number {
  const { tokens } = cx.doc;
  return tokens[p]!.pos === 'ADP' && tokens[p - 1]?.pos === 'VERB' ? p - 1 : p;
}

/** Where what the object is called starts ("called it [a warning]", "described them as [an act]"), or -1. */
function labelStart(cx: SentenceContext, from: number, limit: number): number {
  const { tokens } = cx.doc;
  const named = namingAt(cx, from, limit);
  if (named >= 0) return named;
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    const t = tokens[k]!;
    if (t.lower === 'as' && k > from) return k + 1;
    if (t.text === ',' || t.pos === 'VERB' || (t.pos === 'ADP' && t.lower !== 'of')) return -1;
  }
  return -1;
}

/**
 * The subject found for verb v, checked; null when the verb is no event of its own.
 * - "the families of Israelis held hostage by Hamas protested": the "by" agent of a participle
 *   is not the next verb's subject.
 * - "efforts by Berri to reach a ceasefire", "send negotiators to Cairo to continue the talks": a
 *   name inside a prepositional phrase before an infinitive's "to" is not its subject. The
 *   subject is then that of the clause's verb; null when an act coded in between already has the
 *   infinitive as its content or purpose ("pressure on Hamas to release").
 */
function ownSubject(cx: SentenceContext, v: number, subj: Mention[]): Mention[] | null {
  const { actors, sh, tokens } = cx.doc;
  const { s } = cx;
  const g = sh.verbGroupStart(v);
  const infinitive = (k: number) => tokens[k]?.lower === 'to' || tokens[k - 1]?.lower === 'to';
  const coded = (r: number) => lastInSentence(cx, (ev) => ev.trigger[0] <= r && r < ev.trigger[1]) !== undefined;
  if (subj.length === 0) {
    // "stepped up pressure on Hamas to release ...": an infinitive after a coded act is its content.
    if (infinitive(g)) {
      for (let r = g - 1; r >= Math.max(s.first, g - 6) && tokens[r]!.pos !== 'VERB'; r--) if (coded(r)) return null;
    }
    return subj;
  }
  let q = subj[0]!.start - 1;
  while (q >= s.first && ['DET', 'ADJ', 'NUM'].includes(tokens[q]!.pos)) q--;
  // A coded participle: the noun it modifies ("Israelis") stands for the subject instead.
  const participle = q >= s.first && tokens[q]!.lower === 'by' && !infinitive(g) ? lastInSentence(cx, (ev) => ev.trigger[1] === q) : undefined;
  if (participle) {
    const modified = sh.mentionEndingAt(participle.trigger[0] - 1);
    return modified && !modified.modifier ? sh.conjoinedLeft(modified) : [];
  }
  // "pagers used by Hezbollah members exploded": an uncoded participle modifying a thing; but
  // "rebels led by HTS seized" (a participle after people) names who they are.
  const pp = tokens[q - 1];
  if (q >= s.first && tokens[q]!.lower === 'by' && !infinitive(g) && pp && (pp.pos === 'VERB' || pp.pos === 'ADJ') && /(ed|en|wn|ld|nt|ht)$/.test(pp.lower) && pp.lower !== pp.lemma
    && tokens[q - 2]?.pos === 'NOUN' && !actors.byToken[q - 2]) return [];
  if (!infinitive(g)) return subj;
  if (q < s.first || tokens[q]!.pos !== 'ADP') return subj;
  for (let r = q - 1; r >= s.first; r--) {
    const t = tokens[r]!;
    if (t.text === ';' || t.text === ':') break;
    // "pressure on Hamas to release": the infinitive is what the coded act asks for.
    if (coded(r)) return null;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && !infinitive(sh.verbGroupStart(r))) return sh.subjectOf(r);
  }
  return [];
}

/** Whether the noun phrase starting at np follows a preposition of purpose, topic, cause or time. */
function referencedBefore(cx: SentenceContext, np: number): boolean {
  const { tokens } = cx.doc;
  const { s } = cx;
  let q = np - 1;
  while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM' || tokens[q]!.pos === 'SYM')) q--;
  if (q < s.first) return false;
  const w = tokens[q]!.lower;
  return PURPOSE_PREPS.has(w) || w === 'since' || (w === 'to' && /^(response|reaction|retaliation)$/.test(tokens[q - 1]?.lower ?? ''));
}

/** Whether the noun phrase starting at np is the object of an event verb ("condemned the", "agreed to"). */
function objectOfEventVerb(cx: SentenceContext, np: number): boolean {
  const { tokens } = cx.doc;
  const { s } = cx;
  let q = np - 1;
  while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM')) q--;
  if (q >= s.first && /^(to|for|against)$/.test(tokens[q]!.lower)) q--;
  return q >= s.first && tokens[q]!.pos === 'VERB' && isEventTrigger(cx, q);
}

/** "called the sanctions unjustified", "calling it a warning": an object and then what it is called. */
function namesObject(cx: SentenceContext, from: number, limit: number): boolean {
  return namingAt(cx, from, limit) >= 0;
}

function namingAt(cx: SentenceContext, from: number, limit: number): number {
  const { actors, tokens } = cx.doc;
  let k = from;
  let sawObject = false;
  let sawHead = false;
  for (; k < Math.min(limit, from + 8); k++) {
    const t = tokens[k]!;
    // "calling the U.S. escalation a form of bullying": an article after the object starts its label.
    if (sawObject && /^(a|an)$/.test(t.lower)) break;
    if (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) || actors.byToken[k] || (sawObject && (t.text === "'s" || t.text === "'"))
      // "North Korea's missile launch": a bare verb form after a noun is part of a compound.
      || (sawObject && t.pos === 'VERB' && t.lower === t.lemma && tokens[k - 1]?.pos === 'NOUN')) { sawObject = true; if (t.pos === 'PRON') { k++; break; } continue; }
    if (t.pos === 'ADJ' && !sawObject) continue;
    break;
  }
  const next = tokens[k];
  // ("called the move legally flawed": an adverb before the adjective starts the label too.)
  const adverbed = next?.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ';
  return sawObject && !!next && k < limit && (next.pos === 'ADJ' || adverbed || /^(a|an)$/.test(next.lower) || isQuote(next.text)) ? k : -1;
}

/** Lemma of the head noun of the direct object: the last noun before a preposition or the clause end. */
function objectHead(cx: SentenceContext, from: number, limit: number): string | null {
  const { containerNouns, tokens } = cx.doc;
  let head: string | null = null;
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lemma;
    // "Sudan's unity": the possessor is not the head; nor is a participle ("its expanded export controls").
    else if (t.text === "'s" || t.text === "'") continue;
    else if (!head && t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
    // "an 18th package of sanctions": the head is what the container holds.
    else if (head && t.lower === 'of' && containerNouns.has(head)) head = null;
    else if (head && !(t.pos === 'NOUN' || t.pos === 'PROPN')) break;
    else if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
  }
  return head;
}

/** "the plan outlined by Biden", "efforts by Berri": the "by" agent inside the object phrase. */
function objectAuthor(cx: SentenceContext, from: number, limit: number): Mention[] {
  const { actors, sh, tokens } = cx.doc;
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    const t = tokens[k]!;
    if (t.lower === 'by') {
      const m = sh.mentionStartingAt(k + 1);
      return m && !m.modifier ? sh.conjoinedRight(m, limit) : m ? [m] : [];
    }
    const participle = t.pos === 'VERB' && /(ed|en|wn)$/.test(t.lower) && tokens[k + 1]?.lower === 'by';
    if (!(['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos) || participle) || actors.byToken[k]) return [];
  }
  return [];
}

/** Subject of the clause whose verb precedes token q ("Ukraine said after talks ..."), through an infinitive. */
function clauseSubject(cx: SentenceContext, q: number, finiteOnly: boolean): Mention[] {
  return clauseOf(cx, q, finiteOnly).subject;
}

/** The verb of the clause before token q and that verb's subject. */
function clauseOf(cx: SentenceContext, q: number, finiteOnly: boolean): { verb: number | null; subject: Mention[] } {
  const { sh, tokens } = cx.doc;
  const { s } = cx;
  for (let k = q - 1; k >= s.first; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') break;
    if (t.pos !== 'VERB' || (t.lower.endsWith('ing') && ['ADP', 'SCONJ'].includes(tokens[k - 1]?.pos ?? ''))) continue;
    if (finiteOnly && governingVerb(cx, sh.verbGroupStart(k)) !== null) break;
    const subj = sh.subjectOf(k);
    if (subj.length) return { verb: k, subject: subj };
    const gov = governingVerb(cx, sh.verbGroupStart(k));
    return gov !== null ? { verb: gov, subject: sh.subjectOf(gov) } : { verb: k, subject: [] };
  }
  return { verb: null, subject: [] };
}

/**
 * The subject a participle clause hangs on. `verbal`: the participle is a verbal act, which a
 * document can perform ("a resolution calling on ..."); `skipFrame`: look past a reporting
 * frame (", the charity said, prompting ...").
 */
function participleSubject(cx: SentenceContext, v: number, verbal = false, skipFrame = false): Mention[] {
  const { actors, documentNouns, sh, statements, tokens } = cx.doc;
  const { s } = cx;
  const prev = tokens[v - 1];
  if (!prev) return [];
  // "adopted a resolution backing the plan and calling on Israel": a second participle in a row,
  // or a participle on a document ("issued a statement calling for"), speaks for the clause's subject.
  const coordinated = (prev.lower === 'and' || prev.lower === 'or') && tokens.slice(s.first, v - 1).some((t) => t.pos === 'VERB' && t.lower.endsWith('ing'));
  // Over "in Sharm el-Sheikh on Monday" back to the document.
  let d = v - 1;
  if (sh.onWeekdayEndingAt(d)) d -= 2;
  const at = actors.placeByToken[d] ?? actors.byToken[d];
  if (at && /^(in|at)$/.test(tokens[at.start - 1]?.lower ?? '')) d = at.start - 2;
  // Any participle right after an instrument acts for its signer: "Putin signed a decree calling up
  // 160,000 men".
  const onDocument = documentNouns.has(tokens[d]?.lemma ?? '') && (verbal || d === v - 1);
  if (!(prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.text === ',' || coordinated || onDocument)) return [];
  // "people displaced by fighting": the cause of a passive, not an act of the clause's subject;
  // "the venue for signing the treaty": a purpose of a noun.
  // ("Greece responded by deploying warships": an intransitive verb's "by" names its means.)
  if (prev.lower === 'by' && /(ed|en|wn)$/.test(tokens[v - 2]?.lower ?? '') && !cx.doc.meansByVerbs.has(tokens[v - 2]!.lemma)) return [];
  if (prev.lower === 'for' && tokens[v - 2]?.pos === 'NOUN') return [];
  for (let q = v - 2; q >= s.first; q--) {
    // A reporting frame in between (", the charity said, prompting ...") is not the clause
    // whose deed prompted the reaction.
    const frame = skipFrame && tokens[q + 1]?.text === ',' ? statements.find((st) => st.cueStart === q && st.speaker.start < q && st.contentTokens[1] <= st.speaker.start) : undefined;
    if (frame) { q = Math.min(q, frame.speaker.start); continue; }
    const t = tokens[q]!;
    // The finite verb of the main clause: not an infinitive ("48 hours to leave"), nor a participle
    // inside a noun phrase ("the plan outlined by Biden", "a U.S.-drafted resolution").
    // (Irregular ones too after a common noun: "the mine run by Orano", "the town hit by".)
    const reduced = ((/(ed|en|wn)$/.test(t.lower) && (tokens[q - 1]?.text === '-' || (['NOUN', 'PROPN'].includes(tokens[q - 1]?.pos ?? '') && tokens[q + 1]?.lower === 'by')))
      || (tokens[q - 1]?.pos === 'NOUN' && tokens[q + 1]?.lower === 'by' && sh.verbGroupStart(q) === q)) && !cx.doc.meansByVerbs.has(t.lemma);
    // A bare participle with no subject ("a law passed by parliament") is inside a noun phrase too:
    // keep looking for the clause's verb.
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to' && !reduced) {
      // "Ndayishimiye said his troops would stay ..., rejecting calls for their withdrawal": a
      // verbal act after a clause the speaker reports is the speaker's; climb to the report verb.
      const report = verbal ? statements.find((st) => st.cueStart < q && st.speaker.start < st.cueStart && st.contentTokens[0] > st.cueStart && st.contentTokens[0] <= q && q < st.contentTokens[1] && v > q) : undefined;
      if (report) { q = report.cueStart + 1; continue; }
      const subj = sh.subjectOf(q);
      // "the junta said it would nationalise the mine, accusing the company of ...": a pronoun
      // the actor layer left open in a reported clause stands for the reporter; climb to it.
      if (subj.every((m) => m.kind === 'pronoun' && !named(cx, m)) && tokens[sh.verbGroupStart(q) - 1]?.pos === 'PRON' && reportedClauseCue(cx, sh.verbGroupStart(q)) !== null) continue;
      if (subj.length || !/(ed|en)$/.test(t.lower) || sh.verbGroupStart(q) !== q) return ownSubject(cx, q, subj) ?? [];
    }
  }
  return [];
}

/** A participle right after a document noun, past a dating phrase: "a decree (on Wednesday) granting". */
function onDocument(cx: SentenceContext, v: number): boolean {
  const { documentNouns, sh, tokens } = cx.doc;
  const d = sh.onWeekdayEndingAt(v - 1) ? v - 3 : v - 1;
  return documentNouns.has(tokens[d]?.lemma ?? '');
}

/**
 * "Ukrainian naval drones", "Russian long-range bombers": a group noun that names nobody, with a
 * demonym or party name a few modifiers before it, stands for that party; else the mention.
 */
function qualifiedGroup(cx: SentenceContext, m: Mention): Mention {
  const { actors, tokens } = cx.doc;
  const { s } = cx;
  if (m.kind !== 'group' || named(cx, m)) return m;
  for (let q = m.start - 1; q >= Math.max(s.first, m.start - 3); q--) {
    const c = actors.byToken[q];
    if (c && c.end === q + 1) return (c.modifier || c.kind === 'country' || c.kind === 'org') && named(cx, c) ? c : m;
    if (!['ADJ', 'NOUN'].includes(tokens[q]!.pos) && tokens[q]!.text !== '-') return m;
  }
  return m;
}

/** Whether a mention names a party (a state, organisation or known actor). */
function named(cx: SentenceContext, m: Mention): boolean {
  return m.actor.id !== null || m.actor.country !== null || m.actor.org != null;
}

/**
 * The reporting verb whose content clause starts at the subject of the verb group at g ("said
 * [that] it would ..."), or null: the subject is one word (a pronoun) right after the cue, an
 * optional "that" and an optional "on Thursday".
 */
function reportedClauseCue(cx: SentenceContext, g: number): number | null {
  const { cueStarts, sh, tokens } = cx.doc;
  const { s } = cx;
  let b = g - 2;
  if (tokens[b]?.lower === 'that') b--;
  if (sh.onWeekdayEndingAt(b)) b -= 2;
  return b >= s.first && tokens[b]!.pos === 'VERB' && cueStarts.has(b) ? b : null;
}

/** "agreed in a phone call on Tuesday that both sides would halt strikes": the content of an agreement. */
function agreedThat(cx: SentenceContext, t0: number): boolean {
  const { kb, tokens } = cx.doc;
  const { lemmaAt, s } = cx;
  for (let k = t0 - 1; k >= Math.max(s.first, t0 - 12); k--) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return false;
    if (tokens[k]!.lower !== 'that') continue;
    for (let q = k - 1; q >= Math.max(s.first, k - 10); q--) {
      const t = tokens[q]!;
      if (t.pos !== 'VERB') continue;
      return kb.eventMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((e) => e.event === 'AGREE' && e.pos.includes('VERB')));
    }
    return false;
  }
  return false;
}

function threatOrAgreementCue(cx: SentenceContext, st: Statement): boolean {
  const { doc, kb, tokens } = cx.doc;
  const cs = doc.sentences[st.sentence]!;
  return kb.eventMatcher.matchesAt(st.cueStart, (q) => (q < cs.last ? tokens[q]!.lemma : undefined)).some((m) => m.values.some((e) => e.event === 'THREATEN' || (e.event === 'AGREE' && e.pos.includes('VERB'))));
}

function participleOfOtherEvent(cx: SentenceContext, v: number, type: string): boolean {
  const { kb, tokens } = cx.doc;
  const { lemmaAt } = cx;
  const ms = tokens[v]?.pos === 'ADP' ? [] : kb.eventMatcher.matchesAt(v, lemmaAt);
  const types = ms.flatMap((m) => m.values.filter((x) => x.pos.includes('VERB')).map((x) => x.event));
  return types.length > 0 && !types.includes(type);
}

/** The latest event coded so far in this sentence that passes the test (events are in order). */
function lastInSentence(cx: SentenceContext, test: (x: CodedEvent) => boolean): CodedEvent | undefined {
  const { out } = cx.doc;
  const { firstOfSentence } = cx;
  for (let k = out.length - 1; k >= firstOfSentence; k--) if (test(out[k]!)) return out[k];
  return undefined;
}

/** "ready to meet Putin", "willing to begin consultations": offering talks agrees to them. */
function readyFor(cx: SentenceContext, gStart: number, e: EventTrigger): EventTrigger {
  return e.event === 'CONSULT' && readyAt(cx, gStart) >= 0 ? { ...e, event: 'AGREE', mode: null } : e;
}

/**
 * "had no intention of invading", "has no plans to attack", "does not have any intention of
 * annexing": an intention noun (modality.json intention_nouns) held with "have" right before
 * the gerund or infinitive whose verb group starts at gStart. The "have" and whether the
 * intention is denied ("no", or a negated "have"); null when there is none.
 */
function intentionHeld(cx: SentenceContext, gStart: number): { have: number; negated: boolean } | null {
  const { intentionNouns, negation, sh, tokens } = cx.doc;
  const { s } = cx;
  const k = tokens[gStart]?.lower === 'to' ? gStart - 1 : /^(to|of)$/.test(tokens[gStart - 1]?.lower ?? '') ? gStart - 2 : -1;
  if (k <= s.first || tokens[k]!.pos !== 'NOUN' || !intentionNouns.has(tokens[k]!.lemma)) return null;
  let q = k - 1;
  if (tokens[q]?.pos === 'ADJ') q--;
  const det = tokens[q]?.pos === 'DET' ? tokens[q]!.lower : null;
  if (det !== null) q--;
  if (q < s.first || tokens[q]!.lemma !== 'have') return null;
  const words = verbGroupWords(cx, sh.verbGroupStart(q), q);
  return { have: q, negated: det === 'no' || words.some((w) => negation.has(w)) };
}

/** The readiness adjective before the infinitive whose verb group starts at gStart, or -1. */
function readyAt(cx: SentenceContext, gStart: number): number {
  const { readiness, tokens } = cx.doc;
  const to = tokens[gStart]?.lower === 'to' ? gStart : gStart - 1;
  return tokens[to]?.lower === 'to' && readiness.has(tokens[to - 1]?.lower ?? '') ? to - 1 : -1;
}

function eventNounAt(cx: SentenceContext, n: number, type?: string): boolean {
  const { kb, tokens } = cx.doc;
  const { lemmaAt } = cx;
  return tokens[n]?.pos === 'NOUN' && kb.eventMatcher.matchesAt(n, lemmaAt).some((m) => m.end === n + 1 && m.values.some((x) => (!type || x.event === type) && x.pos.includes('NOUN')));
}

function isEventTrigger(cx: SentenceContext, v: number): boolean {
  const { kb } = cx.doc;
  const { lemmaAt } = cx;
  // A naming sense ("held X responsible") fires only with its label; the verb alone is no event.
  return kb.eventMatcher.matchesAt(v, lemmaAt).some((m) => m.values.some((e) => e.pos.includes('VERB') && !e.labels && (!constrained(e) || fits(cx, e, v, m.end, true))));
}

function verbGroupWords(cx: SentenceContext, gStart: number, v: number): string[] {
  const { tokens } = cx.doc;
  const out: string[] = [];
  for (let k = gStart; k < v; k++) out.push(tokens[k]!.lower);
  // "did not" splits as "did" "n't"; wink lemmatises "n't" to "not".
  return out.concat(out.includes("n't") ? ['not'] : []);
}

function yetTo(cx: SentenceContext, gStart: number): boolean {
  const { tokens } = cx.doc;
  // "has yet to accept": not (yet) done.
  const a = tokens[gStart - 2];
  const b = tokens[gStart - 1];
  return !!a && !!b && a.lower === 'yet' && b.lower === 'to';
}

/** "if"/"unless" opening a condition: not "asked if" (whether) nor "as if" (a comparison). */
function conditionCue(cx: SentenceContext, k: number): boolean {
  const { tokens } = cx.doc;
  const { s } = cx;
  const t = tokens[k]!;
  if (t.lower !== 'if' && t.lower !== 'unless') return false;
  const prev = tokens[k - 1];
  if (k === s.first || !prev) return true;
  // "as if" compares, "even if" concedes; "asked if" is "whether".
  if (prev.lower === 'as' || prev.lower === 'even') return false;
  return prev.text === ',' || prev.pos !== 'VERB';
}

/**
 * Whether token i lies inside the condition itself ("... unless Hamas freed hostages",
 * "If Kyiv withdraws, ..."): a condition names what has not happened, so it is no event. The
 * condition runs from its cue to the next comma or semicolon.
 */
function inConditionClause(cx: SentenceContext, s: Sentence, i: number): boolean {
  const { tokens } = cx.doc;
  for (let k = i - 1; k >= s.first; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ',' || t.text === ':' || isQuote(t.text)) return false;
    if (conditionCue(cx, k)) return true;
  }
  return false;
}

/**
 * "Israel said it would withdraw", "would not hand over ..., the group said": in speech reported
 * in the past, a bare "would" is the past's future, not a hypothesis (unless a condition hangs on it).
 */
function pastFuture(cx: SentenceContext, group: string[], i: number, end: number): boolean {
  const { hypo, statements, tokens } = cx.doc;
  const { s } = cx;
  if (!group.includes('would') || group.some((w) => w !== 'would' && hypo.has(w))) return false;
  if (inConditional(cx, s, i) || conditionAfter(cx, s, end)) return false;
  const st = statementCovering(statements, i);
  const cue = st ? tokens[st.cueStart] : undefined;
  return !!cue && cue.lower !== cue.lemma && !cue.lower.endsWith('s');
}

/** A condition later in the sentence ("would strike ... if the truce collapsed"). */
function conditionAfter(cx: SentenceContext, s: Sentence, i: number): boolean {
  const { tokens } = cx.doc;
  for (let k = i; k < s.last; k++) {
    if (tokens[k]!.text === ';' || tokens[k]!.lower === 'but') return false;
    if (conditionCue(cx, k)) return true;
  }
  return false;
}

function inConditional(cx: SentenceContext, s: Sentence, i: number): boolean {
  const { tokens } = cx.doc;
  for (let k = i - 1; k >= s.first; k--) {
    const t = tokens[k]!;
    if (t.text === ';') return false;
    if (conditionCue(cx, k)) {
      // "If X, Y would ...": the condition clause and the consequence are both hypothetical.
      return true;
    }
  }
  return false;
}

/** Whether the token at k is a participle of a third-party verb ("mediated", "brokered", "hosted"). */
function thirdPartyAt(cx: SentenceContext, k: number): boolean {
  const { thirdPartyVerbs, tokens } = cx.doc;
  const { s } = cx;
  const p = tokens[k];
  return !!p && k < s.last && (p.pos === 'VERB' || p.pos === 'ADJ') && /(ed|en)$/.test(p.lower) && [p.lemma, p.lower.replace(/d$/, ''), p.lower.replace(/ed$/, '')].some((f) => thirdPartyVerbs.has(f));
}

/** "Qatar" in "Qatar-mediated talks", "Turkish" in "a Turkish-brokered deal". */
function mediatorModifier(cx: SentenceContext, m: Mention): boolean {
  const { tokens } = cx.doc;
  return tokens[m.end]?.text === '-' && thirdPartyAt(cx, m.end + 1);
}

/**
 * A mediator consults the parties it brings together (PLOVER CONSULT, third party): "after Omani
 * mediation", "at China-brokered talks", "a release mediated by Qatar", "accepted a Russian-mediated
 * truce". With no parties named on the mediation itself, they are the parties (actors and
 * targets) of the nearest other event of the sentence, before it if any. "Israel and Hamas held
 * Qatar-mediated talks": the parties meet each other, and the mediator meets both.
 */
function mediatedParties(cx: SentenceContext): void {
  const { out, sh, tokens } = cx.doc;
  const { firstOfSentence, s } = cx;
  for (let q = firstOfSentence; q < out.length; q++) {
    const ev = out[q]!;
    if (ev.entry.event !== 'CONSULT') continue;
    const [t0, t1] = ev.trigger;
    let p = t0 - 1;
    while (p > s.first && ['NOUN', 'ADJ'].includes(tokens[p]!.pos) && !thirdPartyAt(cx, p)) p--;
    const mediator = tokens[p - 1]?.text === '-' && thirdPartyAt(cx, p) ? sh.mentionEndingAt(p - 2) : undefined;
    if (mediator && (mediator.actor.id || mediator.actor.country) && !ev.actors.some((a) => sameParty(a, mediator.actor))) {
      ev.recipients = ev.recipients.filter((r) => !sameParty(r, mediator.actor));
      if (ev.recipients.length === 0 && ev.actors.length > 1) { ev.recipients = ev.actors.slice(1); ev.actors = ev.actors.slice(0, 1); }
      if (ev.recipients.length === 0) continue;
      const parties = uniqueActors([...ev.actors, ...ev.recipients]);
      out.splice(q + 1, 0, { ...ev, actors: [mediator.actor], recipients: parties, rule: ev.rule + '+mediator' });
      q++;
      continue;
    }
    const third = ev.entry.mode === 'third-party' || ev.rule.startsWith('event:mediated') || (ev.rule.startsWith('event:noun-led') && thirdPartyAt(cx, p));
    if (!third || ev.recipients.length > 0 || ev.actors.length === 0) continue;
    const others = out.slice(firstOfSentence).filter((x) => x !== ev && x.entry.mode !== 'third-party' && !x.rule.includes('mediat') && x.actors.length > 0 && !x.actors.some((a) => ev.actors.some((b) => sameParty(a, b))));
    const near = others.filter((x) => x.trigger[1] <= t0).pop() ?? others.find((x) => x.trigger[0] >= t1);
    if (!near) continue;
    const parties = uniqueActors([...near.actors, ...near.recipients]).filter((r) => !ev.actors.some((a) => sameParty(a, r)));
    if (parties.length) { ev.recipients = parties; ev.rule += '+mediated-parties'; }
  }
}

/**
 * "Thailand and Cambodia accused each other of ...", "India and Pakistan traded accusations": a
 * one-way act done by a pair to each other is one event per side (A -> B and B -> A). Symmetric
 * types and lemmas ("met each other", "exchanged fire") keep their single A -> B event.
 */
function splitReciprocals(cx: SentenceContext): void {
  const { out, symmetricLemmas, symmetricTypes } = cx.doc;
  const { firstOfSentence } = cx;
  for (let q = firstOfSentence; q < out.length; q++) {
    const ev = out[q]!;
    const e = ev.entry;
    if (ev.actors.length < 2 || e.symmetric || symmetricTypes.has(e.event) || symmetricLemmas.has(e.lemma)) continue;
    if (ev.recipients.some((r) => !ev.actors.some((a) => sameParty(a, r)))) continue;
    if (!reciprocal(cx, ev)) continue;
    const sides = ev.actors.map((a) => ({ ...ev, actors: [a], recipients: ev.actors.filter((b) => b !== a), rule: ev.rule + '+reciprocal' }));
    out.splice(q, 1, ...sides);
    q += sides.length - 1;
  }
}

/** "each other" / "one another" after the trigger (or its preposition), or a trading verb before a noun of a reciprocal type. */
function reciprocal(cx: SentenceContext, ev: CodedEvent): boolean {
  const { reciprocalObjects, reciprocalTypes, tokens } = cx.doc;
  const [t0, t1] = ev.trigger;
  const at = (k: number) => reciprocalObjects.some((w) => w.every((x, n) => tokens[k + n]?.lower === x));
  if (at(t1) || (tokens[t1]?.pos === 'ADP' && at(t1 + 1))) return true;
  return reciprocalTypes.has(ev.entry.event) && tradedNoun(cx, t0);
}

/** Whether the event noun at n0 is the object of a trading verb ("traded accusations", "exchanged heavy fire"). */
function tradedNoun(cx: SentenceContext, n0: number): boolean {
  const { reciprocalVerbs, tokens } = cx.doc;
  const { s } = cx;
  if (tokens[n0]!.pos !== 'NOUN') return false;
  let k = n0 - 1;
  while (k >= s.first && k > n0 - 4 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[k]!.pos)) k--;
  return k >= s.first && tokens[k]!.pos === 'VERB' && reciprocalVerbs.has(tokens[k]!.lemma);
}

/**
 * "Rebels detained 13 aid workers, the U.N. said, calling for their release": a demand for a
 * release is aimed at whoever holds the people, named by a detention in the same sentence.
 */
function releaseFromCaptor(cx: SentenceContext, events: CodedEvent[]): void {
  const { kb, sh } = cx.doc;
  const { lemmaAt } = cx;
  for (const ev of events) {
    if (ev.recipients.length > 0 || ev.entry.event !== 'REQUEST') continue;
    const end = sh.clauseEnd(ev.trigger[0]);
    let asksRelease = false;
    for (let k = ev.trigger[1]; k < end && !asksRelease; k++) {
      asksRelease = kb.eventMatcher.matchesAt(k, lemmaAt).some((m) => m.values.some((x) => x.mode === 'release'));
    }
    if (!asksRelease) continue;
    const holds = (c: CodedEvent) => (c.entry.event === 'COERCE' && c.entry.mode !== 'seize') || c.entry.mode === 'abduct';
    const captor = events.find((c) => holds(c) && !c.negated && !c.actors.some((a) => ev.actors.some((b) => sameParty(a, b))));
    if (!captor) continue;
    ev.recipients = captor.actors;
    ev.rule += '+recipient-captor';
  }
}

/**
 * "Houthi forces raided U.N. offices and detained 11 staff members": force used in a second
 * conjunct on people no actor names lands on the first conjunct's target.
 */
function targetOfFirstConjunct(cx: SentenceContext, events: CodedEvent[]): void {
  const { actors, tokens } = cx.doc;
  for (const ev of events) {
    // The place where it happened is only a fallback: the first conjunct's target says more.
    const fromPlace = ev.rule.endsWith('+recipient-from-location');
    if ((ev.recipients.length > 0 && !fromPlace) || !FORCE.has(ev.entry.event)) continue;
    const e0 = ev.trigger[0];
    for (const prev of events) {
      if (prev === ev || !FORCE.has(prev.entry.event) || prev.recipients.length === 0 || prev.trigger[1] > e0) continue;
      if (!prev.actors.some((a) => ev.actors.some((b) => sameParty(a, b)))) continue;
      // Only "and" (and the first conjunct's words) between: no comma, no new subject.
      let joined = false;
      for (let q = prev.trigger[1]; q < e0; q++) {
        if (tokens[q]!.text === ',' || tokens[q]!.text === ';' || tokens[q]!.pos === 'VERB') { joined = false; break; }
        if (tokens[q]!.lower === 'and') joined = !actors.byToken[q + 1];
      }
      if (!joined) continue;
      ev.recipients = prev.recipients;
      ev.rule = ev.rule.replace(/\+recipient-from-location$/, '') + '+recipient-of-first-conjunct';
      break;
    }
  }
}

/**
 * "Hamas postponed the release, accusing Israel of violating the truce", "blamed Israel for
 * the blasts and vowed to retaliate": a hostile step its actor justifies by an accusation in
 * the same clause complex is aimed at the accused.
 */
function targetAccused(cx: SentenceContext, events: CodedEvent[]): void {
  const { accusedIsTarget, actors, tokens } = cx.doc;
  for (const ev of events) {
    if (ev.recipients.length > 0 || !accusedIsTarget.has(ev.entry.event)) continue;
    for (const acc of events) {
      // Retaliation is against whoever the side blamed earlier in the sentence, however it blamed them.
      const retaliation = ev.entry.event === 'THREATEN' && acc.trigger[1] <= ev.trigger[0];
      if (acc === ev || acc.entry.event !== 'ACCUSE' || (acc.entry.mode !== 'allege' && !retaliation) || acc.recipients.length === 0 || acc.negated) continue;
      if (!acc.actors.some((a) => ev.actors.some((b) => sameParty(a, b)))) continue;
      const [a0, a1] = acc.trigger;
      const [e0, e1] = ev.trigger;
      // ", accusing X of ..." after the step, or "blamed X ... and vowed to ..." before it.
      const participleAfter = a0 >= e1 && tokens[a0 - 1]?.text === ',' && tokens[a0]!.lower.endsWith('ing');
      let coordinatedBefore = false;
      if (a1 <= e0) {
        for (let q = a1; q < e0; q++) {
          if (tokens[q]!.text === ',' || tokens[q]!.text === ';') break;
          if (tokens[q]!.lower === 'and' && !actors.byToken[q + 1]) { coordinatedBefore = true; break; }
        }
      }
      if (!participleAfter && !coordinatedBefore && !retaliation) continue;
      const targets = acc.recipients.filter((r) => !ev.actors.some((a) => sameParty(a, r)));
      if (targets.length === 0) continue;
      ev.recipients = targets;
      ev.rule += '+recipient-accused';
      break;
    }
  }
}

/**
 * "imposed sanctions on two Rwandan commanders, accusing them of ...", "expelled the French
 * ambassador, accusing the diplomat of ...": a participle clause hanging on an act names its
 * target again by a pronoun or a bare description; that target is the act's. Only when the
 * participle found nobody and shares the act's actor.
 */
function participleTarget(cx: SentenceContext, events: CodedEvent[]): void {
  const { actors, tokens } = cx.doc;
  const { s } = cx;
  for (const ev of events) {
    const [v, vEnd] = ev.trigger;
    if (ev.recipients.length > 0 || ev.actors.length === 0 || !STANCE_TYPES.has(ev.entry.event)) continue;
    if (tokens[v - 1]?.text !== ',' || !tokens[v]!.lower.endsWith('ing') || tokens[v]!.pos !== 'VERB') continue;
    // The object: an object pronoun, or "the" and a common noun naming nobody.
    const o = tokens[vEnd];
    const pronoun = o?.pos === 'PRON' && /^(them|him|her|it)$/.test(o.lower);
    let description = false;
    if (!pronoun && o?.lower === 'the') {
      let k = vEnd + 1;
      const unnamed = (q: number) => !actors.byToken[q] || !named(cx, actors.byToken[q]!);
      while (k < s.last && ['ADJ', 'NOUN'].includes(tokens[k]!.pos) && unnamed(k)) k++;
      description = k > vEnd + 1 && tokens[k - 1]!.pos === 'NOUN' && (k >= s.last || ['ADP', 'PUNCT'].includes(tokens[k]!.pos));
    }
    const m = actors.byToken[vEnd];
    if (!(pronoun || description) || (m && named(cx, m) && m.kind !== 'pronoun' && m.kind !== 'anaphor')) continue;
    let prior: CodedEvent | undefined;
    for (const x of events) {
      if (x === ev || x.trigger[1] > v || x.recipients.length === 0 || x.negated) continue;
      if (!x.actors.some((a) => ev.actors.some((b) => sameParty(a, b)))) continue;
      if (!prior || x.trigger[0] > prior.trigger[0]) prior = x;
    }
    if (!prior) continue;
    const targets = prior.recipients.filter((r) => !ev.actors.some((a) => sameParty(a, r)));
    if (targets.length === 0) continue;
    ev.recipients = targets;
    ev.rule += '+participle-target';
  }
}

/**
 * "Army troops repelled an RSF assault on the garrison", "fended off four Ukrainian
 * counterattacks": an attack noun that is the object of a repel verb (recipients.json
 * repel_verbs) was aimed at the verb's subject, and the subject fought the attackers: one more
 * ASSAULT, subject -> attackers, on the verb.
 */
function repelledAttacks(cx: SentenceContext, list: CodedEvent[], from: number): void {
  const { repelVerbs, sh, tokens } = cx.doc;
  const { s } = cx;
  const n = list.length;
  for (let i = from; i < n; i++) {
    const x = list[i]!;
    if (x.entry.event !== 'ASSAULT' || x.actors.length === 0 || !x.rule.startsWith('event:noun')) continue;
    const start = nounPhraseStart(cx, x.trigger[0]);
    // The verb (or its particle) right before the noun phrase.
    let verb = -1;
    for (const words of repelVerbs) {
      const v0 = start - words.length;
      if (v0 < s.first || tokens[v0]!.pos !== 'VERB') continue;
      if (words.every((w, k) => tokens[v0 + k]!.lemma === w || tokens[v0 + k]!.lower === w)) { verb = v0; break; }
    }
    if (verb < 0) continue;
    const subj = ownSubject(cx, verb, coordinatedSubject(cx, verb, false) ?? sh.subjectOf(verb)) ?? [];
    const repellers = uniqueActors((subj.length ? subj : tokens[verb]!.lower.endsWith('ing') ? participleSubject(cx, verb) : [])
      .filter((m) => named(cx, m)).map((m) => m.actor)).filter((a) => !x.actors.some((b) => sameParty(a, b)));
    if (repellers.length === 0) continue;
    x.recipients = repellers;
    x.rule += '+repelled';
    const verbEnd = start;
    list.push({ ...x, trigger: [verb, verbEnd], entry: { ...x.entry, lemma: tokens[verb]!.lemma, pos: ['VERB'] }, actors: repellers, recipients: x.actors, rule: 'event:repel', mode: null });
  }
}

/** The subject of the reaction verb ("drew", "prompting") whose object is the event noun at n0. */
function reactionTarget(cx: SentenceContext, n0: number): Mention[] {
  const { reactionVerbs, sh, tokens } = cx.doc;
  const { s } = cx;
  let q = n0 - 1;
  while (q >= s.first && ['DET', 'ADJ'].includes(tokens[q]!.pos)) q--;
  if (q < s.first || tokens[q]!.pos !== 'VERB' || !reactionVerbs.has(tokens[q]!.lemma)) return [];
  if (sh.isPassive(q)) return [];
  const subj = sh.subjectOf(q);
  return subj.length ? subj : tokens[q]!.lower.endsWith('ing') ? participleSubject(cx, q, false, true) : [];
}

/**
 * The state behind a passive verb's subject phrase when no actor heads it: "Goma's airport was
 * seized" (a place), "Three Iranian nuclear sites, including ..., were bombed" (a demonym).
 */
function subjectPhraseTarget(cx: SentenceContext, v: number): { mentions: Mention[]; place: PlaceMention | null } {
  const { sh, tokens } = cx.doc;
  const { s } = cx;
  let k = sh.verbGroupStart(v) - 1;
  // ", including the Fordow plant,": an example list between commas.
  if (tokens[k]?.text === ',') {
    for (let q = k - 1; q >= Math.max(s.first, k - 12); q--) {
      if (tokens[q]!.text !== ',') continue;
      if (tokens[q + 1]?.lower === 'including') k = q - 1;
      break;
    }
  }
  return phraseTarget(cx, k);
}

/** The place or demonym inside the noun phrase ending at k ("a British-registered cargo ship"). */
function phraseTarget(cx: SentenceContext, k: number): { mentions: Mention[]; place: PlaceMention | null } {
  const { actors, tokens } = cx.doc;
  const { s } = cx;
  for (let q = k; q >= Math.max(s.first, k - 6); q--) {
    const p = actors.placeByToken[q];
    if (p) return { mentions: [], place: p };
    const m = actors.byToken[q];
    if (m && m.modifier) return { mentions: [m], place: null };
    const t = tokens[q]!;
    const inPhrase = ['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET'].includes(t.pos) || t.text === "'s" || t.text === "'" || t.text === '-' || (t.pos === 'VERB' && tokens[q - 1]?.text === '-');
    if (!inPhrase) break;
  }
  return { mentions: [], place: null };
}

/** "a cargo ship hit by a Houthi missile": the noun phrase a participle with "by" modifies. */
function reducedRelativeTarget(cx: SentenceContext, phraseStart: number): { mentions: Mention[]; place: PlaceMention | null } {
  const { sh, tokens } = cx.doc;
  const by = phraseStart - 1;
  const part = tokens[by - 1];
  if (tokens[by]?.lower !== 'by' || !part || !(part.pos === 'VERB' || part.pos === 'ADJ') || sh.verbGroupStart(by - 1) !== by - 1) return { mentions: [], place: null };
  // Only a participle right after its noun: "ship hit by", not "was hit by" (the passive clause codes that).
  if (!['NOUN', 'PROPN'].includes(tokens[by - 2]?.pos ?? '')) return { mentions: [], place: null };
  const m = sh.mentionEndingAt(by - 2);
  if (m && !m.modifier) return { mentions: [m], place: null };
  return phraseTarget(cx, by - 2);
}

/**
 * An object pronoun is not its own clause's subject: in "Sudan cut ties with the UAE, accusing
 * it of ...", "it" is the UAE, the nearest other state or organisation named before it.
 */
function rebindObjectPronoun(cx: SentenceContext, m: Mention, actorMs: Mention[]): Mention {
  const { actors } = cx.doc;
  const { s } = cx;
  if (m.rule !== 'actor:pronoun' || !actorMs.some((a) => sameParty(a.actor, m.actor))) return m;
  const want = (c: Mention) => {
    if (c.modifier || c.kind === 'pronoun' || c.kind === 'anaphor' || actorMs.some((a) => sameParty(a.actor, c.actor))) return false;
    const person = c.kind === 'person' || c.kind === 'unknown';
    if (m.gender !== null) return person && (c.gender === null || c.gender === m.gender);
    if (m.plural) return !person && (c.plural || c.kind === 'group');
    return !person && !c.plural && (c.kind === 'country' || c.kind === 'org');
  };
  for (let q = m.start - 1; q >= s.first; q--) {
    const c = actors.byToken[q];
    if (!c || c.end !== q + 1) continue;
    q = c.start;
    if (want(c)) return c;
  }
  return m;
}

/**
 * The owner named by a possessive opening the object ("condemned their continued presence"):
 * the nearest compatible mention before it, unless that is the actor itself ("defended its
 * decision").
 */
function possessiveObjectOwner(cx: SentenceContext, from: number, limit: number, actorMs: Mention[]): Mention[] {
  const { actors, tokens } = cx.doc;
  const { s } = cx;
  let k = from;
  while (k < limit && tokens[k]!.pos === 'ADV') k++;
  const w = tokens[k]?.lower ?? '';
  if (k >= limit || !/^(its|their|his|her)$/.test(w) || actors.byToken[k]) return [];
  for (let q = from - 1; q >= s.first; q--) {
    const c = actors.byToken[q];
    if (!c || c.end !== q + 1) continue;
    q = c.start;
    if (c.modifier || (c.kind === 'pronoun' && c.rule === 'actor:pronoun' && actorMs.includes(c))) continue;
    const person = c.kind === 'person' || c.kind === 'unknown';
    const groupLike = c.plural || c.kind === 'group' || c.rule === 'actor:possessive-group';
    const fits = w === 'their' ? !person && groupLike : w === 'its' ? !person && !c.plural && (c.kind === 'country' || c.kind === 'org') : person && (c.gender === null || c.gender === (w === 'his' ? 'm' : 'f'));
    if (!fits) continue;
    if (actorMs.some((a) => sameParty(a.actor, c.actor))) return [];
    return c.actor.id || c.actor.country ? [c] : [];
  }
  return [];
}

/**
 * The author of the proposal a verb takes as its object: "accepted a proposal by Norway and
 * Cuba", "rejected their plan" (the nearest other party named before), "the offer" after an
 * earlier "Kabul had proposed ..." in the sentence. A name inside the phrase ("the Turkish
 * plan") is found by the object search already.
 */
function proposalAuthor(cx: SentenceContext, from: number, limit: number, actorMs: Mention[]): Mention[] {
  const { actors, kb, proposalNouns, sh, tokens } = cx.doc;
  const { lemmaAt, s } = cx;
  const own = (m: Mention) => actorMs.some((a) => sameParty(a.actor, m.actor));
  let head = -1;
  let possessive: string | null = null;
  let definite = false;
  let anyHead = -1;
  for (let k = from; k < Math.min(limit, from + 7); k++) {
    const t = tokens[k]!;
    // "backed efforts by parliament speaker Nabih Berri": any object's "by" phrase names its author.
    if (t.pos === 'NOUN' && (tokens[k + 1]?.lower === 'by' || tokens[k + 1]?.lower === 'from') && anyHead < 0) anyHead = k;
    if (proposalNouns.has(t.lemma) && t.pos === 'NOUN') {
      head = k;
      // "the truce proposal": the last noun of a compound is the head.
      while (head + 1 < limit && proposalNouns.has(tokens[head + 1]!.lemma) && tokens[head + 1]!.pos === 'NOUN') head++;
      break;
    }
    if (/^(its|their|his|her)$/.test(t.lower)) { possessive = t.lower; continue; }
    if (/^(the|this|that)$/.test(t.lower)) { definite = true; continue; }
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos) && !(t.pos === 'VERB' && /(ed|ing)$/.test(t.lower))) break;
  }
  if (head < 0) head = anyHead;
  if (head < 0) return [];
  const named = proposalNouns.has(tokens[head]!.lemma);
  // "a proposal by the United States, Saudi Arabia and Egypt", "offers presented by Qatar".
  let k = head + 1;
  if (tokens[k]?.pos === 'VERB' && /(ed|en)$/.test(tokens[k]!.lower)) k++;
  if (k < limit && /^(by|from)$/.test(tokens[k]!.lower)) {
    const m = sh.mentionStartingAt(k + 1);
    if (m && !m.modifier && !own(m)) return sh.conjoinedRight(m, limit);
  }
  if (!named) return [];
  if (possessive) {
    // "informed the Qatari and Egyptian mediators that it accepted their proposal".
    const person = possessive === 'his' || possessive === 'her';
    for (let q = from - 1; q >= s.first; q--) {
      const m = actors.byToken[q];
      if (!m || m.end !== q + 1) continue;
      q = m.start;
      if (m.modifier || m.kind === 'pronoun' || own(m)) continue;
      const isPerson = m.kind === 'person' || m.kind === 'unknown';
      if (person !== isPerson) continue;
      const group = sh.conjoinedLeft(m);
      if (possessive === 'their' && !m.plural && group.length < 2) continue;
      if (possessive === 'its' && m.plural) continue;
      return group;
    }
    return [];
  }
  if (definite) {
    // "Kyiv had proposed a full ceasefire, but Moscow had not accepted the offer."
    for (let q = from - 1; q >= s.first; q--) {
      if (tokens[q]!.pos !== 'VERB' || kb.proposingMatcher.matchesAt(q, lemmaAt).length === 0) continue;
      const by = sh.isPassive(q) ? sh.agentOf(q, limit) : sh.subjectOf(q);
      const others = by.filter((m) => !own(m));
      if (others.length) return others;
    }
  }
  return [];
}

/** The last proposal noun ("plan", "proposal") of the sentence before token `to`, or -1. */
function lastProposalNoun(cx: SentenceContext, to: number): number {
  const { proposalNouns, tokens } = cx.doc;
  const { s } = cx;
  for (let k = to - 1; k >= s.first; k--) if (tokens[k]!.pos === 'NOUN' && proposalNouns.has(tokens[k]!.lemma)) return k;
  return -1;
}

/** Where the noun phrase headed by the noun at n starts ("the American proposal"). */
function nounPhraseStart(cx: SentenceContext, n: number): number {
  const { actors, tokens } = cx.doc;
  const { s } = cx;
  let k = n;
  while (k - 1 >= s.first && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[k - 1]!.pos) || actors.byToken[k - 1])) k--;
  return k;
}

/**
 * Who must meet the condition of the trigger's clause: the subject of an "if"/"unless" clause
 * after it ("would pull back if Congo disarmed the militia") or fronted before it ("If Seoul
 * resumes the drills, Pyongyang will ..."). "as if" and "even if" set no condition.
 */
function conditionSubject(cx: SentenceContext, s: Sentence, t0: number, t1: number): Mention[] {
  const { sh, tokens } = cx.doc;
  const subjectAfter = (k: number): Mention[] => {
    const m = sh.mentionStartingAt(k + 1);
    if (!m || (m.modifier && tokens[m.end]?.pos !== 'NOUN')) return [];
    return m.modifier ? [m] : sh.conjoinedRight(m, s.last);
  };
  for (let k = t1; k < s.last; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') break;
    // "..., and Hamas said ...": a new clause with a subject of its own.
    if (/^(and|but)$/.test(t.lower)) {
      const next = sh.mentionStartingAt(k + 1);
      if (next && next.subjectLike) break;
    }
    if (conditionCue(cx, k)) return subjectAfter(k);
  }
  const g = sh.verbGroupStart(t0);
  let comma = false;
  for (let k = g - 1; k >= s.first; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') break;
    if (t.text === ',') comma = true;
    if (conditionCue(cx, k)) return comma ? subjectAfter(k) : [];
  }
  return [];
}

/**
 * Where ", a move [Aoun denounced]" starts: a comma, a determiner, then a noun phrase whose head
 * is an appositive noun (recipients.json) right before the subject at subjStart; or -1.
 */
function appositiveStart(cx: SentenceContext, subjStartIn: number): number {
  const { actors, appositiveNouns, tokens } = cx.doc;
  const { s } = cx;
  // "a move the Haitian government welcomed": over the subject's own determiner.
  const subjStart = tokens[subjStartIn - 1]?.pos === 'DET' && !actors.byToken[subjStartIn - 1] ? subjStartIn - 1 : subjStartIn;
  const head = tokens[subjStart - 1];
  if (!head || head.pos !== 'NOUN' || !appositiveNouns.has(head.lemma)) return -1;
  for (let q = subjStart - 2; q >= Math.max(s.first + 1, subjStart - 6); q--) {
    const t = tokens[q]!;
    if (t.pos === 'DET') return tokens[q - 1]!.text === ',' ? q : -1;
    if (!['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t.pos) && t.text !== '-') return -1;
  }
  return -1;
}

/**
 * The possessor in an appositive right after a place (", the army's last stronghold in Darfur,"),
 * when it names a party other than the actor's; else undefined.
 */
function appositiveOwner(cx: SentenceContext, placeEnd: number, limit: number, actorMs: Mention[]): Mention | undefined {
  const { sh, tokens } = cx.doc;
  if (tokens[placeEnd]?.text !== ',' || tokens[placeEnd + 1]?.pos !== 'DET') return undefined;
  for (let q = placeEnd + 2; q < Math.min(limit, placeEnd + 6); q++) {
    const t = tokens[q]!;
    if (t.text === "'s" || t.text === "'") {
      const m = sh.mentionEndingAt(q - 1) ?? sh.mentionEndingAt(q);
      return m && (m.actor.id || m.actor.country) && !actorMs.some((a) => sameParty(a.actor, m.actor)) ? m : undefined;
    }
    if (!['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) return undefined;
  }
  return undefined;
}

/**
 * "struck what it said were militant positions", "hit what Moscow called military targets": the
 * object is past the speaker's hedge; returns the token before the object (vEnd - 1 without a hedge).
 */
function hedgedObject(cx: SentenceContext, vEnd: number, limit: number): number {
  const { tokens } = cx.doc;
  if (tokens[vEnd]?.lower !== 'what') return vEnd - 1;
  for (let q = vEnd + 1; q < Math.min(limit, vEnd + 6); q++) {
    const t = tokens[q]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // "what it said were", "what it described as", "what Moscow called".
      if (/^(say|describe|call|claim|term|believe)$/.test(t.lemma)) {
        const n = tokens[q + 1];
        return n && (n.lemma === 'be' || n.lower === 'as') ? q + 1 : q;
      }
    }
    if (t.pos === 'PUNCT') break;
  }
  return vEnd - 1;
}

/**
 * Whether verb v is in a relative clause on an appositive noun whose object is that noun ("a
 * move [that] Kinshasa called ..."): its subject comes right after "that"/"which" or after the
 * appositive noun itself.
 */
function gappedObject(cx: SentenceContext, v: number): boolean {
  const { appositiveNouns, sh, tokens } = cx.doc;
  const { s } = cx;
  const subj = sh.subjectOf(v);
  if (subj.length === 0) return false;
  // Back over the rest of the subject phrase ("the government in Kinshasa").
  for (let q = subj[0]!.start - 1, n = 0; q > s.first && n < 6; q--, n++) {
    const t = tokens[q]!;
    if (/^(that|which)$/.test(t.lower)) return appositiveNouns.has(tokens[q - 1]?.lemma ?? '');
    if (appositiveStart(cx, q + 1) >= 0) return true;
    if (!(['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos) || /^(in|of)$/.test(t.lower))) return false;
  }
  return false;
}

/** For an object relative ("X wants Y, which Egypt opposes"), the target is X. */
function relativeObject(cx: SentenceContext, v: number): Mention[] {
  const { actors, appositiveNouns, cueStarts, sh, tokens } = cx.doc;
  const { s } = cx;
  const subj = sh.subjectOf(v);
  if (subj.length === 0) return [];
  // Walk back over the subject's noun phrase ("the mediating country Angola") to the pronoun.
  let rel2 = -1;
  for (let q = subj[0]!.start - 1; q >= Math.max(s.first, subj[0]!.start - 5); q--) {
    const t = tokens[q]!;
    // "that" after a verb introduces a reported clause ("said that"), not a relative one.
    const prev = tokens[q - 1];
    // "told reporters that ...": after a verb and its addressee, "that" opens reported speech.
    const afterVerbObject = tokens[q - 2]?.pos === 'VERB';
    if (prev && ((t.lower === 'which' && (prev.text === ',' || prev.pos === 'NOUN')) || (t.lower === 'that' && prev.pos === 'NOUN' && !afterVerbObject))) { rel2 = q; break; }
    // ("the government in Kinshasa": a place qualifying the subject's head.)
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM'].includes(t.pos) && !(/^(in|of)$/.test(t.lower) && actors.byToken[q + 1])) break;
  }
  // "Putin declared a truce, an offer Kyiv dismissed", "..., a move Aoun denounced as a violation":
  // an appositive noun with a relative clause and no pronoun renames what the clause before did.
  let appositive = false;
  if (rel2 < 0) {
    let d = appositiveStart(cx, subj[0]!.start);
    for (let q = subj[0]!.start - 1, n = 0; d < 0 && q > s.first && n < 4; q--, n++) {
      if (!(['DET', 'ADJ', 'NOUN'].includes(tokens[q]!.pos) || /^(in|of)$/.test(tokens[q]!.lower))) break;
      d = appositiveStart(cx, q);
    }
    if (d < 0) return [];
    rel2 = d;
    appositive = true;
  }
  // "welcomed Egypt's plan to rebuild Gaza, a proposal that Israel rejected": the appositive
  // renames a possessed object, whose possessor is the author.
  const renames = appositive || (appositiveNouns.has(tokens[rel2 - 1]?.lemma ?? '') && appositiveStart(cx, rel2) >= 0);
  if (renames) {
    const comma = appositive ? rel2 - 1 : appositiveStart(cx, rel2) - 1;
    for (let q = comma - 1; q >= Math.max(s.first, comma - 12); q--) {
      const t = tokens[q]!;
      // (Over an infinitive or gerund on the object: "Egypt's plan to rebuild Gaza without displacing ...".)
      if (t.text === ',' || (t.pos === 'VERB' && !(tokens[q - 1]?.lower === 'to' || tokens[q - 1]?.pos === 'ADP'))) break;
      if (t.text !== "'s" && t.text !== "'") continue;
      const owner = sh.mentionEndingAt(q - 1) ?? sh.mentionEndingAt(q);
      if (owner && (owner.actor.id || owner.actor.country) && !subj.some((m) => sameParty(m.actor, owner.actor))) return [owner];
    }
  }
  // Find the verb of the clause the relative clause hangs on, and its subject.
  for (let q = rel2 - 1; q >= s.first; q--) {
    // "Egypt has begun deploying troops, Somalia's defence ministry said, a move that Ethiopia
    // has criticised": the move is the reported act, not the report.
    if (tokens[q + 1]?.text === ',' && cueStarts.has(q)) {
      const speaker = sh.subjectOf(q);
      if (speaker.length && tokens[speaker[0]!.start - 1]?.text === ',') { q = speaker[0]!.start - 1; continue; }
    }
    if (tokens[q]!.pos === 'VERB') {
      const subjects = sh.subjectOf(q);
      if (subjects.length) return subjects;
      const gov = governingVerb(cx, sh.verbGroupStart(q));
      if (gov !== null) return sh.subjectOf(gov);
    }
  }
  return [];
}

function dateFor(cx: SentenceContext, s: Sentence, t0: number, st: Statement | undefined): DateMention | null {
  const { datesBySentence, tokens } = cx.doc;
  const tStart = tokens[t0]!.start;
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of datesBySentence.get(s.index) ?? []) {
    // A date in the statement's framing ("..., X said on Monday") dates the statement.
    if (st && (d.start < st.content[0] || d.start >= st.content[1])) continue;
    const dist = Math.abs(d.start - tStart);
    if (dist < bestDist) { best = d; bestDist = dist; }
  }
  return best;
}

function locationFor(cx: SentenceContext, s: Sentence, t0: number, st: Statement | undefined): PlaceMention | null {
  const { placesBySentence, tokens } = cx.doc;
  let best: PlaceMention | null = null;
  let bestDist = Infinity;
  for (const p of placesBySentence.get(s.index) ?? []) {
    // "in Gaza", "in southern Lebanon", "in eastern Congo".
    let b = p.start - 1;
    if (tokens[b] && /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|occupied|the)$/.test(tokens[b]!.lower)) b--;
    let prev = tokens[b];
    // "in the main square of Sweida", "near the town of Mahas".
    if (prev?.lower === 'of') {
      for (let q = b - 1; q >= Math.max(s.first, b - 5); q--) {
        const t = tokens[q]!;
        if (LOCATIVE.has(t.lower)) { prev = t; break; }
        if (!['NOUN', 'ADJ', 'DET'].includes(t.pos)) break;
      }
    }
    if (!prev || !LOCATIVE.has(prev.lower)) continue;
    const c = tokens[p.start]!.start;
    if (st && (c < st.content[0] || c >= st.content[1])) continue;
    // "through" names a route ("crossed into Darfur through Adre"): a weaker location than "in"/"into".
    const dist = Math.abs(p.start - t0) + (p.start < t0 ? 5 : 0) + (prev.lower === 'through' ? 6 : 0);
    if (dist < bestDist) { best = p; bestDist = dist; }
  }
  return best;
}

/** Entries with object constraints first: "seized the town" tries ASSAULT before the general COERCE sense. */
function constrainedFirst(list: EventTrigger[]): EventTrigger[] {
  // The lists are the matcher's own (one per phrase), so the order is worked out once per list.
  let ordered = constrainedOrder.get(list);
  if (!ordered) {
    ordered = list.some(constrained) ? [...list.filter(constrained), ...list.filter((e) => !constrained(e))] : list;
    constrainedOrder.set(list, ordered);
  }
  return ordered;
}
const constrainedOrder = new WeakMap<EventTrigger[], EventTrigger[]>();

function constrained(e: EventTrigger): boolean {
  return Boolean(e.object_in || e.clause_has || e.subject_in);
}

function groupBy<T>(list: T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Index of the first token that ends after character offset c (binary search). */
export function firstTokenAt(doc: Doc, c: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same side: one actor, or a person and the state or organisation they act for. */
function sameParty(a: Actor, b: Actor): boolean {
  return (a.id !== null && a.id === b.id) || partyKey(a) === partyKey(b);
}

function uniqueActors(list: Actor[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const a of list) {
    const key = a.id ?? `text:${a.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** A place standing for its people or authorities as a target: "strikes on Gaza". */
export function placeActor(kb: Knowledge, p: PlaceMention): Actor {
  const c = p.place.country ? kb.countries.get(p.place.country) : undefined;
  return { text: p.text, id: p.place.country, name: c?.name ?? p.place.name, country: p.place.country, sector: null, role: null };
}
