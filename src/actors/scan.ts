/**
 * The scan of one sentence for actor mentions: places, dictionary names, titles with names,
 * demonyms and group nouns, appositive roles, unknown names, descriptions and pronouns. Each
 * step is a function over one SentenceScan (what the sentence's steps share), so that no
 * function is giant; the document's mentions are resolved afterwards (mentions.ts).
 */
import type { Actor } from '../model/records.js';
import type { Doc, Sentence, Token } from '../nlp/doc.js';
import type { ActorRef, CountryEntry, Knowledge, PersonEntry, TitleEntry } from '../knowledge/types.js';
import type { AnaphorSpec, Mention, PlaceMention } from './mentions.js';
import { countryActor, orgActor, personActor } from './resolve.js';
import { ownedForce } from './forces.js';

// A Map, not an object literal: every token is looked up, and a keyed load of arbitrary strings on
// an object is slow (and "constructor" would hit Object's own property).
const PRONOUNS = new Map<string, { plural: boolean; gender: 'm' | 'f' | null }>([
  ['he', { plural: false, gender: 'm' }],
  ['him', { plural: false, gender: 'm' }],
  ['she', { plural: false, gender: 'f' }],
  ['her', { plural: false, gender: 'f' }],
  ['they', { plural: true, gender: null }],
  ['them', { plural: true, gender: null }],
  // "it" stands for a state or an organisation only when one was just named (see findAntecedent).
  ['it', { plural: false, gender: null }],
]);

/** Participles after a state that make it the backer of what follows ("Iran-backed militia"). */
const BACKING = new Set(['backed', 'aligned', 'allied', 'supported', 'sponsored', 'funded', 'armed', 'affiliated', 'linked']);

/**
 * A description found in anaphora.json stands for an actor here. A bare noun ("troops",
 * "police") does so only as a whole phrase, not after a modifier that makes it somebody else's
 * ("peacekeeping troops", "rebel soldiers"). "both sides" is a place, not the two parties, in
 * "on both sides" and "both sides of the border".
 */
function anaphorFits(tokens: Token[], start: number, end: number, spec: AnaphorSpec, first: number): boolean {
  const det = /^(the|both)$/i.test(spec.phrase.split(' ')[0] ?? '');
  if (!det && start > first && (['ADJ', 'NOUN', 'PROPN'].includes(tokens[start - 1]!.pos) || tokens[start - 1]!.text === '-')) return false;
  if (spec.refers_to === 'pair' && (tokens[end]?.lower === 'of' || (start > first && /^(on|across|between)$/.test(tokens[start - 1]!.lower)))) return false;
  return true;
}

/** Words that tie a group to its party: "loyal to", "allied with", "aligned with". */
const OWNER_LINKS = new Set(['loyal', 'allied', 'aligned', 'affiliated', 'linked']);

/** Heads of GOV group nouns that name a leader's government ("the Trump administration"). */
const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet', 'junta']);

/** Words before a surname that are no given names ("Mr Netanyahu", "Sheikh Tamim"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sheikh', 'sheik', 'gen', 'general', 'lt', 'col', 'maj', 'sir', 'lord', 'dame', 'emir', 'king', 'queen', 'prince', 'president', 'premier', 'minister', 'senator', 'sen', 'rep', 'ayatollah', 'imam', 'pope', 'cardinal', 'mullah', 'marshal', 'field', 'admiral', 'adm', 'brig', 'captain', 'capt']);

const WEEKDAYS_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

function isCapitalised(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A dictionary pattern fits the text's casing: acronyms exactly, names capitalised. */
function caseFits(pattern: string[], tokens: Token[], start: number): boolean {
  for (let k = 0; k < pattern.length; k++) {
    const p = pattern[k]!;
    const t = tokens[start + k]!;
    const letters = p.replace(/[^A-Za-z]/g, '');
    // Acronyms and names with inner capitals ("UN", "LeT", "McGurk") must match exactly, so that
    // "Let" opening a sentence is not Lashkar-e-Taiba.
    if ((letters.length >= 2 && letters === letters.toUpperCase()) || /[A-Z]/.test(letters.slice(1))) {
      if (t.text !== p) return false;
    } else if (/^[A-Z]/.test(p)) {
      if (!isCapitalised(t)) return false;
    }
  }
  return true;
}

const KIND_PRIORITY: Record<ActorRef['kind'], number> = { person: 3, org: 2, country: 1 };


type CountryRef = Extract<ActorRef, { kind: 'country' }>;

/** A dictionary name starting at a token: where it ends and what it names. */
interface DictName {
  end: number;
  ref: ActorRef;
}

/** A title found at a token ("Defence Minister"), with the modifier that owns it ("Ukrainian"). */
interface TitlePhrase {
  /** Where the title starts. */
  at: number;
  /** Where it ends (exclusive). */
  end: number;
  entry: TitleEntry;
  mod: { start: number; ref: ActorRef } | undefined;
  /** Where the phrase starts: the modifier's start, else the title's. */
  start: number;
  roleText: string;
}

/** What the scan of a whole document keeps across its sentences. */
export interface DocScan {
  doc: Doc;
  tokens: Token[];
  kb: Knowledge;
  date: string | null;
  mentions: Mention[];
  places: PlaceMention[];
  /** Referents introduced in this document, so that a later surname resolves to the same actor. */
  knownBySurname: Map<string, Actor>;
}

/** One sentence being scanned: which tokens are taken, its dictionary names, the mentions found so far. */
class SentenceScan {
  readonly doc: Doc;
  readonly tokens: Token[];
  readonly kb: Knowledge;
  readonly date: string | null;
  /** The document's places: territories found here are inserted among them. */
  readonly places: PlaceMention[];
  readonly knownBySurname: Map<string, Actor>;
  readonly keyAt: (i: number) => string | undefined;
  readonly taken: boolean[];
  readonly local: Mention[] = [];
  /** The gazetteer's places in this sentence. */
  sentencePlaces: PlaceMention[] = [];
  readonly dict = new Map<number, DictName>();
  /** Tokens inside a longer dictionary name ("U.N. refugee agency"). */
  readonly inDictName = new Set<number>();
  /** Organisation start → start of the possessor that locates it ("Yemen's Houthis"). */
  readonly locatedBy = new Map<number, number>();

  constructor(ds: DocScan, readonly s: Sentence) {
    this.doc = ds.doc;
    this.tokens = ds.tokens;
    this.kb = ds.kb;
    this.date = ds.date;
    this.places = ds.places;
    this.knownBySurname = ds.knownBySurname;
    const tokens = ds.tokens;
    const last = s.last;
    this.keyAt = (i: number) => (i < last ? tokens[i]?.lower : undefined);
    this.taken = new Array(s.last - s.first).fill(false);
  }

