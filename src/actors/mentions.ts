/**
 * Actor mentions: dictionary names, titles with names ("Israeli Prime Minister Benjamin
 * Netanyahu"), appositive roles ("X, Middle East expert at Y"), demonyms and group nouns
 * ("Israeli troops", "the Israelis"), people the dictionary lacks, and pronouns and anaphoric
 * nouns ("he", "they", "the news agency") resolved to the most recent compatible mention.
 * Each sentence is scanned for mentions in scan.ts; this module resolves them across the document.
 */
import type { Actor } from '../model/records.js';
import type { Doc, Token } from '../nlp/doc.js';
import type { AnaphorEntry, Knowledge, OrgEntry, PlaceEntry } from '../knowledge/types.js';
import { countryActor, orgActor, partyKey } from './resolve.js';
import { armyNoun, ownedForce, stateForce } from './forces.js';
import { scanSentence, type DocScan } from './scan.js';

export type MentionKind = 'person' | 'country' | 'org' | 'group' | 'demonym' | 'pronoun' | 'anaphor' | 'unknown' | 'place';

/**
 * An anaphora.json entry with the optional fields this module reads: `countries` limits a
 * state description to the states it fits ("the Gulf state"); `state` marks a state-force noun
 * ("the army", "troops") that takes the one state in play, never a guess between two; `sector`
 * is the sector that noun gives its state; refers_to "pair" is "the two sides".
 */
export interface AnaphorSpec extends AnaphorEntry {
  countries?: string[];
  state?: boolean;
  sector?: string;
}

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
  actor: Actor;
  /** A demonym used as an adjective ("Israeli attacks"): it qualifies a noun, it is no subject. */
  modifier: boolean;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** Organisation type for organisations (media, armed_group, igo ...). */
  orgType: string | null;
  /** How the mention was found: dictionary, title, appositive, pronoun ... */
  rule: string;
  /** For pronouns and anaphors: the mention they resolve to. */
  antecedent?: Mention;
  /** A verb follows: the mention is likely a subject, and so the likelier referent of "it"/"they". */
  subjectLike?: boolean;
  /** A state named as a place ("in Doha", "to Nairobi"): where things happen, not who "they" are. */
  located?: boolean;
  /** For "they" after "Hamas and Islamic Jihad": every member of the conjoined antecedent. */
  group?: Mention[];
  /** For anaphors: the anaphora.json entry that found it. */
  anaphor?: AnaphorSpec;
  /** For state-force nouns: the state named as their seat ("the government in Kinshasa"). */
  seat?: string;
}

export interface PlaceMention {
  start: number;
  end: number;
  sentence: number;
  place: PlaceEntry;
  text: string;
}

export interface ActorIndex {
  mentions: Mention[];
  places: PlaceMention[];
  /** Token index → mention covering it. */
  byToken: (Mention | undefined)[];
  placeByToken: (PlaceMention | undefined)[];
}

/** Prepositions before a state named as a place rather than as an agent. */
const LOCATIVE = new Set(['in', 'at', 'into', 'inside', 'near', 'from', 'to', 'across', 'throughout', 'within']);

export function findActors(doc: Doc, kb: Knowledge, date: string | null): ActorIndex {
  const { tokens } = doc;
  const ds: DocScan = { doc, tokens, kb, date, mentions: [], places: [], knownBySurname: new Map() };
  for (const s of doc.sentences) {
    if (s.heading) continue;
    scanSentence(ds, s);
  }
  const { mentions, places } = ds;
  markSubjectsAndPlaces(mentions, tokens);
  resolveReferences(mentions, kb, tokens, places);
  const byToken: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) byToken[k] = m;
  const placeByToken: (PlaceMention | undefined)[] = new Array(tokens.length);
  for (const p of places) for (let k = p.start; k < p.end; k++) placeByToken[k] = p;
  return { mentions, places, byToken, placeByToken };
}

/** Which mentions a verb follows (likely subjects), and which states are named as places ("in Doha"). */
function markSubjectsAndPlaces(mentions: Mention[], tokens: Token[]): void {
  for (const m of mentions) {
    let k = m.end;
    while (k < tokens.length && tokens[k]!.pos === 'ADV' && tokens[k]!.sentence === m.sentence) k++;
    const t = tokens[k];
    m.subjectLike = !!t && t.sentence === m.sentence && (t.pos === 'VERB' || t.pos === 'AUX');
    const before = tokens[m.start - 1];
    m.located = m.kind === 'country' && !m.actor.sector && !!before && before.sentence === m.sentence && LOCATIVE.has(before.lower);
  }
}
/** Pronouns and anaphoric nouns take the most recent compatible mention. */
function resolveReferences(mentions: Mention[], kb: Knowledge, tokens: Token[], places: PlaceMention[] = []): void {
  const history: Mention[] = [];
  const conj = conjoinedMentions(mentions, tokens);
  const states = new StatesInPlay(mentions, tokens, places);
  for (const m of mentions) {
    if (m.kind === 'anaphor' && m.anaphor?.refers_to === 'pair') {
      const pair = findPair(history, m, tokens);
      if (pair) {
        m.antecedent = pair[1];
        m.group = pair;
        m.actor = { ...pair[1].actor, text: m.actor.text };
        m.orgType = pair[1].orgType;
      }
      continue;
    }
    if (m.kind === 'anaphor' && m.anaphor?.state) {
      const own = states.sole(m, kb);
      if (own) {
        m.antecedent = own.from;
        m.actor = { ...own.actor, text: m.actor.text, role: m.actor.role ?? own.actor.role };
        m.orgType = own.from.orgType;
        // "the government in Kinshasa" names its state as plainly as "Kinshasa" would.
        if (m.seat) history.push(m);
      }
      continue;
    }
    if (m.kind === 'pronoun' || m.kind === 'anaphor') {
      // Parallel pronouns ("they want ..., they don't want ..., and they want ...") share a referent.
      let parallel: Mention | undefined;
      const ctrl = m.rule === 'actor:possessive-group' ? infinitiveController(m, mentions, history, conj, tokens) : undefined;
      if (m.kind === 'pronoun' && !ctrl) {
        for (let k = mentions.indexOf(m) - 1; k >= 0 && mentions[k]!.sentence === m.sentence; k--) {
          const p = mentions[k]!;
          if (p.kind === 'pronoun' && p.antecedent && p.plural === m.plural && p.gender === m.gender) { parallel = p; break; }
        }
      }
      const notMe = m.kind === 'anaphor' && m.orgType === 'country' ? localAgent(m, mentions, tokens) : null;
      const reporter = m.kind === 'pronoun' && !m.plural && !ctrl ? reportingSubject(m, mentions, tokens, kb) : undefined;
      const ante = ctrl ?? reporter ?? parallel?.antecedent ?? findAntecedent(history, m, kb, conj, notMe);
      if (ante) {
        m.antecedent = ante;
        if (m.plural) {
          // "Hamas and Islamic Jihad said they ...": they are both.
          const members = [ante];
          for (let k = mentions.indexOf(ante) - 1; k >= 0; k--) {
            const prev = mentions[k]!;
            if (prev.sentence !== ante.sentence || prev.modifier) break;
            const between = members[0]!.start - prev.end;
            // Only a conjunction or a list comma joins them: in "Qatar hosted Hamas and Islamic
            // Jihad, where they ...", the verb between Qatar and Hamas does not.
            const joiner = tokens[prev.end]!.lower;
            if (between === 1 && prev.kind !== 'pronoun' && (joiner === 'and' || joiner === ',')) members.unshift(prev);
            else break;
          }
          if (members.length > 1) m.group = members;
        }
        const role = m.actor.role;
        const sector = m.actor.sector;
        const org = m.kind === 'anaphor' ? speaksFor(kb, ante, m.orgType) : undefined;
        m.actor = org ? orgActor(m.actor.text, org) : { ...ante.actor, text: m.actor.text };
        // "its troops", "a senior official of the group" keep their own role and sector.
        if (role) m.actor.role = role;
        if (sector && m.rule !== 'actor:pronoun') m.actor.sector = sector;
        m.orgType = org ? org.type : ante.orgType;
      }
      continue;
    }
    if (!m.modifier) history.push(m);
  }
}