  mark(a: number, b: number): void { for (let k = a; k < b; k++) this.taken[k - this.s.first] = true; }
  free(a: number, b: number): boolean { for (let k = a; k < b; k++) if (this.taken[k - this.s.first]) return false; return true; }
  /** Frees tokens a mention that is folded into another had taken. */
  release(a: number, b: number): void { for (let k = a; k < b; k++) this.taken[k - this.s.first] = false; }

  span(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  dictAt(i: number): DictName | undefined {
    const d = this.dict.get(i);
    return d && this.free(i, d.end) ? d : undefined;
  }

  titleAt(i: number): { end: number; entry: TitleEntry } | undefined {
    const ms = this.kb.titleMatcher.matchesAt(i, this.keyAt);
    const m = ms[0];
    return m ? { end: m.end, entry: m.values[0]! } : undefined;
  }

  /** Group nouns for people ("troops", "officials"); nouns for a state's ground are places. */
  groupAt(k: number) {
    const g = this.kb.groupMatcher.matchesAt(k, this.keyAt)[0];
    return g && !g.values[0]!.place ? g : undefined;
  }

  territoryAt(k: number) {
    const g = this.kb.groupMatcher.matchesAt(k, this.keyAt)[0];
    return g && g.values[0]!.place ? g : undefined;
  }

  /** "Venezuelan soil", "Russia's airspace": a place of the state, kept with the places. */
  pushTerritory(start: number, end: number, c: CountryEntry): void {
    const { places, s } = this;
    const p: PlaceMention = { start, end, sentence: s.index, place: { name: this.span(start, end), country: c.id, type: 'territory' }, text: this.span(start, end) };
    // The gazetteer's "Russia" inside "Russia's territory" gives way to the larger place.
    for (let k = places.length - 1; k >= 0 && places[k]!.sentence === s.index; k--) if (places[k]!.start >= start && places[k]!.end <= end) places.splice(k, 1);
    let at = places.length;
    while (at > 0 && places[at - 1]!.sentence === s.index && places[at - 1]!.start > start) at--;
    places.splice(at, 0, p);
    this.mark(start, end);
  }

  /** Capitalised proper-noun run starting at i, not a weekday or month, not a dictionary name. */
  properRun(i: number): number {
    const { tokens, s, dict } = this;
    let j = i;
    while (j < s.last && isCapitalised(tokens[j]!) && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ') && !WEEKDAYS_MONTHS.has(tokens[j]!.lower) && /^[A-Z][a-zA-Z'\-.]*$/.test(tokens[j]!.text) && (j === i || !dict.has(j))) j++;
    // "Al-", "bin", "de" inside names.
    while (j + 1 < s.last && /^(al|bin|ibn|de|van|von|der|el|abu|abdel|la|du)$/i.test(tokens[j]!.text) && isCapitalised(tokens[j + 1]!)) {
      j += 2;
      while (j < s.last && isCapitalised(tokens[j]!) && tokens[j]!.pos === 'PROPN') j++;
    }
    return j;
  }

  /** The dictionary name ending at k, before "'s" if any: the owner of what follows. */
  private ownerEndingAt(k: number, person: boolean): { start: number; ref: ActorRef } | undefined {
    const { tokens, s } = this;
    if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
    for (const [st, d] of this.dict) if (d.end === k + 1 && st >= s.first && this.free(st, d.end) && (person || d.ref.kind !== 'person')) return { start: st, ref: d.ref };
    return undefined;
  }

  /** Modifier before a title: "Israeli", "Hamas", "US", "Russia's". Returns its start. */
  modifierBefore(titleStart: number): { start: number; ref: ActorRef } | undefined {
    const { tokens, s } = this;
    const direct = this.ownerEndingAt(titleStart - 1, true);
    if (direct) return direct;
    // "EU trade commissioner", "Russian Foreign Ministry spokeswoman", "Hamas political bureau
    // chief": up to three noun modifiers between the owner and the title.
    for (let k = titleStart - 1, n = 0; n < 3 && k > s.first; k--, n++) {
      const t = tokens[k]!;
      if (!['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || this.dict.has(k) || this.inDictName.has(k) || !/^[A-Za-z-]+$/.test(t.text)) return undefined;
      const o = this.ownerEndingAt(k - 1, false);
      if (o) return o;
    }
    return undefined;
  }

  refActor(text: string, ref: ActorRef, role: string | null = null): Actor {
    if (ref.kind === 'person') return personActor(this.kb, text, ref.entry, this.date);
    if (ref.kind === 'org') return orgActor(text, ref.entry, role);
    return countryActor(text, ref.entry, role ? 'GOV' : null, role);
  }

  push(m: Omit<Mention, 'sentence'>): Mention {
    // Every field set, in one order: mentions then share one hidden class, and the passes that
    // read them (resolution, events) stay monomorphic.
    const full: Mention = {
      start: m.start, end: m.end, sentence: this.s.index, kind: m.kind, actor: m.actor, modifier: m.modifier, plural: m.plural,
      gender: m.gender, orgType: m.orgType, rule: m.rule, antecedent: m.antecedent, subjectLike: false, located: false,
      group: m.group, anaphor: m.anaphor, seat: m.seat,
    };
    this.local.push(full);
    this.mark(m.start, m.end);
    return full;
  }
}

/** Finds the sentence's places and actor mentions, adding them to the document's. */
export function scanSentence(ds: DocScan, s: Sentence): void {
  const sc = new SentenceScan(ds, s);
  findPlaces(sc);
  // 1. Dictionary names.
  findDictionaryNames(sc);
  dropOtherGivenNames(sc);
  // 2. Title + name.
  findTitledMentions(sc);
  // 3. Remaining dictionary names; demonyms + group nouns.
  findDictionaryMentions(sc);
  // 4. Appositive roles and names the dictionary lacks.
  findAppositivesAndUnknownNames(sc);
  // 5. Descriptions, pronouns and group nouns.
  findDescriptionsAndGroups(sc);
  sc.local.sort((a, b) => a.start - b.start);
  foldAppositives(sc.local, sc.tokens, s.last);
  ds.mentions.push(...sc.local);
}

function findPlaces(sc: SentenceScan): void {
  const { tokens, s, kb, places } = sc;
  const placesBefore = places.length;
  // Places, for locations ("in Kharkiv") and for targets the actor dictionary lacks ("on Gaza").
  for (let i = s.first; i < s.last; ) {
    const ms = kb.placeMatcher.matchesAt(i, sc.keyAt);
    const hit = ms.find((m) => isCapitalised(tokens[i]!) && m.values.length > 0);
    if (hit) {
      places.push({ start: i, end: hit.end, sentence: s.index, place: hit.values[0]!, text: sc.span(i, hit.end) });
      i = hit.end;
    } else i++;
  }
  sc.sentencePlaces = places.slice(placesBefore);
}

/**
 * 1. Dictionary names, longest first; a name inside a longer place name ("America" in
 *    "Latin America") is part of that place, not an actor.
 */
function findDictionaryNames(sc: SentenceScan): void {
  const { tokens, s, kb, dict, sentencePlaces } = sc;
  for (let i = s.first; i < s.last; i++) {
    const ms = kb.actorMatcher.matchesAt(i, sc.keyAt);
    for (const m of ms) {
      const refs = m.values.filter((r) => caseFits(r.pattern, tokens, i));
      if (refs.length === 0) continue;
      if (sentencePlaces.some((p) => p.start <= i && p.end >= m.end && p.end - p.start > m.end - i)) break;
      refs.sort((a, b) => KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind]);
      dict.set(i, { end: m.end, ref: refs[0]! });
      break;
    }
  }
}

/**
 * "Abdel Rahim Dagalo" is not Mohamed Hamdan Dagalo: a surname the dictionary knows, after
 * given names it does not give that person, is somebody else's name (a brother, a namesake).
 */
function dropOtherGivenNames(sc: SentenceScan): void {
  for (const [i, d] of sc.dict) {
    if (d.ref.kind !== 'person' || d.end - i !== 1 || !otherGivenName(sc, i, d.ref.entry)) continue;
    sc.dict.delete(i);
  }
}

function otherGivenName(sc: SentenceScan, i: number, person: PersonEntry): boolean {
  const { tokens, s, kb, dict, keyAt } = sc;
  const prev = tokens[i - 1];
  if (i - 1 < s.first || !prev || prev.pos !== 'PROPN' || !isCapitalised(prev) || !/^[A-Z][a-z'-]+$/.test(prev.text)) return false;
  if (HONORIFICS.has(prev.lower) || WEEKDAYS_MONTHS.has(prev.lower) || [...dict].some(([st, e]) => st < i && e.end > i - 1)) return false;
  if (sc.sentencePlaces.some((p) => p.start <= i - 1 && p.end > i - 1)) return false;
  // "Prime Minister Netanyahu": a title, not a given name.
  for (let k = i - 1; k >= Math.max(s.first, i - 4); k--) if (kb.titleMatcher.matchesAt(k, keyAt).some((m) => m.end === i)) return false;
  const names = [person.name, ...(person.aliases ?? [])].join(' ').toLowerCase().split(/[\s-]+/);
  return !names.includes(prev.lower);
}

/** 2. Title + name ("Ukrainian Defence Minister Rustem Umerov", "RSF commander Abdelrahim Juma"). */
function findTitledMentions(sc: SentenceScan): void {
  const { s, dict, inDictName } = sc;
  // Tokens inside a longer dictionary name ("U.N. refugee agency") are not titles of their own.
  for (const [st, d] of dict) for (let k = st + 1; k < d.end; k++) inDictName.add(k);
  for (let i = s.first; i < s.last; i++) {
    if (!sc.free(i, i + 1) || inDictName.has(i)) continue;
    const t = sc.titleAt(i);
    if (!t) continue;
    titledMention(sc, i, t);
  }
}

function titledMention(sc: SentenceScan, i: number, t: { end: number; entry: TitleEntry }): void {
  const { tokens, s } = sc;
  // Titles are lower-case words elsewhere ("the president said"); before a name they head a phrase.
  const titleEnd = t.end;
  // Chains of titles: "Foreign Minister and Deputy Prime Minister" are rare; "Middle East envoy" is not a title chain.
  const mod = sc.modifierBefore(i);
  const start = mod ? mod.start : i;
  const ph: TitlePhrase = { at: i, end: titleEnd, entry: t.entry, mod, start, roleText: sc.span(i, titleEnd) };
  if (titleAndKnownName(sc, ph)) return;
  const nameEnd = isCapitalised(tokens[titleEnd] ?? tokens[i]!) && titleEnd < s.last ? sc.properRun(titleEnd) : titleEnd;
  if (nameEnd > titleEnd && isCapitalised(tokens[i]!) || (nameEnd > titleEnd && mod)) {
    titleAndUnknownName(sc, ph, nameEnd);
    return;
  }
  // "a senior official of the group", "the head of the RSF": the organisation after "of".
  if (!mod && /^(of|for|with|from)$/.test(tokens[titleEnd]?.lower ?? '') && titleOfOrganisation(sc, ph)) return;
  // A bare title ("a brigade spokesman said", "the regional governor said"): somebody the text
  // does not name. "the president" is left to the anaphors, which know who was just named.
  if (!mod && !(nameEnd > titleEnd) && bareTitle(sc, ph)) return;
  if (mod && (mod.ref.kind === 'org' || mod.ref.kind === 'country')) modifierAndTitle(sc, ph, mod.ref);
}

/** "Israeli Prime Minister Benjamin Netanyahu": a title before a name the dictionary knows. */
function titleAndKnownName(sc: SentenceScan, ph: TitlePhrase): boolean {
  const { tokens, kb, date } = sc;
  const { at: i, end: titleEnd, mod, start, roleText } = ph;
  const nameDict = sc.dictAt(titleEnd);
  if (!(nameDict && nameDict.ref.kind === 'person')) return false;
  const former = /^(former|ex|late|then)$/.test(tokens[start - 1]?.lower ?? '') || /^(former|ex|late|then)$/.test(tokens[i - 1]?.lower ?? '');
  const actor = personActor(kb, sc.span(start, nameDict.end), nameDict.ref.entry, date, former ? null : roleText);
  if (!actor.role) actor.role = roleText;
  if (!actor.country && mod) actor.country = sc.refActor('', mod.ref).country;
  // The text's own modifier ("Sudanese army chief", "Hamas representative") says whom the
  // person speaks for here, over the dictionary's office.
  if (mod && mod.ref.kind === 'org') { actor.org = mod.ref.entry.id; actor.country = actor.country ?? mod.ref.entry.country; }
  else if (!actor.org && mod && mod.ref.kind !== 'person') actor.org = mod.ref.entry.id;
  sc.push({ start, end: nameDict.end, kind: 'person', actor, modifier: false, plural: false, gender: nameDict.ref.entry.gender ?? null, orgType: null, rule: 'actor:title+name' });
  sc.knownBySurname.set(tokens[nameDict.end - 1]!.lower, actor);
  return true;
}

/** "RSF commander Abdelrahim Juma": a title before a name the dictionary lacks. */
function titleAndUnknownName(sc: SentenceScan, ph: TitlePhrase, nameEnd: number): void {
  const { tokens } = sc;
  const { at: i, end: titleEnd, mod, start, roleText } = ph;
  const modActor = mod ? sc.refActor('', mod.ref) : null;
  const actor: Actor = {
    text: sc.span(start, nameEnd),
    id: null,
    name: sc.span(titleEnd, nameEnd),
    country: modActor?.country ?? null,
    sector: ph.entry.sector ?? modActor?.sector ?? null,
    role: mod ? `${sc.span(mod.start, i).replace(/'s?$/, '').trim()} ${roleText}` : roleText,
    org: mod && mod.ref.kind !== 'person' ? mod.ref.entry.id : null,
  };
  sc.push({ start, end: nameEnd, kind: 'person', actor, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:title+unknown-name' });
  sc.knownBySurname.set(tokens[nameEnd - 1]!.lower, actor);
}

/** The start of the phrase a title heads, past its adjectives and article ("a senior official"). */
function titlePhraseStart(sc: SentenceScan, i: number): number {
  const { tokens, s } = sc;
  let a0 = i;
  while (a0 - 1 >= s.first && (tokens[a0 - 1]!.pos === 'ADJ' || /^(a|an|the)$/.test(tokens[a0 - 1]!.lower))) a0--;
  return a0;
}

/** "a senior official of the group", "the head of the RSF"; false when "of" names neither. */
function titleOfOrganisation(sc: SentenceScan, ph: TitlePhrase): boolean {
  const { tokens, kb, keyAt } = sc;
  const { at: i, end: titleEnd } = ph;
  let q = titleEnd + 1;
  if (tokens[q]?.lower === 'the') q++;
  const d = sc.dictAt(q);
  const an = d ? undefined : kb.anaphorMatcher.matchesAt(q - (tokens[q - 1]?.lower === 'the' ? 1 : 0), keyAt)[0];
  if (d && d.ref.kind !== 'person') {
    const a0 = titlePhraseStart(sc, i);
    const actor = sc.refActor(sc.span(a0, d.end), d.ref, sc.span(a0, titleEnd));
    if (d.ref.kind === 'country') actor.sector = ph.entry.sector ?? 'GOV';
    sc.push({ start: a0, end: d.end, kind: d.ref.kind === 'org' ? 'org' : 'country', actor, modifier: false, plural: false, gender: null, orgType: d.ref.kind === 'org' ? d.ref.entry.type : null, rule: 'actor:title-of-org' });
    return true;
  }
  if (an) {
    const a0 = titlePhraseStart(sc, i);
    // Resolved with the other anaphors: the title phrase stands for what "the group" refers to.
    sc.push({ start: a0, end: an.end, kind: 'anaphor', actor: { text: sc.span(a0, an.end), id: null, name: null, country: null, sector: ph.entry.sector, role: sc.span(a0, titleEnd) }, modifier: false, plural: false, gender: null, orgType: an.values[0]!.refers_to, rule: 'actor:title-of-anaphor', anaphor: an.values[0]! });
    return true;
  }
  return false;
}

/** "a brigade spokesman said": somebody the text does not name; false when a description claims the phrase. */
function bareTitle(sc: SentenceScan, ph: TitlePhrase): boolean {
  const { tokens, s, kb, keyAt } = sc;
  const { at: i, end: titleEnd } = ph;
  let a0 = i;
  while (a0 - 1 >= s.first && sc.free(a0 - 1, a0) && (['ADJ', 'NOUN', 'NUM'].includes(tokens[a0 - 1]!.pos) || /^(a|an|the)$/.test(tokens[a0 - 1]!.lower))) {
    a0--;
    if (/^(a|an|the)$/.test(tokens[a0]!.lower)) break;
  }
  const asAnaphor = kb.anaphorMatcher.matchesAt(a0, keyAt)[0];
  if ((asAnaphor && asAnaphor.end >= titleEnd) || !sc.free(a0, titleEnd)) return false;
  const text = sc.span(a0, titleEnd);
  sc.push({ start: a0, end: titleEnd, kind: 'unknown', actor: { text, id: null, name: null, country: null, sector: ph.entry.sector, role: sc.span(i, titleEnd) }, modifier: false, plural: /s$/.test(tokens[titleEnd - 1]!.lower), gender: null, orgType: null, rule: 'actor:bare-title' });
  return true;
}

/** "a Hamas official", "Israeli officials": the organisation or state speaks through them. */
function modifierAndTitle(sc: SentenceScan, ph: TitlePhrase, ref: Exclude<ActorRef, { kind: 'person' }>): void {
  const { tokens } = sc;
  const { end: titleEnd, start, roleText } = ph;
  const actor = sc.refActor(sc.span(start, titleEnd), ref, roleText);
  if (ref.kind === 'country') actor.sector = ph.entry.sector ?? 'GOV';
  const plural = /s$/.test(tokens[titleEnd - 1]!.lower);
  sc.push({ start, end: titleEnd, kind: ref.kind === 'org' ? 'org' : 'country', actor, modifier: false, plural, gender: null, orgType: ref.kind === 'org' ? ref.entry.type : null, rule: 'actor:modifier+title' });
}

/**
 * A government noun after a leader's name ("the Biden administration", "the Netanyahu
 * government", "Putin's regime"): the group nouns of the GOV sector that name an institution.
 */
function personGroupAt(sc: SentenceScan, k: number) {
  const { tokens } = sc;
  const possessive = tokens[k]?.text === "'s";
  const g = sc.groupAt(possessive ? k + 1 : k);
  if (!g) return undefined;
  const head = tokens[g.end - 1]!.lower;
  // "Haftar forces", "Assad loyalists", "Putin's troops": the people of the leader's side.
  return (g.values[0]!.sector === 'GOV' && GOVERNMENT_NOUNS.has(head)) || possessive || /(s|men)$/.test(head) ? g : undefined;
}

/** The possessor ending at `end` (before "'s") locates the organisation after it: its home country or parent body. */
function locates(sc: SentenceScan, end: number, owner: string): boolean {
  const { tokens, s, dict } = sc;
  let q = end + 1;
  while (q < s.last && tokens[q]!.pos === 'ADJ') q++;
  const o = dict.get(q);
  if (!o || o.ref.kind !== 'org' || !sc.free(q, o.end) || !(o.ref.entry.country === owner || o.ref.entry.parent === owner)) return false;
  let st = end - 1;
  while (st > s.first && dict.get(st)?.end !== end) st--;
  sc.locatedBy.set(q, tokens[st - 1]?.lower === 'the' && st - 1 >= s.first ? st - 1 : st);
  return true;
}

/** 3. Remaining dictionary names; demonyms + group nouns ("Israeli troops"). */
function findDictionaryMentions(sc: SentenceScan): void {
  for (const [i, d] of [...sc.dict].sort((a, b) => a[0] - b[0])) {
    if (!sc.free(i, d.end)) continue;
    dictionaryMention(sc, i, d);
  }
}

function dictionaryMention(sc: SentenceScan, i: number, d: DictName): void {
  const { tokens, s } = sc;
  const ref = d.ref;
  // "Iran-backed", "Russian-backed": the backer qualifies what follows; it is no actor here.
  if (ref.kind === 'country' && tokens[d.end]?.text === '-' && d.end + 1 < s.last && BACKING.has(tokens[d.end + 1]!.lower)) {
    sc.push({ start: i, end: d.end, kind: 'demonym', actor: countryActor(sc.span(i, d.end), ref.entry), modifier: true, plural: false, gender: null, orgType: null, rule: 'actor:backer' });
    return;
  }
  if (ref.kind === 'country' && ref.form === 'demonym') {
    demonymMention(sc, i, d.end, ref);
    return;
  }
  const possessive = tokens[d.end]?.text === "'s";
  if (ref.kind === 'country' && (possessive || ref.form === 'name')) {
    // "Russia's territory", "Ukraine airspace": the state's ground, a place.
    const ter = sc.territoryAt(possessive ? d.end + 1 : d.end);
    if (ter) { sc.pushTerritory(i, ter.end, ref.entry); return; }
    // "Yemen's Houthis", "Lebanon's Hezbollah": the possessor says where the organisation is
    // based; it is no second actor. The organisation's mention takes the phrase.
    if (possessive && locates(sc, d.end, ref.entry.id)) return;
  }
  // "the African Union's Peace and Security Council", "the UN's World Food Programme": a
  // body of the possessing organisation is one actor.
  if (ref.kind === 'org' && possessive && locates(sc, d.end, ref.entry.id)) return;
  namedActorMention(sc, i, d, possessive);
}

/** "Israeli troops", "Jordanian and Syrian forces", "Venezuelan soil", or a demonym qualifying what follows. */
function demonymMention(sc: SentenceScan, i: number, dEnd: number, ref: CountryRef): void {
  const { tokens, s, kb, dict } = sc;
  const ter = sc.territoryAt(dEnd);
  if (ter) { sc.pushTerritory(i, ter.end, ref.entry); return; }
  const g = sc.groupAt(dEnd);
  if (g) {
    let actor = countryActor(sc.span(i, g.end), ref.entry, g.values[0]!.sector);
    const army = g.values[0]!.army ? ownedForce(kb, ref.entry, 'army') : undefined;
    if (army) actor = { ...orgActor(actor.text, army), role: sc.span(dEnd, g.end) };
    sc.push({ start: i, end: g.end, kind: 'group', actor, modifier: false, plural: /s$/.test(tokens[g.end - 1]!.lower), gender: null, orgType: null, rule: 'actor:demonym+group' });
    return;
  }
  // "Jordanian and Syrian forces", "U.S. and Chinese negotiators": coordinated demonyms share
  // the group noun that follows the last of them.
  let q = dEnd;
  let shared: { sector: string | null; start: number; end: number; army: boolean } | null = null;
  while (q < s.last && /^(and|or|,)$/.test(tokens[q]!.lower)) {
    const next = dict.get(q + 1);
    if (!next || next.ref.kind !== 'country') break;
    const g2 = sc.groupAt(next.end);
    if (g2) { shared = { sector: g2.values[0]!.sector, start: next.end, end: g2.end, army: Boolean(g2.values[0]!.army) }; break; }
    q = next.end;
  }
  if (shared) {
    // "Congolese and Ugandan troops": the first state's share of an army noun is its army, as
    // "Congolese troops" alone would be.
    let actor = countryActor(sc.span(i, dEnd), ref.entry, shared.sector);
    const army = shared.army ? ownedForce(kb, ref.entry, 'army') : undefined;
    if (army) actor = { ...orgActor(actor.text, army), role: sc.span(shared.start, shared.end) };
    sc.push({ start: i, end: dEnd, kind: 'group', actor, modifier: false, plural: true, gender: null, orgType: null, rule: 'actor:coordinated-demonym' });
    return;
  }
  // "the Israeli" alone is rare; a demonym qualifies what follows.
  sc.push({ start: i, end: dEnd, kind: 'demonym', actor: countryActor(sc.span(i, dEnd), ref.entry), modifier: true, plural: false, gender: null, orgType: null, rule: 'actor:demonym' });
}

/** A state, organisation or person by name, with what the phrase adds: its forces, its people, its office. */
function namedActorMention(sc: SentenceScan, i: number, d: DictName, possessive: boolean): void {
  const { tokens, s } = sc;
  const ref = d.ref;
  let start = sc.locatedBy.get(i) ?? i;
  if (start === i && i - 1 >= s.first && tokens[i - 1]!.lower === 'the' && (ref.kind !== 'person' || personGroupAt(sc, d.end))) start = i - 1;
  const text = sc.span(start, d.end);
  const actor = sc.refActor(text, ref);
  let end = d.end;
  if (ref.kind === 'person' && leaderGovernment(sc, start, d.end, actor)) return;
  // "Russia's army" and "the U.S. military" are the state's military.
  if (ref.kind === 'country' && (possessive || ref.form === 'name')) end = stateForce(sc, actor, start, end, possessive);
  // "Hezbollah fighters", "Hamas leaders", "the U.N. force": the organisation's people.
  if (ref.kind === 'org' && !possessive) end = organisationPeople(sc, actor, start, end);
  // "Netanyahu's office", "Hamas's spokesman", "Russia's foreign ministry": the owner speaks.
  if (tokens[end]?.text === "'s" || (tokens[end]?.text === "'" && /s$/i.test(tokens[end - 1]!.text))) end = ownersOffice(sc, ref, actor, start, end);
  const kind = ref.kind === 'person' ? 'person' : ref.kind === 'org' ? 'org' : 'country';
  const plural = ref.kind === 'country' ? ref.form === 'plural' : ref.kind === 'org' ? Boolean(ref.entry.plural) : false;
  const m = sc.push({ start, end, kind, actor, modifier: false, plural, gender: ref.kind === 'person' ? ref.entry.gender ?? null : null, orgType: ref.kind === 'org' ? ref.entry.type : null, rule: ref.kind === 'country' ? `actor:country-${ref.form}` : `actor:${ref.kind}` });
  if (ref.kind === 'person') sc.knownBySurname.set(tokens[d.end - 1]!.lower, m.actor);
}

/**
 * "the Trump administration", "Netanyahu's government": the state (or organisation) the
 * person heads on the item's date; a past leader's administration is still that state's.
 * False when no government noun follows or the person heads nothing the dictionary knows.
 */
function leaderGovernment(sc: SentenceScan, start: number, dEnd: number, person: Actor): boolean {
  const { kb } = sc;
  const pg = personGroupAt(sc, dEnd);
  if (!pg) return false;
  const ownerId = person.org ?? person.country;
  const c = ownerId ? kb.countries.get(ownerId) : undefined;
  const o = ownerId && !c ? kb.orgs.get(ownerId) : undefined;
  if (!c && !o) return false;
  const gtext = sc.span(start, pg.end);
  const role = sc.span(dEnd, pg.end).replace(/^'s\s*/, '');
  const actor = c ? countryActor(gtext, c, pg.values[0]!.sector ?? 'GOV', role) : orgActor(gtext, o!, role);
  if (o && pg.values[0]!.sector && pg.values[0]!.sector !== 'GOV') actor.sector = pg.values[0]!.sector;
  sc.push({ start, end: pg.end, kind: c ? 'country' : 'org', actor, modifier: false, plural: false, gender: null, orgType: o ? o.type : null, rule: 'actor:leader+group' });
  return true;
}

/** "Russia's army", "the U.S. military": the state's force takes the phrase. Returns the phrase's end. */
function stateForce(sc: SentenceScan, actor: Actor, start: number, end: number, possessive: boolean): number {
  const g = sc.groupAt(possessive ? end + 1 : end) ?? (possessive ? sc.groupAt(pastQualifiers(sc, end + 1)) : undefined);
  if (!g) return end;
  actor.sector = g.values[0]!.sector;
  actor.text = sc.span(start, g.end);
  actor.role = sc.span(possessive ? end + 1 : end, g.end);
  return g.end;
}

/**
 * "Yemen's internationally recognised government", "Libya's U.N.-recognised government": past
 * the adverbs, participles and hyphenated participle compounds that qualify the owned noun.
 * Returns where the noun would start (k when nothing qualifies it).
 */
function pastQualifiers(sc: SentenceScan, k: number): number {
  const { tokens, s } = sc;
  let q = k;
  for (let n = 0; n < 3 && q < s.last; n++) {
    const t = tokens[q]!;
    // "U.N.-recognised", "Saudi-backed": a word, a hyphen and a participle.
    if (tokens[q + 1]?.text === '-' && /(ed|ing)$/.test(tokens[q + 2]?.lower ?? '') && q + 2 < s.last) { q += 3; continue; }
    // "internationally recognised", "newly elected", "transitional".
    if ((t.pos === 'ADV' && t.lower.endsWith('ly')) || ((t.pos === 'VERB' || t.pos === 'ADJ') && /(ed|al)$/.test(t.lower))) { q++; continue; }
    break;
  }
  return q;
}

/** "Hezbollah fighters", "EU foreign ministers": the organisation's people. Returns the phrase's end. */
function organisationPeople(sc: SentenceScan, actor: Actor, start: number, end: number): number {
  const { tokens, s } = sc;
  let g = sc.groupAt(end);
  // "EU foreign ministers", "NATO defence ministers", "Hamas security officials": one or
  // two lower-case modifiers before a plural group noun still make the organisation's people.
  for (let q = end; !g && q < end + 2 && q + 1 < s.last && /^[a-z]/.test(tokens[q]!.text) && (tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NOUN'); q++) {
    const g2 = sc.groupAt(q + 1);
    if (g2 && /(s|men)$/.test(tokens[g2.end - 1]!.lower)) g = g2;
  }
  if (!g) return end;
  actor.text = sc.span(start, g.end);
  actor.role = sc.span(end, g.end);
  return g.end;
}

/** "Netanyahu's office", "Hamas's spokesman", "China's commerce ministry": the owner speaks. Returns the phrase's end. */
function ownersOffice(sc: SentenceScan, ref: ActorRef, actor: Actor, start: number, end: number): number {
  const { tokens, s, dict } = sc;
  let q = end + 1;
  while (q < s.last && tokens[q]!.pos === 'ADJ') q++;
  let t = sc.titleAt(q);
  let g = t ? undefined : sc.groupAt(q);
  // "China's commerce ministry", "Ethiopia's electoral board", "Taiwan's Mainland Affairs
  // Council", "Georgia's State Security Service": noun modifiers and the words of an
  // institution's name first; the institution is the owner's.
  for (let n = 0; n < 3 && !t && !g && q + 1 < s.last && (tokens[q]!.pos === 'NOUN' || (tokens[q]!.pos === 'PROPN' && isCapitalised(tokens[q]!) && !dict.has(q))); n++) {
    q++;
    t = sc.titleAt(q);
    g = t ? undefined : sc.groupAt(q);
  }
  const ownerEnd = t ? t.end : g ? g.end : -1;
  if (ownerEnd > 0 && !(t && isCapitalised(tokens[t.end] ?? tokens[q]!) && t.end < s.last && tokens[t.end]!.pos === 'PROPN')) {
    actor.text = sc.span(start, ownerEnd);
    actor.role = sc.span(end + 1, ownerEnd);
    if (ref.kind === 'country' && g) actor.sector = g.values[0]!.sector;
    return ownerEnd;
  }
  return end;
}

/**
 * 4. Appositive roles: "Maria Lindqvist, a conflict researcher at Uppsala University".
 *    Unknown names are picked up here and when they recur ("Lindqvist says").
 */
function findAppositivesAndUnknownNames(sc: SentenceScan): void {
  const { tokens, s, places, knownBySurname } = sc;
  for (let i = s.first; i < s.last; i++) {
    if (!sc.free(i, i + 1) || !isCapitalised(tokens[i]!) || tokens[i]!.pos !== 'PROPN') continue;
    if (i > s.first && isCapitalised(tokens[i - 1]!) && tokens[i - 1]!.pos === 'PROPN' && sc.free(i - 1, i)) continue;
    const end = sc.properRun(i);
    if (end <= i || !sc.free(i, end)) { i = Math.max(i, end - 1); continue; }
    const surnameActor = knownBySurname.get(tokens[end - 1]!.lower);
    const appos = appositiveRole(sc, end);
    if (surnameActor && end - i === 1 && !appos) {
      sc.push({ start: i, end, kind: surnameActor.id ? 'person' : 'unknown', actor: { ...surnameActor, text: sc.span(i, end) }, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:repeated-name' });
      continue;
    }
    if (appos) {
      const actor: Actor = { text: sc.span(i, end), id: null, name: sc.span(i, end), country: appos.country, sector: appos.sector, role: appos.role, org: appos.org };
      sc.push({ start: i, end: appos.end, kind: 'unknown', actor, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:name+appositive' });
      knownBySurname.set(tokens[end - 1]!.lower, actor);
      i = appos.end - 1;
      continue;
    }
    // Two or more capitalised words that nothing else claims: a name the dictionary lacks.
    const multi = end - i >= 2 && !(i === s.first && end - i === 2 && tokens[i]!.pos !== 'PROPN');
    const notPlace = !places.some((p) => p.start <= i && p.end > i);
    if (multi && notPlace && looksLikePersonName(tokens, i, end)) {
      const actor: Actor = { text: sc.span(i, end), id: null, name: sc.span(i, end), country: null, sector: null, role: null };
      sc.push({ start: i, end, kind: 'unknown', actor, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:unknown-name' });
      knownBySurname.set(tokens[end - 1]!.lower, actor);
    }
    i = end - 1;
  }
}

function appositiveRole(sc: SentenceScan, nameEnd: number): { end: number; role: string; country: string | null; sector: string | null; org: string | null } | undefined {
  const { tokens, s, dict } = sc;
  if (tokens[nameEnd]?.text !== ',') return undefined;
  let k = nameEnd + 1;
  if (k < s.last && /^(a|an|the)$/.test(tokens[k]!.lower)) k++;
  const roleStart = k;
  // Up to five modifier words before the title ("senior Hamas", "Middle East").
  for (let n = 0; n < 6 && k < s.last; n++, k++) {
    const t = sc.titleAt(k);
    if (t) {
      let end = t.end;
      let country: string | null = null;
      let org: string | null = null;
      let sector: string | null = t.entry.sector;
      for (let q = roleStart; q < k; q++) {
        const d = dict.get(q);
        if (d) { const a = sc.refActor('', d.ref); country = a.country; if (d.ref.kind !== 'person') org = d.ref.entry.id; if (d.ref.kind === 'org') sector = d.ref.entry.sector ?? sector; }
      }
      // "at Uppsala University", "of the Rapid Support Forces", "for Hamas".
      if (end < s.last && /^(at|of|for|with|in)$/.test(tokens[end]!.lower)) {
        let q = end + 1;
        if (q < s.last && tokens[q]!.lower === 'the') q++;
        const d = dict.get(q);
        if (d) {
          const a = sc.refActor('', d.ref);
          country = country ?? a.country;
          if (d.ref.kind !== 'person') org = org ?? d.ref.entry.id;
          end = d.end;
        } else if (q < s.last && isCapitalised(tokens[q]!)) {
          let r = q;
          while (r < s.last && (isCapitalised(tokens[r]!) || /^(of|for|and)$/.test(tokens[r]!.lower) && r + 1 < s.last && isCapitalised(tokens[r + 1]!))) r++;
          end = r;
        }
      }
      return { end, role: sc.span(roleStart, end), country, sector, org };
    }
    const tk = tokens[k]!;
    if (tk.pos === 'PUNCT' || tk.pos === 'VERB' || tk.pos === 'AUX') return undefined;
  }
  return undefined;
}

/**
 * 5. Group nouns with an owner: "the country's army" is left to coreference; plain "journalists"
 *    and "reporters" are addressees.
 */
function findDescriptionsAndGroups(sc: SentenceScan): void {
  const { s } = sc;
  for (let i = s.first; i < s.last; i++) {
    if (!sc.free(i, i + 1)) continue;
    i = descriptionOrGroupAt(sc, i);
  }
}

/** The description, pronoun or group noun at token i, if any; returns the last token it takes (i when none). */
function descriptionOrGroupAt(sc: SentenceScan, i: number): number {
  const { tokens, s, kb, keyAt } = sc;
  let an = directDescription(sc, i) ?? describedPastBacker(sc, i);
  // "the army-aligned government", "the junta-backed militia": the noun before the participle
  // is the backer; the description is the head after it.
  if (an && tokens[an.end]?.text === '-' && BACKING.has(tokens[an.end + 1]?.lower ?? '') && tokens[i]!.lower === 'the') {
    const skip = an.end + 2 - (i + 1);
    const hit = kb.anaphorMatcher.matchesAt(i, (j) => (j === i ? 'the' : keyAt(j + skip)))[0];
    an = hit && sc.free(i, hit.end + skip) ? { end: hit.end + skip, spec: hit.values[0]! } : undefined;
    if (!an) return i + skip;
  }
  if (an && !anaphorFits(tokens, i, an.end, an.spec, s.first)) an = undefined;
  if (an) return descriptionMention(sc, i, an);
  const p = PRONOUNS.get(tokens[i]!.lower);
  if (p && tokens[i]!.pos === 'PRON') {
    sc.push({ start: i, end: i + 1, kind: 'pronoun', actor: { text: tokens[i]!.text, id: null, name: null, country: null, sector: null, role: null }, modifier: false, plural: p.plural, gender: p.gender, orgType: null, rule: 'actor:pronoun' });
    return i;
  }
  // "its troops", "their fighters": the group of the state or organisation just named.
  if ((tokens[i]!.lower === 'its' || tokens[i]!.lower === 'their') && i + 1 < s.last) {
    const g2 = sc.groupAt(i + 1);
    if (g2 && sc.free(i, g2.end)) {
      sc.push({ start: i, end: g2.end, kind: 'pronoun', actor: { text: sc.span(i, g2.end), id: null, name: null, country: null, sector: g2.values[0]!.sector, role: null }, modifier: false, plural: tokens[i]!.lower === 'their', gender: null, orgType: null, rule: 'actor:possessive-group' });
      return g2.end - 1;
    }
  }
  return groupNounAt(sc, i);
}

interface Description {
  end: number;
  spec: AnaphorSpec;
}

function directDescription(sc: SentenceScan, i: number): Description | undefined {
  const direct = sc.kb.anaphorMatcher.matchesAt(i, sc.keyAt)[0];
  return direct && sc.free(i, direct.end) ? { end: direct.end, spec: direct.values[0]! } : undefined;
}

/**
 * "the Iran-backed group" is "the group" with its backer named inside: match the description
 * past the backer, which then stops being a mention of its own.
 */
function describedPastBacker(sc: SentenceScan, i: number): Description | undefined {
  const { tokens, local, kb, keyAt } = sc;
  const backer = tokens[i]!.lower === 'the' ? local.find((x) => x.start === i + 1 && x.rule === 'actor:backer') : undefined;
  if (!backer) return undefined;
  const skip = backer.end + 2 - (i + 1);
  const hit = kb.anaphorMatcher.matchesAt(i, (j) => (j === i ? 'the' : keyAt(j + skip)))[0];
  if (!(hit && sc.free(backer.end, hit.end + skip))) return undefined;
  local.splice(local.indexOf(backer), 1);
  sc.release(backer.start, backer.end);
  return { end: hit.end + skip, spec: hit.values[0]! };
}

/** A description found in anaphora.json ("the group", "the two sides"); returns its last token. */
function descriptionMention(sc: SentenceScan, i: number, an: Description): number {
  const { tokens, s, local, places } = sc;
  const spec = an.spec;
  // "the government in Kinshasa", "the defence ministry in Moscow": the state whose seat or
  // territory follows owns the noun; the place is part of the description, no actor of its own.
  let end = an.end;
  let seat: string | undefined;
  // Only for institutions that have a seat: "troops in Transnistria" are where they serve.
  if (spec.state && (spec.sector === 'GOV' || /ministry/.test(spec.phrase)) && tokens[end]?.lower === 'in' && end + 1 < s.last) {
    const c = local.find((x) => x.start === end + 1 && x.kind === 'country' && !x.modifier && !x.actor.sector && (x.rule === 'actor:country-metonym' || x.rule === 'actor:country-name'));
    const p = c ? undefined : places.find((x) => x.sentence === s.index && x.start === end + 1 && x.place.country && /^(city|capital)$/.test(x.place.type ?? ''));
    if (c) {
      seat = c.actor.country!;
      end = c.end;
      local.splice(local.indexOf(c), 1);
    } else if (p) {
      seat = p.place.country!;
      end = p.end;
    }
    if (seat) sc.release(an.end, end);
  }
  const m = sc.push({ start: i, end, kind: 'anaphor', actor: { text: sc.span(i, end), id: null, name: null, country: null, sector: spec.sector ?? null, role: null }, modifier: false, plural: spec.refers_to === 'pair', gender: null, orgType: spec.refers_to, rule: 'actor:anaphor', anaphor: spec });
  if (seat) m.seat = seat;
  return end - 1;
}

/** A group noun: with its owner after it, or bare and plural. Returns the last token it takes (i when none). */
function groupNounAt(sc: SentenceScan, i: number): number {
  const { tokens, local } = sc;
  const g = sc.groupAt(i);
  // "fighters of the ADF", "gunmen loyal to Haftar", "members of the Tren de Aragua gang":
  // people of the party named after them.
  const owned = g && sc.free(i, g.end) ? ownerAfter(sc, g.end) : undefined;
  if (g && owned) {
    const sector = g.values[0]!.sector ?? owned.m.actor.sector;
    const actor: Actor = { ...owned.party, text: sc.span(i, owned.end), sector, role: sc.span(i, g.end) };
    local.splice(local.indexOf(owned.m), 1);
    sc.release(owned.m.start, owned.m.end);
    sc.push({ start: i, end: owned.end, kind: owned.kind, actor, modifier: false, plural: true, gender: null, orgType: owned.kind === 'org' ? owned.m.orgType : null, rule: 'actor:group-of-owner' });
    return owned.end - 1;
  }
  if (g && sc.free(i, g.end) && !g.values[0]!.needs_owner && /(s|men)$/.test(tokens[g.end - 1]!.lower)) {
    // A bare plural group ("journalists", "mediators") is an actor without a country.
    sc.push({ start: i, end: g.end, kind: 'group', actor: { text: sc.span(i, g.end), id: null, name: null, country: null, sector: g.values[0]!.sector, role: null }, modifier: false, plural: true, gender: null, orgType: null, rule: 'actor:group-noun' });
    return g.end - 1;
  }
  return i;
}

/**
 * The party a group noun's people belong to, named right after it: "of (the) X", "loyal to X",
 * "allied with X". X is a state, an organisation or a person (whose organisation or state it
 * is); the mention X already has is folded into the group's.
 */
function ownerAfter(sc: SentenceScan, k: number): { m: Mention; party: Actor; kind: 'org' | 'country'; end: number } | undefined {
  const { tokens, s, kb } = sc;
  let q = k;
  if (tokens[q]?.lower === 'of') q++;
  else if (q + 1 < s.last && OWNER_LINKS.has(tokens[q]!.lower) && /^(to|with)$/.test(tokens[q + 1]!.lower)) q += 2;
  else return undefined;
  const m = sc.local.find((x) => (x.start === q || (x.start === q + 1 && tokens[q]!.lower === 'the')) && !x.modifier);
  if (!m || !(m.kind === 'org' || m.kind === 'country' || m.kind === 'person')) return undefined;
  // "members of the Security Council" are the Council; "fighters of Sinwar" are Hamas.
  const id = m.kind === 'person' ? m.actor.org ?? m.actor.country : m.actor.id;
  if (!id) return undefined;
  const c = kb.countries.get(id);
  const o = c ? undefined : kb.orgs.get(id);
  if (!c && !o) return undefined;
  const party = c ? countryActor('', c) : orgActor('', o!);
  return { m, party, kind: c ? 'country' : 'org', end: m.end };
}

/**
 * "The Qassam Brigades, Hamas's armed wing, said ...", "The Al-Quds Brigades, the armed wing of
 * Palestinian Islamic Jihad, said ...": a description between commas after a name, before the
 * verb, describes the named actor; the actor it names in passing is no actor of the clause. The
 * description joins the name's mention. A list ("Egypt, Qatar and the United States") has no
 * determiner or possessive before a common noun head, and is left alone.
 */
function foldAppositives(local: Mention[], tokens: Token[], last: number): void {
  for (let x = 0; x < local.length; x++) {
    const m = local[x]!;
    if (m.modifier || !['org', 'country', 'person'].includes(m.kind) || tokens[m.end]?.text !== ',') continue;
    // "In Sudan, ..." is a place, not a subject with its description.
    const before = tokens[m.start - 1];
    if (before && before.sentence === m.sentence && before.pos === 'ADP') continue;
    let c = m.end + 1;
    while (c < last && c - m.end <= 10 && tokens[c]!.text !== ',') c++;
    if (c >= last || tokens[c]!.text !== ',' || c - m.end < 3) continue;
    const seg = tokens.slice(m.end + 1, c);
    if (seg.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(and|or|but)$/.test(t.lower))) continue;
    // The description's head: a common noun before "of" ("the armed wing of X") or at its end.
    const of = seg.findIndex((t) => t.lower === 'of');
    const head = of > 0 ? seg[of - 1]! : seg[seg.length - 1]!;
    if (head.pos !== 'NOUN' || isCapitalised(head)) continue;
    const described = /^(the|a|an)$/.test(seg[0]!.lower) || seg.some((t, k) => t.text === "'s" && k + 1 < seg.length);
    const next = tokens[c + 1];
    if (!described || !next || next.sentence !== m.sentence || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) continue;
    for (let y = local.length - 1; y > x; y--) {
      const inner = local[y]!;
      if (inner.start <= m.end || inner.end > c) continue;
      // "Mohammed Deif, Hamas's military chief, ...": the description says whom the person speaks for.
      if (m.kind === 'person' && !m.actor.org && inner.kind === 'org' && inner.actor.id) {
        m.actor = { ...m.actor, org: inner.actor.id, country: m.actor.country ?? inner.actor.country };
      }
      local.splice(y, 1);
    }
    m.end = c;
  }
}

function looksLikePersonName(tokens: Token[], start: number, end: number): boolean {
  // Names are two to four words, each capitalised and not all-caps (acronyms are organisations).
  if (end - start > 4) return false;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!.text;
    if (t.length > 1 && t === t.toUpperCase()) return false;
    if (tokens[k]!.pos !== 'PROPN') return false;
  }
  return true;
}