function findAntecedent(history: Mention[], m: Mention, kb: Knowledge, conj: Set<Mention>, notMe: string | null = null): Mention | undefined {
  // "it" and "they" prefer a recent subject ("Azerbaijan wants Armenia to ..., and it refuses"):
  // first look for one in this sentence and the one before, then take any compatible mention.
  if (m.kind === 'pronoun' && (m.plural || /^(it|its)\b/.test(m.actor.text.toLowerCase()))) {
    const subj = scan(history, m, true, kb);
    // "Kenya hosted the RSF and its allies in Nairobi, where they signed ...": a singular state
    // or organisation is "it" in wire copy, so "they" goes to a plural or conjoined mention of
    // its own sentence before it settles for a singular subject.
    if (m.kind === 'pronoun' && m.plural && subj && !subj.plural && !conj.has(subj) && subj.kind !== 'group') {
      const many = pluralInSentence(history, m, conj);
      if (many) return many;
    }
    if (subj) return subj;
  }
  return scan(history, m, false, kb, notMe);
}

/** Verbs of crossing a border: who leaves or enters "the country" is not of it. */
const BORDER_VERBS = new Set(['leave', 'enter', 'flee', 'quit', 'exit', 'return']);
/** Words that open a new clause: an agent before them does not act on "the country" after them. */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'that', 'which', 'who', 'after', 'before', 'while', 'as', 'because', 'when', 'said', 'says', 'but', 'and']);

/**
 * The state that acts on "the country" in its own clause and so cannot be it: "Tehran's help
 * with the country's reconstruction" (Beirut's country), "Israel kept up its attacks on the
 * country" (Lebanon), "ordered Rwandan troops to leave the country" (where the troops are, not
 * Rwanda). A state does not name itself "the country" in the clause it is the agent of.
 */
function localAgent(m: Mention, mentions: Mention[], tokens: Token[]): string | null {
  const verb = tokens[m.start - 1];
  const crossing = !!verb && verb.sentence === m.sentence && BORDER_VERBS.has(verb.lemma);
  let k = mentions.indexOf(m) - 1;
  for (let j = m.start - 1; j >= 0 && j >= m.start - 12; j--) {
    const t = tokens[j]!;
    if (t.sentence !== m.sentence || CLAUSE_OPENERS.has(t.lower)) return null;
    while (k >= 0 && mentions[k]!.end > j + 1) k--;
    const h = k >= 0 ? mentions[k] : undefined;
    if (!h || h.end !== j + 1 || h.modifier) continue;
    const who = h.kind === 'pronoun' ? h.antecedent : h;
    if (!who || !who.actor.country) return null;
    const next = tokens[h.end]?.lower;
    // "a Russian diplomat to leave the country": the one who crosses is foreign to it.
    if (crossing && (next === 'to' || h.subjectLike)) return who.actor.country;
    // The state itself as subject or possessor of the action on "the country".
    if (who.kind === 'country' && !who.located && (h.subjectLike || next === "'s" || next === '’s')) return who.actor.country;
    return null;
  }
  return null;
}

/**
 * "Trump said after meeting Xi in Busan that he would cut the tariff": a he or she opening the
 * clause a speech verb reports stands for the person who speaks, not for the nearest name.
 */
function reportingSubject(m: Mention, mentions: Mention[], tokens: Token[], kb: Knowledge): Mention | undefined {
  const inSentence = (k: number) => tokens[k]?.sentence === m.sentence;
  let k = m.start - 1;
  if (tokens[k]?.lower === 'that') k--;
  // The speech verb, past a short adverbial ("said on Monday", "said after meeting Xi in Busan").
  let verb = -1;
  for (let q = k; q >= Math.max(0, k - 8) && inSentence(q); q--) {
    const t = tokens[q]!;
    if (t.pos === 'VERB' && kb.speechMatcher.matchesAt(q, (i) => tokens[i]?.lemma).length > 0) { verb = q; break; }
    if (t.text === ',' || t.text === ';' || t.pos === 'AUX') return undefined;
  }
  if (verb < 0) return undefined;
  // Its subject: the mention right before it (adverbs and auxiliaries between).
  let e = verb - 1;
  while (e >= 0 && inSentence(e) && (tokens[e]!.pos === 'ADV' || tokens[e]!.pos === 'AUX')) e--;
  // "drawing condemnation from Germany, which said it would halt exports": a relative pronoun
  // subject stands for the name it follows.
  // (A place's name after "from" or "in" speaks there: "condemnation from Germany, which said".)
  const relative = inSentence(e) && /^(which|who|that)$/.test(tokens[e]!.lower);
  if (relative) {
    e--;
    if (inSentence(e) && tokens[e]!.text === ',') e--;
  }
  const subject = mentions.find((x) => x.end === e + 1 && x.sentence === m.sentence && !x.modifier);
  const who = subject?.antecedent ?? subject;
  if (!who || who.plural) return undefined;
  // "Germany said it would ...": "it" is a speaking state or organisation.
  if (/^(it|its)\b/.test(m.actor.text.toLowerCase())) {
    return (who.kind === 'country' || who.kind === 'org' || who.seat) && (relative || !who.located) && who.orgType !== 'media' ? who : undefined;
  }
  if (who.kind !== 'person' || (m.gender && who.gender && m.gender !== who.gender)) return undefined;
  return who;
}

/**
 * "The Security Council ordered Rwanda to withdraw its troops": in an infinitive after a verb's
 * object, the object does the infinitive, so "its"/"their" there is the object's, not the
 * subject's. The object must agree in number ("ordered airlines to obtain its approval" keeps
 * the subject: airlines are no "it").
 */
function infinitiveController(m: Mention, mentions: Mention[], history: Mention[], conj: Set<Mention>, tokens: Token[]): Mention | undefined {
  // "to" + verb (+ particle or adverb) just before the pronoun: "to withdraw its", "to pull back its".
  let to = -1;
  for (let j = m.start - 1; j >= m.start - 4 && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== m.sentence) return undefined;
    if (t.lower === 'to' && j + 1 < m.start && tokens[j + 1]!.pos === 'VERB') { to = j; break; }
    if (t.pos !== 'VERB' && t.pos !== 'ADP' && t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  if (to < 1) return undefined;
  const obj = mentions.find((h) => h.end === to && h.sentence === m.sentence);
  if (!obj || obj.modifier || obj.located || obj.kind === 'pronoun' || obj.kind === 'person' || obj.kind === 'unknown' || !history.includes(obj)) return undefined;
  // The object of a verb ("ordered Rwanda", "called on Israel"), not a subject ("Rwanda agreed to").
  let v = obj.start - 1;
  if (v >= 0 && (tokens[v]!.lower === 'on' || tokens[v]!.lower === 'upon')) v--;
  if (v < 0 || tokens[v]!.pos !== 'VERB' || tokens[v]!.sentence !== m.sentence) return undefined;
  const many = obj.plural || conj.has(obj);
  return m.plural === many ? obj : undefined;
}

/** Mentions joined by "and" to a neighbour ("the RSF and its allies", "Hamas and Islamic Jihad"). */
function conjoinedMentions(mentions: Mention[], tokens: Token[]): Set<Mention> {
  const out = new Set<Mention>();
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (a.sentence !== b.sentence || b.start - a.end !== 1 || a.modifier || b.modifier) continue;
    if (tokens[a.end]!.lower !== 'and') continue;
    out.add(a);
    out.add(b);
  }
  // "the RSF and its allies": the partners are no dictionary mention, but they make it many.
  for (const a of mentions) {
    const and = tokens[a.end];
    const poss = tokens[a.end + 1];
    if (!a.modifier && and?.lower === 'and' && and.sentence === a.sentence && (poss?.lower === 'its' || poss?.lower === 'their')) out.add(a);
  }
  return out;
}

/** The latest plural or conjoined state, organisation or group before "they" in its sentence. */
function pluralInSentence(history: Mention[], m: Mention, conj: Set<Mention>): Mention | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k]!;
    if (h.sentence !== m.sentence) break;
    if (h.start >= m.start || h.located || h.orgType === 'media') continue;
    if (h.kind === 'person' || h.kind === 'unknown' || h.kind === 'pronoun') continue;
    if (h.kind === 'group' && !h.actor.country) continue;
    if (h.plural || conj.has(h)) return h;
  }
  return undefined;
}

/**
 * "the agency" after "the U.N. Relief and Works Agency", "the court" after the ICC: an
 * organisation whose own name ends in the description's head noun, whatever its type.
 */
const namedByCache = new WeakMap<Knowledge, Map<string, boolean>>();
function namedBy(kb: Knowledge, h: Mention, head: string): boolean {
  if (h.kind !== 'org' || !h.actor.id) return false;
  const key = `${h.actor.id}|${head}`;
  let cache = namedByCache.get(kb);
  if (!cache) namedByCache.set(kb, (cache = new Map()));
  const known = cache.get(key);
  if (known !== undefined) return known;
  const o = kb.orgs.get(h.actor.id);
  const re = new RegExp(`\\b${head}$`, 'i');
  const hit = !!o && [o.name, ...(o.aliases ?? [])].some((n) => re.test(n));
  // Bounded by organisations times anaphor heads.
  cache.set(key, hit);
  return hit;
}

/**
 * The organisation a person speaks for, when it is of the kind an anaphor wants: "the group"
 * after "M23 spokesman Lawrence Kanyuka" is M23.
 */
function speaksFor(kb: Knowledge, h: Mention, want: string | null): OrgEntry | undefined {
  if (!want || want === 'person' || want === 'country' || !(h.kind === 'person' || h.kind === 'unknown') || !h.actor.org) return undefined;
  const o = kb.orgs.get(h.actor.org);
  return o && (o.type === want || (want === 'armed_group' && o.sector === 'REB')) ? o : undefined;
}

function scan(history: Mention[], m: Mention, subjectsOnly: boolean, kb: Knowledge, notMe: string | null = null): Mention | undefined {
  // "The Qassam Brigades said its fighters ...": an organisation with a plural name is "it" too,
  // when no singular state or organisation is at hand.
  let pluralOrg: Mention | undefined;
  const head = m.kind === 'anaphor' ? (m.actor.text.toLowerCase().split(/\s+/).pop() ?? '').replace(/[^a-z-]/g, '') : '';
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k]!;
    if (h.sentence < m.sentence - 3) break;
    if (subjectsOnly && (h.sentence < m.sentence - 1 || !h.subjectLike)) continue;
    if (m.kind === 'anaphor') {
      if (head.length > 2 && namedBy(kb, h, head)) return h;
      const want = m.orgType;
      if (speaksFor(kb, h, want)) return h;
      if (want === 'person' && (h.kind === 'person' || h.kind === 'unknown')) return h;
      const only = m.anaphor?.countries;
      if (only && !(h.actor.country && only.includes(h.actor.country) && (h.kind === 'country' || h.kind === 'group' || h.actor.sector === 'GOV'))) continue;
      if (want === 'country' && (h.kind === 'country' || h.kind === 'group' || h.seat) && h.actor.country && h.actor.country !== notMe) return h;
      if (want && want !== 'person' && want !== 'country' && h.kind === 'org' && (h.orgType === want || (want === 'armed_group' && h.actor.sector === 'REB'))) return h;
      continue;
    }
    const isPerson = h.kind === 'person' || h.kind === 'unknown';
    // "signed a charter in Nairobi at which they ...", "rallied in Tbilisi after the party said it ...".
    if (h.located) continue;
    if (/^(it|its)\b/.test(m.actor.text.toLowerCase())) {
      if (h.sentence < m.sentence - 1) break;
      if (!isPerson && !h.plural && (h.kind === 'country' || h.kind === 'org' || h.seat) && h.orgType !== 'media') return h;
      if (h.plural && h.kind === 'org' && h.orgType !== 'media') pluralOrg ??= h;
      continue;
    }
    // A bare common noun ("troops", "journalists") is too vague to be what "they" points back to.
    if (h.kind === 'group' && !h.actor.country) continue;
    if (m.plural) {
      // "they" refers to a state, an organisation or a group, not to one person.
      if (!isPerson && h.kind !== 'pronoun' && h.orgType !== 'media') return h;
    } else if (isPerson && m.gender !== null && (h.gender === null || h.gender === m.gender)) {
      return h;
    }
  }
  return pluralOrg;
}

/** Sectors of a state's own institutions: a mention in one of them puts its state in play. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD']);

/**
 * The state a mention stands for, when it is the state or one of its institutions ("Israel",
 * "Pakistani officials", "Sudan's army", the Israeli prime minister). Peoples ("the
 * Palestinians"), civilians, rebels, media and pronouns put no state in play.
 */
function stateOf(m: Mention): string | null {
  if (m.modifier || m.kind === 'pronoun' || m.kind === 'anaphor' || !m.actor.country) return null;
  if (m.orgType === 'armed_group' || m.orgType === 'media') return null;
  const sector = m.actor.sector;
  if (sector) return STATE_SECTORS.has(sector) ? m.actor.country : null;
  if (m.kind === 'country') return m.rule === 'actor:country-plural' ? null : m.actor.country;
  return null;
}

/**
 * "Myanmar's junta said the army had retaken ...", "Pakistani officials said police had arrested
 * ...": a state-force noun without an owner is the force of the one state the sentence names,
 * else (when the sentence names none) of the one state the article has named so far. With two
 * states in play it stays unresolved.
 */
class StatesInPlay {
  private bySentence = new Map<number, Mention[]>();
  /** Where each state mention stands: owner candidate, target or partner, or place. */
  private position = new Map<Mention, 'core' | 'object' | 'place'>();
  /** Armed groups by sentence: their home country owns an unowned force noun near them. */
  private groups = new Map<number, Mention[]>();
  /** The states the sentence's places lie in ("in Sweida province"). */
  private placeStates = new Map<number, Set<string>>();
  constructor(mentions: Mention[], tokens: Token[], places: PlaceMention[]) {
    for (const p of places) {
      if (!p.place.country) continue;
      const set = this.placeStates.get(p.sentence) ?? new Set<string>();
      set.add(p.place.country);
      this.placeStates.set(p.sentence, set);
    }
    for (const m of mentions) {
      if (!m.modifier && (m.kind === 'org' || m.kind === 'group') && m.actor.country && (m.orgType === 'armed_group' || m.actor.sector === 'REB')) {
        const list = this.groups.get(m.sentence) ?? [];
        list.push(m);
        this.groups.set(m.sentence, list);
      }
    }
    for (const m of mentions) {
      if (!stateOf(m)) continue;
      this.position.set(m, statePosition(m, tokens));
      const list = this.bySentence.get(m.sentence) ?? [];
      list.push(m);
      this.bySentence.set(m.sentence, list);
    }
  }

  private homes(sentence: number): Set<string> {
    return new Set((this.groups.get(sentence) ?? []).map((g) => g.actor.country!));
  }

  private codes(ms: Mention[], ...positions: ('core' | 'object' | 'place')[]): Set<string> {
    return new Set(ms.filter((x) => positions.includes(this.position.get(x)!)).map((x) => stateOf(x)!));
  }

  sole(m: Mention, kb: Knowledge): { actor: Actor; from: Mention } | undefined {
    if (m.seat) {
      const c = kb.countries.get(m.seat);
      const force = c && m.anaphor ? stateForce(kb, c, m.anaphor.phrase) : undefined;
      if (force) return { actor: orgActor(m.actor.text, force), from: m };
      if (c) return { actor: countryActor(m.actor.text, c, m.anaphor?.sector ?? m.actor.sector ?? null), from: m };
    }
    const here = this.bySentence.get(m.sentence) ?? [];
    let owners: Mention[];
    if (here.length > 0) {
      // Owners are the states named as such; a place ("in Lebanon") owns the force only when
      // the sentence names no other state; a target or partner never does, but with another
      // state it makes two in play.
      const core = this.codes(here, 'core');
      const objects = this.codes(here, 'object');
      const pick = core.size > 0 ? core : this.codes(here, 'place');
      if (pick.size !== 1 || [...objects].some((c) => !pick.has(c))) return undefined;
      owners = here.filter((x) => pick.has(stateOf(x)!) && this.position.get(x) !== 'object');
    } else if (this.homes(m.sentence).size === 1) {
      // "The RSF stormed El Fasher, the army's last stronghold", "Hezbollah rejected the
      // government's decision": with no state named, the force or government is that of the
      // country the sentence's armed groups fight in. A military noun takes it only when the
      // dictionary names that state's force ("the army" of Sudan is the SAF): a group's home
      // without an army of its own ("the army" near Hamas) is no owner.
      const code = [...this.homes(m.sentence)][0]!;
      const c = kb.countries.get(code);
      const force = c && m.anaphor ? stateForce(kb, c, m.anaphor.phrase) ?? (armyNoun(kb, m.anaphor.phrase) ? ownedForce(kb, c, 'army') : undefined) : undefined;
      const from = this.groups.get(m.sentence)!.find((g) => g.actor.country === code)!;
      if (force) return { actor: orgActor(m.actor.text, force), from };
      const sector = m.anaphor?.sector ?? m.actor.sector ?? null;
      if (!c || sector === 'MIL') return undefined;
      return { actor: countryActor(m.actor.text, c, sector), from };
    } else {
      // A sentence naming no state: the one state the article has named so far.
      const earlier: Mention[] = [];
      for (const [sentence, list] of this.bySentence) if (sentence < m.sentence) earlier.push(...list);
      const all = this.codes(earlier, 'core', 'object');
      // "civilians executed by government forces in Sweida province": with no state named in the
      // article so far, the one state the sentence's places lie in.
      const placed = this.placeStates.get(m.sentence);
      if (all.size === 0 && placed?.size === 1) {
        const c = kb.countries.get([...placed][0]!);
        if (!c) return undefined;
        const force = m.anaphor ? stateForce(kb, c, m.anaphor.phrase) : undefined;
        if (force) return { actor: orgActor(m.actor.text, force), from: m };
        return { actor: countryActor(m.actor.text, c, m.anaphor?.sector ?? m.actor.sector ?? null), from: m };
      }
      if (all.size !== 1) return undefined;
      owners = earlier.filter((x) => all.has(stateOf(x)!));
    }
    if (owners.length === 0) return undefined;
    const code = stateOf(owners[0]!)!;
    // The nearest naming before the noun, else the first after it in the sentence.
    const before = owners.filter((x) => x.sentence < m.sentence || x.end <= m.start);
    const from = before.length > 0 ? before[before.length - 1]! : owners[0]!;
    const sector = m.anaphor?.sector ?? m.actor.sector ?? null;
    const c = kb.countries.get(code);
    // "the army" of Sudan is what "Sudanese army" names in the dictionary (the SAF).
    const force = c && m.anaphor ? stateForce(kb, c, m.anaphor.phrase) : undefined;
    if (force) return { actor: orgActor(m.actor.text, force), from };
    const actor: Actor = c ? countryActor(m.actor.text, c, sector) : { text: m.actor.text, id: code, name: null, country: code, sector, role: null };
    return { actor, from };
  }
}

/**
 * Prepositions whose object is a target or partner, not the owner of a force named nearby
 * ("agreed with Chad", "fired at Israel"). Places ("in Pakistan", "to Beirut") may be the owner's own.
 */
const OBJECT_PREPS = new Set(['with', 'against', 'on', 'at', 'toward', 'towards', 'over', 'for']);

/** Prepositions of place: "in Lebanon" is where a force acts, seldom whose it is. */
const PLACE_PREPS = new Set(['in', 'inside', 'across', 'near', 'throughout', 'within']);

/** "agreed ... with Chad", "shelled Ukraine" name a target or partner; "in Lebanon" a place. */
function statePosition(m: Mention, tokens: Token[]): 'core' | 'object' | 'place' {
  let k = m.start - 1;
  // Past "the" and adjectives: "in southern Lebanon", "with neighbouring Chad".
  while (k >= 0 && tokens[k]!.sentence === m.sentence && (tokens[k]!.lower === 'the' || tokens[k]!.pos === 'ADJ')) k--;
  const t = tokens[k];
  if (!t || t.sentence !== m.sentence) return 'core';
  if ((t.pos === 'ADP' && OBJECT_PREPS.has(t.lower)) || (t.pos === 'VERB' && t.lemma !== 'say')) return 'object';
  if (t.pos === 'ADP' && PLACE_PREPS.has(t.lower)) return 'place';
  return 'core';
}

/** Parties a "two sides" description can stand for: states, organisations and people with a side. */
function partyOf(h: Mention): string | null {
  if (h.modifier || h.kind === 'pronoun' || h.kind === 'anaphor' || h.orgType === 'media') return null;
  if (!h.actor.id && !h.actor.country && !h.actor.org) return null;
  return partyKey(h.actor);
}

/**
 * "Talks between Armenia and Azerbaijan resumed, and the two sides agreed ...": the two distinct
 * parties named most recently, a pair joined by "and" first, in this sentence before the
 * description, else in the nearest earlier sentence that names any. Three or more parties and
 * no pair: unresolved.
 */
function findPair(history: Mention[], m: Mention, tokens: Token[]): [Mention, Mention] | undefined {
  for (let sentence = m.sentence; sentence >= m.sentence - 3; sentence--) {
    const cands = history.filter((h) => h.sentence === sentence && (sentence < m.sentence || h.end <= m.start) && partyOf(h) !== null);
    if (cands.length === 0) continue;
    for (let k = cands.length - 1; k > 0; k--) {
      const a = cands[k - 1]!;
      const b = cands[k]!;
      const between = tokens.slice(a.end, b.start).map((t) => t.lower).join(' ');
      // "Israel, Hamas and Qatar": the last two of a longer list are no pair.
      const listed = k >= 2 && tokens.slice(cands[k - 2]!.end, a.start).every((t) => t.text === ',');
      if (/^(,? ?and|,? ?&)$/.test(between) && partyOf(a) !== partyOf(b) && !listed) return [a, b];
    }
    const distinct: Mention[] = [];
    for (const h of cands) if (!distinct.some((d) => partyOf(d) === partyOf(h))) distinct.push(h);
    if (distinct.length === 2) return [distinct[0]!, distinct[1]!];
    if (distinct.length > 2) return undefined;
  }
  return undefined;
}
