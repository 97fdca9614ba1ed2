/**
 * Actor mentions: dictionary names, titles with names ("Israeli Prime Minister Benjamin
 * Netanyahu"), appositive roles ("X, Middle East expert at Y"), demonyms and group nouns
 * ("Israeli troops", "the Israelis"), people the dictionary lacks, and pronouns and anaphoric
 * nouns ("he", "they", "the news agency") resolved to the most recent compatible mention.
 */
import type { Actor } from '../model/records.js';
import type { Doc, Token } from '../nlp/doc.js';
import type { ActorRef, AnaphorEntry, CountryEntry, Knowledge, OrgEntry, PersonEntry, PlaceEntry, TitleEntry } from '../knowledge/types.js';
import { countryActor, orgActor, partyKey, personActor } from './resolve.js';

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

/** Prepositions before a state named as a place rather than as an agent. */
const LOCATIVE = new Set(['in', 'at', 'into', 'inside', 'near', 'from', 'to', 'across', 'throughout', 'within']);

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

export function findActors(doc: Doc, kb: Knowledge, date: string | null): ActorIndex {
  const { tokens } = doc;
  const mentions: Mention[] = [];
  const places: PlaceMention[] = [];
  const lower = (i: number) => tokens[i]?.lower;
  // Referents introduced in this document, so that a later surname resolves to the same actor.
  const knownBySurname = new Map<string, Actor>();

  for (const s of doc.sentences) {
    if (s.heading) continue;
    const keyAt = (i: number) => (i < s.last ? lower(i) : undefined);
    const taken: boolean[] = new Array(s.last - s.first).fill(false);
    const mark = (a: number, b: number) => { for (let k = a; k < b; k++) taken[k - s.first] = true; };
    const free = (a: number, b: number) => { for (let k = a; k < b; k++) if (taken[k - s.first]) return false; return true; };
    const local: Mention[] = [];

    const placesBefore = places.length;
    // Places, for locations ("in Kharkiv") and for targets the actor dictionary lacks ("on Gaza").
    for (let i = s.first; i < s.last; ) {
      const ms = kb.placeMatcher.matchesAt(i, keyAt);
      const hit = ms.find((m) => isCapitalised(tokens[i]!) && m.values.length > 0);
      if (hit) {
        places.push({ start: i, end: hit.end, sentence: s.index, place: hit.values[0]!, text: doc.text.slice(tokens[i]!.start, tokens[hit.end - 1]!.end) });
        i = hit.end;
      } else i++;
    }

    // 1. Dictionary names, longest first; a name inside a longer place name ("America" in
    //    "Latin America") is part of that place, not an actor.
    const dict = new Map<number, { end: number; ref: ActorRef }>();
    const sentencePlaces = places.slice(placesBefore);
    for (let i = s.first; i < s.last; i++) {
      const ms = kb.actorMatcher.matchesAt(i, keyAt);
      for (const m of ms) {
        const refs = m.values.filter((r) => caseFits(r.pattern, tokens, i));
        if (refs.length === 0) continue;
        if (sentencePlaces.some((p) => p.start <= i && p.end >= m.end && p.end - p.start > m.end - i)) break;
        refs.sort((a, b) => KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind]);
        dict.set(i, { end: m.end, ref: refs[0]! });
        break;
      }
    }
    // "Abdel Rahim Dagalo" is not Mohamed Hamdan Dagalo: a surname the dictionary knows, after
    // given names it does not give that person, is somebody else's name (a brother, a namesake).
    for (const [i, d] of dict) {
      if (d.ref.kind !== 'person' || d.end - i !== 1 || !otherGivenName(i, d.ref.entry)) continue;
      dict.delete(i);
    }
    function otherGivenName(i: number, person: PersonEntry): boolean {
      const prev = tokens[i - 1];
      if (i - 1 < s.first || !prev || prev.pos !== 'PROPN' || !isCapitalised(prev) || !/^[A-Z][a-z'-]+$/.test(prev.text)) return false;
      if (HONORIFICS.has(prev.lower) || WEEKDAYS_MONTHS.has(prev.lower) || [...dict].some(([st, e]) => st < i && e.end > i - 1)) return false;
      if (sentencePlaces.some((p) => p.start <= i - 1 && p.end > i - 1)) return false;
      // "Prime Minister Netanyahu": a title, not a given name.
      for (let k = i - 1; k >= Math.max(s.first, i - 4); k--) if (kb.titleMatcher.matchesAt(k, keyAt).some((m) => m.end === i)) return false;
      const names = [person.name, ...(person.aliases ?? [])].join(' ').toLowerCase().split(/[\s-]+/);
      return !names.includes(prev.lower);
    }
    /** Group nouns for people ("troops", "officials"); nouns for a state's ground are places. */
    const groupAt = (k: number) => {
      const g = kb.groupMatcher.matchesAt(k, keyAt)[0];
      return g && !g.values[0]!.place ? g : undefined;
    };
    const territoryAt = (k: number) => {
      const g = kb.groupMatcher.matchesAt(k, keyAt)[0];
      return g && g.values[0]!.place ? g : undefined;
    };
    /** "Venezuelan soil", "Russia's airspace": a place of the state, kept with the places. */
    const pushTerritory = (start: number, end: number, c: CountryEntry) => {
      const p: PlaceMention = { start, end, sentence: s.index, place: { name: span(start, end), country: c.id, type: 'territory' }, text: span(start, end) };
      // The gazetteer's "Russia" inside "Russia's territory" gives way to the larger place.
      for (let k = places.length - 1; k >= 0 && places[k]!.sentence === s.index; k--) if (places[k]!.start >= start && places[k]!.end <= end) places.splice(k, 1);
      let at = places.length;
      while (at > 0 && places[at - 1]!.sentence === s.index && places[at - 1]!.start > start) at--;
      places.splice(at, 0, p);
      mark(start, end);
    };
    const span = (a: number, b: number) => doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    const dictAt = (i: number) => {
      const d = dict.get(i);
      return d && free(i, d.end) ? d : undefined;
    };
    const titleAt = (i: number): { end: number; entry: TitleEntry } | undefined => {
      const ms = kb.titleMatcher.matchesAt(i, keyAt);
      const m = ms[0];
      return m ? { end: m.end, entry: m.values[0]! } : undefined;
    };
    /** Capitalised proper-noun run starting at i, not a weekday or month, not a dictionary name. */
    const properRun = (i: number): number => {
      let j = i;
      while (j < s.last && isCapitalised(tokens[j]!) && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ') && !WEEKDAYS_MONTHS.has(tokens[j]!.lower) && /^[A-Z][a-zA-Z'\-.]*$/.test(tokens[j]!.text) && (j === i || !dict.has(j))) j++;
      // "Al-", "bin", "de" inside names.
      while (j + 1 < s.last && /^(al|bin|ibn|de|van|von|der|el|abu|abdel|la|du)$/i.test(tokens[j]!.text) && isCapitalised(tokens[j + 1]!)) {
        j += 2;
        while (j < s.last && isCapitalised(tokens[j]!) && tokens[j]!.pos === 'PROPN') j++;
      }
      return j;
    };
    /** Modifier before a title: "Israeli", "Hamas", "US", "Russia's". Returns its start. */
    const modifierBefore = (titleStart: number): { start: number; ref: ActorRef } | undefined => {
      const owner = (k: number, person: boolean) => {
        if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
        for (const [st, d] of dict) if (d.end === k + 1 && st >= s.first && free(st, d.end) && (person || d.ref.kind !== 'person')) return { start: st, ref: d.ref };
        return undefined;
      };
      const direct = owner(titleStart - 1, true);
      if (direct) return direct;
      // "EU trade commissioner", "Russian Foreign Ministry spokeswoman", "Hamas political bureau
      // chief": up to three noun modifiers between the owner and the title.
      for (let k = titleStart - 1, n = 0; n < 3 && k > s.first; k--, n++) {
        const t = tokens[k]!;
        if (!['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || dict.has(k) || inDictName.has(k) || !/^[A-Za-z-]+$/.test(t.text)) return undefined;
        const o = owner(k - 1, false);
        if (o) return o;
      }
      return undefined;
    };

    const refActor = (text: string, ref: ActorRef, role: string | null = null): Actor => {
      if (ref.kind === 'person') return personActor(kb, text, ref.entry, date);
      if (ref.kind === 'org') return orgActor(text, ref.entry, role);
      return countryActor(text, ref.entry, role ? 'GOV' : null, role);
    };
    const push = (m: Omit<Mention, 'sentence'>) => {
      // Every field set, in one order: mentions then share one hidden class, and the passes that
      // read them (resolution, events) stay monomorphic.
      const full: Mention = {
        start: m.start, end: m.end, sentence: s.index, kind: m.kind, actor: m.actor, modifier: m.modifier, plural: m.plural,
        gender: m.gender, orgType: m.orgType, rule: m.rule, antecedent: m.antecedent, subjectLike: false, located: false,
        group: m.group, anaphor: m.anaphor, seat: m.seat,
      };
      local.push(full);
      mark(m.start, m.end);
      return full;
    };

    // 2. Title + name ("Ukrainian Defence Minister Rustem Umerov", "RSF commander Abdelrahim Juma").
    // Tokens inside a longer dictionary name ("U.N. refugee agency") are not titles of their own.
    const inDictName = new Set<number>();
    for (const [st, d] of dict) for (let k = st + 1; k < d.end; k++) inDictName.add(k);
    for (let i = s.first; i < s.last; i++) {
      if (!free(i, i + 1) || inDictName.has(i)) continue;
      const t = titleAt(i);
      if (!t) continue;
      // Titles are lower-case words elsewhere ("the president said"); before a name they head a phrase.
      let titleEnd = t.end;
      // Chains of titles: "Foreign Minister and Deputy Prime Minister" are rare; "Middle East envoy" is not a title chain.
      const mod = modifierBefore(i);
      const start = mod ? mod.start : i;
      const roleText = span(i, titleEnd);
      const nameDict = dictAt(titleEnd);
      if (nameDict && nameDict.ref.kind === 'person') {
        const former = /^(former|ex|late|then)$/.test(tokens[start - 1]?.lower ?? '') || /^(former|ex|late|then)$/.test(tokens[i - 1]?.lower ?? '');
        const actor = personActor(kb, span(start, nameDict.end), nameDict.ref.entry, date, former ? null : roleText);
        if (!actor.role) actor.role = roleText;
        if (!actor.country && mod) actor.country = refActor('', mod.ref).country;
        // The text's own modifier ("Sudanese army chief", "Hamas representative") says whom the
        // person speaks for here, over the dictionary's office.
        if (mod && mod.ref.kind === 'org') { actor.org = mod.ref.entry.id; actor.country = actor.country ?? mod.ref.entry.country; }
        else if (!actor.org && mod && mod.ref.kind !== 'person') actor.org = mod.ref.entry.id;
        push({ start, end: nameDict.end, kind: 'person', actor, modifier: false, plural: false, gender: nameDict.ref.entry.gender ?? null, orgType: null, rule: 'actor:title+name' });
        knownBySurname.set(tokens[nameDict.end - 1]!.lower, actor);
        continue;
      }
      const nameEnd = isCapitalised(tokens[titleEnd] ?? tokens[i]!) && titleEnd < s.last ? properRun(titleEnd) : titleEnd;
      if (nameEnd > titleEnd && isCapitalised(tokens[i]!) || (nameEnd > titleEnd && mod)) {
        const modActor = mod ? refActor('', mod.ref) : null;
        const actor: Actor = {
          text: span(start, nameEnd),
          id: null,
          name: span(titleEnd, nameEnd),
          country: modActor?.country ?? null,
          sector: t.entry.sector ?? modActor?.sector ?? null,
          role: mod ? `${span(mod.start, i).replace(/'s?$/, '').trim()} ${roleText}` : roleText,
          org: mod && mod.ref.kind !== 'person' ? mod.ref.entry.id : null,
        };
        push({ start, end: nameEnd, kind: 'person', actor, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:title+unknown-name' });
        knownBySurname.set(tokens[nameEnd - 1]!.lower, actor);
        continue;
      }
      // "a senior official of the group", "the head of the RSF": the organisation after "of".
      if (!mod && /^(of|for|with|from)$/.test(tokens[titleEnd]?.lower ?? '')) {
        let q = titleEnd + 1;
        if (tokens[q]?.lower === 'the') q++;
        const d = dictAt(q);
        const an = d ? undefined : kb.anaphorMatcher.matchesAt(q - (tokens[q - 1]?.lower === 'the' ? 1 : 0), keyAt)[0];
        if (d && d.ref.kind !== 'person') {
          let a0 = i;
          while (a0 - 1 >= s.first && (tokens[a0 - 1]!.pos === 'ADJ' || /^(a|an|the)$/.test(tokens[a0 - 1]!.lower))) a0--;
          const actor = refActor(span(a0, d.end), d.ref, span(a0, titleEnd));
          if (d.ref.kind === 'country') actor.sector = t.entry.sector ?? 'GOV';
          push({ start: a0, end: d.end, kind: d.ref.kind === 'org' ? 'org' : 'country', actor, modifier: false, plural: false, gender: null, orgType: d.ref.kind === 'org' ? d.ref.entry.type : null, rule: 'actor:title-of-org' });
          continue;
        }
        if (an) {
          let a0 = i;
          while (a0 - 1 >= s.first && (tokens[a0 - 1]!.pos === 'ADJ' || /^(a|an|the)$/.test(tokens[a0 - 1]!.lower))) a0--;
          // Resolved with the other anaphors: the title phrase stands for what "the group" refers to.
          push({ start: a0, end: an.end, kind: 'anaphor', actor: { text: span(a0, an.end), id: null, name: null, country: null, sector: t.entry.sector, role: span(a0, titleEnd) }, modifier: false, plural: false, gender: null, orgType: an.values[0]!.refers_to, rule: 'actor:title-of-anaphor', anaphor: an.values[0]! });
          continue;
        }
      }
      // A bare title ("a brigade spokesman said", "the regional governor said"): somebody the text
      // does not name. "the president" is left to the anaphors, which know who was just named.
      if (!mod && !(nameEnd > titleEnd)) {
        let a0 = i;
        while (a0 - 1 >= s.first && free(a0 - 1, a0) && (['ADJ', 'NOUN', 'NUM'].includes(tokens[a0 - 1]!.pos) || /^(a|an|the)$/.test(tokens[a0 - 1]!.lower))) {
          a0--;
          if (/^(a|an|the)$/.test(tokens[a0]!.lower)) break;
        }
        const asAnaphor = kb.anaphorMatcher.matchesAt(a0, keyAt)[0];
        if (!(asAnaphor && asAnaphor.end >= titleEnd) && free(a0, titleEnd)) {
          const text = span(a0, titleEnd);
          push({ start: a0, end: titleEnd, kind: 'unknown', actor: { text, id: null, name: null, country: null, sector: t.entry.sector, role: span(i, titleEnd) }, modifier: false, plural: /s$/.test(tokens[titleEnd - 1]!.lower), gender: null, orgType: null, rule: 'actor:bare-title' });
          continue;
        }
      }
      if (mod && (mod.ref.kind === 'org' || mod.ref.kind === 'country')) {
        // "a Hamas official", "Israeli officials": the organisation or state speaks through them.
        const actor = refActor(span(start, titleEnd), mod.ref, roleText);
        if (mod.ref.kind === 'country') actor.sector = t.entry.sector ?? 'GOV';
        const plural = /s$/.test(tokens[titleEnd - 1]!.lower);
        push({ start, end: titleEnd, kind: mod.ref.kind === 'org' ? 'org' : 'country', actor, modifier: false, plural, gender: null, orgType: mod.ref.kind === 'org' ? mod.ref.entry.type : null, rule: 'actor:modifier+title' });
      }
    }

    // 3. Remaining dictionary names; demonyms + group nouns ("Israeli troops").
    /** Organisation start → start of the possessor that locates it ("Yemen's Houthis"). */
    const locatedBy = new Map<number, number>();
    /**
     * A government noun after a leader's name ("the Biden administration", "the Netanyahu
     * government", "Putin's regime"): the group nouns of the GOV sector that name an institution.
     */
    const personGroupAt = (k: number) => {
      const possessive = tokens[k]?.text === "'s";
      const g = groupAt(possessive ? k + 1 : k);
      if (!g) return undefined;
      const head = tokens[g.end - 1]!.lower;
      // "Haftar forces", "Assad loyalists", "Putin's troops": the people of the leader's side.
      return (g.values[0]!.sector === 'GOV' && GOVERNMENT_NOUNS.has(head)) || possessive || /(s|men)$/.test(head) ? g : undefined;
    };
    /** The possessor ending at `end` (before "'s") locates the organisation after it: its home country or parent body. */
    const locates = (end: number, owner: string): boolean => {
      let q = end + 1;
      while (q < s.last && tokens[q]!.pos === 'ADJ') q++;
      const o = dict.get(q);
      if (!o || o.ref.kind !== 'org' || !free(q, o.end) || !(o.ref.entry.country === owner || o.ref.entry.parent === owner)) return false;
      let st = end - 1;
      while (st > s.first && dict.get(st)?.end !== end) st--;
      locatedBy.set(q, tokens[st - 1]?.lower === 'the' && st - 1 >= s.first ? st - 1 : st);
      return true;
    };
    for (const [i, d] of [...dict].sort((a, b) => a[0] - b[0])) {
      if (!free(i, d.end)) continue;
      const ref = d.ref;
      // "Iran-backed", "Russian-backed": the backer qualifies what follows; it is no actor here.
      if (ref.kind === 'country' && tokens[d.end]?.text === '-' && d.end + 1 < s.last && BACKING.has(tokens[d.end + 1]!.lower)) {
        push({ start: i, end: d.end, kind: 'demonym', actor: countryActor(span(i, d.end), ref.entry), modifier: true, plural: false, gender: null, orgType: null, rule: 'actor:backer' });
        continue;
      }
      if (ref.kind === 'country' && ref.form === 'demonym') {
        const ter = territoryAt(d.end);
        if (ter) { pushTerritory(i, ter.end, ref.entry); continue; }
        const g = groupAt(d.end);
        if (g) {
          let actor = countryActor(span(i, g.end), ref.entry, g.values[0]!.sector);
          const army = g.values[0]!.army ? ownedForce(kb, ref.entry, 'army') : undefined;
          if (army) actor = { ...orgActor(actor.text, army), role: span(d.end, g.end) };
          push({ start: i, end: g.end, kind: 'group', actor, modifier: false, plural: /s$/.test(tokens[g.end - 1]!.lower), gender: null, orgType: null, rule: 'actor:demonym+group' });
          continue;
        }
        // "Jordanian and Syrian forces", "U.S. and Chinese negotiators": coordinated demonyms share
        // the group noun that follows the last of them.
        let q = d.end;
        let shared: { sector: string | null; end: number } | null = null;
        while (q < s.last && /^(and|or|,)$/.test(tokens[q]!.lower)) {
          const next = dict.get(q + 1);
          if (!next || next.ref.kind !== 'country') break;
          const g2 = groupAt(next.end);
          if (g2) { shared = { sector: g2.values[0]!.sector, end: g2.end }; break; }
          q = next.end;
        }
        if (shared) {
          push({ start: i, end: d.end, kind: 'group', actor: countryActor(span(i, d.end), ref.entry, shared.sector), modifier: false, plural: true, gender: null, orgType: null, rule: 'actor:coordinated-demonym' });
          continue;
        }
        // "the Israeli" alone is rare; a demonym qualifies what follows.
        push({ start: i, end: d.end, kind: 'demonym', actor: countryActor(span(i, d.end), ref.entry), modifier: true, plural: false, gender: null, orgType: null, rule: 'actor:demonym' });
        continue;
      }
      const possessive = tokens[d.end]?.text === "'s";
      if (ref.kind === 'country' && (possessive || ref.form === 'name')) {
        // "Russia's territory", "Ukraine airspace": the state's ground, a place.
        const ter = territoryAt(possessive ? d.end + 1 : d.end);
        if (ter) { pushTerritory(i, ter.end, ref.entry); continue; }
        // "Yemen's Houthis", "Lebanon's Hezbollah": the possessor says where the organisation is
        // based; it is no second actor. The organisation's mention takes the phrase.
        if (possessive && locates(d.end, ref.entry.id)) continue;
      }
      // "the African Union's Peace and Security Council", "the UN's World Food Programme": a
      // body of the possessing organisation is one actor.
      if (ref.kind === 'org' && possessive && locates(d.end, ref.entry.id)) continue;
      let start = locatedBy.get(i) ?? i;
      if (start === i && i - 1 >= s.first && tokens[i - 1]!.lower === 'the' && (ref.kind !== 'person' || personGroupAt(d.end))) start = i - 1;
      const text = span(start, d.end);
      let actor = refActor(text, ref);
      let end = d.end;
      // "the Trump administration", "Netanyahu's government": the state (or organisation) the
      // person heads on the item's date; a past leader's administration is still that state's.
      const pg = ref.kind === 'person' ? personGroupAt(d.end) : undefined;
      if (pg) {
        const ownerId = actor.org ?? actor.country;
        const c = ownerId ? kb.countries.get(ownerId) : undefined;
        const o = ownerId && !c ? kb.orgs.get(ownerId) : undefined;
        if (c || o) {
          const gtext = span(start, pg.end);
          const role = span(d.end, pg.end).replace(/^'s\s*/, '');
          actor = c ? countryActor(gtext, c, pg.values[0]!.sector ?? 'GOV', role) : orgActor(gtext, o!, role);
          if (o && pg.values[0]!.sector && pg.values[0]!.sector !== 'GOV') actor.sector = pg.values[0]!.sector;
          push({ start, end: pg.end, kind: c ? 'country' : 'org', actor, modifier: false, plural: false, gender: null, orgType: o ? o.type : null, rule: 'actor:leader+group' });
          continue;
        }
      }
      // "Russia's army" and "the U.S. military" are the state's military.
      if (ref.kind === 'country' && (possessive || ref.form === 'name')) {
        const g = groupAt(possessive ? end + 1 : end);
        if (g) {
          actor.sector = g.values[0]!.sector;
          actor.text = span(start, g.end);
          actor.role = span(possessive ? end + 1 : end, g.end);
          end = g.end;
        }
      }
      // "Hezbollah fighters", "Hamas leaders", "the U.N. force": the organisation's people.
      if (ref.kind === 'org' && !possessive) {
        let g = groupAt(end);
        // "EU foreign ministers", "NATO defence ministers", "Hamas security officials": one or
        // two lower-case modifiers before a plural group noun still make the organisation's people.
        for (let q = end; !g && q < end + 2 && q + 1 < s.last && /^[a-z]/.test(tokens[q]!.text) && (tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NOUN'); q++) {
          const g2 = groupAt(q + 1);
          if (g2 && /(s|men)$/.test(tokens[g2.end - 1]!.lower)) g = g2;
        }
        if (g) {
          actor.text = span(start, g.end);
          actor.role = span(end, g.end);
          end = g.end;
        }
      }
      // "Netanyahu's office", "Hamas's spokesman", "Russia's foreign ministry": the owner speaks.
      if (tokens[end]?.text === "'s" || (tokens[end]?.text === "'" && /s$/i.test(tokens[end - 1]!.text))) {
        let q = end + 1;
        while (q < s.last && tokens[q]!.pos === 'ADJ') q++;
        let t = titleAt(q);
        let g = t ? undefined : groupAt(q);
        // "China's commerce ministry", "Ethiopia's electoral board", "Taiwan's Mainland Affairs
        // Council", "Georgia's State Security Service": noun modifiers and the words of an
        // institution's name first; the institution is the owner's.
        for (let n = 0; n < 3 && !t && !g && q + 1 < s.last && (tokens[q]!.pos === 'NOUN' || (tokens[q]!.pos === 'PROPN' && isCapitalised(tokens[q]!) && !dict.has(q))); n++) {
          q++;
          t = titleAt(q);
          g = t ? undefined : groupAt(q);
        }
        const ownerEnd = t ? t.end : g ? g.end : -1;
        if (ownerEnd > 0 && !(t && isCapitalised(tokens[t.end] ?? tokens[q]!) && t.end < s.last && tokens[t.end]!.pos === 'PROPN')) {
          actor.text = span(start, ownerEnd);
          actor.role = span(end + 1, ownerEnd);
          if (ref.kind === 'country' && g) actor.sector = g.values[0]!.sector;
          end = ownerEnd;
        }
      }
      const kind = ref.kind === 'person' ? 'person' : ref.kind === 'org' ? 'org' : 'country';
      const plural = ref.kind === 'country' ? ref.form === 'plural' : ref.kind === 'org' ? Boolean(ref.entry.plural) : false;
      const m = push({ start, end, kind, actor, modifier: false, plural, gender: ref.kind === 'person' ? ref.entry.gender ?? null : null, orgType: ref.kind === 'org' ? ref.entry.type : null, rule: ref.kind === 'country' ? `actor:country-${ref.form}` : `actor:${ref.kind}` });
      if (ref.kind === 'person') knownBySurname.set(tokens[d.end - 1]!.lower, m.actor);
    }

    // 4. Appositive roles: "Maria Lindqvist, a conflict researcher at Uppsala University".
    //    Unknown names are picked up here and when they recur ("Lindqvist says").
    for (let i = s.first; i < s.last; i++) {
      if (!free(i, i + 1) || !isCapitalised(tokens[i]!) || tokens[i]!.pos !== 'PROPN') continue;
      if (i > s.first && isCapitalised(tokens[i - 1]!) && tokens[i - 1]!.pos === 'PROPN' && free(i - 1, i)) continue;
      const end = properRun(i);
      if (end <= i || !free(i, end)) { i = Math.max(i, end - 1); continue; }
      const surnameActor = knownBySurname.get(tokens[end - 1]!.lower);
      const appos = appositiveRole(end);
      if (surnameActor && end - i === 1 && !appos) {
        push({ start: i, end, kind: surnameActor.id ? 'person' : 'unknown', actor: { ...surnameActor, text: span(i, end) }, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:repeated-name' });
        continue;
      }
      if (appos) {
        const actor: Actor = { text: span(i, end), id: null, name: span(i, end), country: appos.country, sector: appos.sector, role: appos.role, org: appos.org };
        push({ start: i, end: appos.end, kind: 'unknown', actor, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:name+appositive' });
        knownBySurname.set(tokens[end - 1]!.lower, actor);
        i = appos.end - 1;
        continue;
      }
      // Two or more capitalised words that nothing else claims: a name the dictionary lacks.
      const multi = end - i >= 2 && !(i === s.first && end - i === 2 && tokens[i]!.pos !== 'PROPN');
      const notPlace = !places.some((p) => p.start <= i && p.end > i);
      if (multi && notPlace && looksLikePersonName(tokens, i, end)) {
        const actor: Actor = { text: span(i, end), id: null, name: span(i, end), country: null, sector: null, role: null };
        push({ start: i, end, kind: 'unknown', actor, modifier: false, plural: false, gender: null, orgType: null, rule: 'actor:unknown-name' });
        knownBySurname.set(tokens[end - 1]!.lower, actor);
      }
      i = end - 1;
    }

    // 5. Group nouns with an owner: "the country's army" is left to coreference; plain "journalists" and "reporters" are addressees.
    for (let i = s.first; i < s.last; i++) {
      if (!free(i, i + 1)) continue;
      let an: { end: number; spec: AnaphorSpec } | undefined;
      const direct = kb.anaphorMatcher.matchesAt(i, keyAt)[0];
      if (direct && free(i, direct.end)) an = { end: direct.end, spec: direct.values[0]! };
      // "the Iran-backed group" is "the group" with its backer named inside: match the description
      // past the backer, which then stops being a mention of its own.
      const backer = !an && tokens[i]!.lower === 'the' ? local.find((x) => x.start === i + 1 && x.rule === 'actor:backer') : undefined;
      if (backer) {
        const skip = backer.end + 2 - (i + 1);
        const hit = kb.anaphorMatcher.matchesAt(i, (j) => (j === i ? 'the' : keyAt(j + skip)))[0];
        if (hit && free(backer.end, hit.end + skip)) {
          local.splice(local.indexOf(backer), 1);
          for (let k = backer.start; k < backer.end; k++) taken[k - s.first] = false;
          an = { end: hit.end + skip, spec: hit.values[0]! };
        }
      }
      // "the army-aligned government", "the junta-backed militia": the noun before the participle
      // is the backer; the description is the head after it.
      if (an && tokens[an.end]?.text === '-' && BACKING.has(tokens[an.end + 1]?.lower ?? '') && tokens[i]!.lower === 'the') {
        const skip = an.end + 2 - (i + 1);
        const hit = kb.anaphorMatcher.matchesAt(i, (j) => (j === i ? 'the' : keyAt(j + skip)))[0];
        an = hit && free(i, hit.end + skip) ? { end: hit.end + skip, spec: hit.values[0]! } : undefined;
        if (!an) { i = i + skip; continue; }
      }
      if (an && !anaphorFits(tokens, i, an.end, an.spec, s.first)) an = undefined;
      if (an) {
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
          if (seat) for (let k = an.end; k < end; k++) taken[k - s.first] = false;
        }
        const m = push({ start: i, end, kind: 'anaphor', actor: { text: span(i, end), id: null, name: null, country: null, sector: spec.sector ?? null, role: null }, modifier: false, plural: spec.refers_to === 'pair', gender: null, orgType: spec.refers_to, rule: 'actor:anaphor', anaphor: spec });
        if (seat) m.seat = seat;
        i = end - 1;
        continue;
      }
      const p = PRONOUNS.get(tokens[i]!.lower);
      if (p && tokens[i]!.pos === 'PRON') {
        push({ start: i, end: i + 1, kind: 'pronoun', actor: { text: tokens[i]!.text, id: null, name: null, country: null, sector: null, role: null }, modifier: false, plural: p.plural, gender: p.gender, orgType: null, rule: 'actor:pronoun' });
        continue;
      }
      // "its troops", "their fighters": the group of the state or organisation just named.
      if ((tokens[i]!.lower === 'its' || tokens[i]!.lower === 'their') && i + 1 < s.last) {
        const g2 = groupAt(i + 1);
        if (g2 && free(i, g2.end)) {
          push({ start: i, end: g2.end, kind: 'pronoun', actor: { text: span(i, g2.end), id: null, name: null, country: null, sector: g2.values[0]!.sector, role: null }, modifier: false, plural: tokens[i]!.lower === 'their', gender: null, orgType: null, rule: 'actor:possessive-group' });
          i = g2.end - 1;
          continue;
        }
      }
      const g = groupAt(i);
      // "fighters of the ADF", "gunmen loyal to Haftar", "members of the Tren de Aragua gang":
      // people of the party named after them.
      const owned = g && free(i, g.end) ? ownerAfter(g.end) : undefined;
      if (g && owned) {
        const sector = g.values[0]!.sector ?? owned.m.actor.sector;
        const actor: Actor = { ...owned.party, text: span(i, owned.end), sector, role: span(i, g.end) };
        local.splice(local.indexOf(owned.m), 1);
        for (let k = owned.m.start; k < owned.m.end; k++) taken[k - s.first] = false;
        push({ start: i, end: owned.end, kind: owned.kind, actor, modifier: false, plural: true, gender: null, orgType: owned.kind === 'org' ? owned.m.orgType : null, rule: 'actor:group-of-owner' });
        i = owned.end - 1;
        continue;
      }
      if (g && free(i, g.end) && !g.values[0]!.needs_owner && /(s|men)$/.test(tokens[g.end - 1]!.lower)) {
        // A bare plural group ("journalists", "mediators") is an actor without a country.
        push({ start: i, end: g.end, kind: 'group', actor: { text: span(i, g.end), id: null, name: null, country: null, sector: g.values[0]!.sector, role: null }, modifier: false, plural: true, gender: null, orgType: null, rule: 'actor:group-noun' });
        i = g.end - 1;
      }
    }

    /**
     * The party a group noun's people belong to, named right after it: "of (the) X", "loyal to X",
     * "allied with X". X is a state, an organisation or a person (whose organisation or state it
     * is); the mention X already has is folded into the group's.
     */
    function ownerAfter(k: number): { m: Mention; party: Actor; kind: 'org' | 'country'; end: number } | undefined {
      let q = k;
      if (tokens[q]?.lower === 'of') q++;
      else if (q + 1 < s.last && OWNER_LINKS.has(tokens[q]!.lower) && /^(to|with)$/.test(tokens[q + 1]!.lower)) q += 2;
      else return undefined;
      const m = local.find((x) => (x.start === q || (x.start === q + 1 && tokens[q]!.lower === 'the')) && !x.modifier);
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

    local.sort((a, b) => a.start - b.start);
    foldAppositives(local, tokens, s.last);
    mentions.push(...local);

    function appositiveRole(nameEnd: number): { end: number; role: string; country: string | null; sector: string | null; org: string | null } | undefined {
      if (tokens[nameEnd]?.text !== ',') return undefined;
      let k = nameEnd + 1;
      if (k < s.last && /^(a|an|the)$/.test(tokens[k]!.lower)) k++;
      const roleStart = k;
      // Up to five modifier words before the title ("senior Hamas", "Middle East").
      for (let n = 0; n < 6 && k < s.last; n++, k++) {
        const t = titleAt(k);
        if (t) {
          let end = t.end;
          let country: string | null = null;
          let org: string | null = null;
          let sector: string | null = t.entry.sector;
          for (let q = roleStart; q < k; q++) {
            const d = dict.get(q);
            if (d) { const a = refActor('', d.ref); country = a.country; if (d.ref.kind !== 'person') org = d.ref.entry.id; if (d.ref.kind === 'org') sector = d.ref.entry.sector ?? sector; }
          }
          // "at Uppsala University", "of the Rapid Support Forces", "for Hamas".
          if (end < s.last && /^(at|of|for|with|in)$/.test(tokens[end]!.lower)) {
            let q = end + 1;
            if (q < s.last && tokens[q]!.lower === 'the') q++;
            const d = dict.get(q);
            if (d) {
              const a = refActor('', d.ref);
              country = country ?? a.country;
              if (d.ref.kind !== 'person') org = org ?? d.ref.entry.id;
              end = d.end;
            } else if (q < s.last && isCapitalised(tokens[q]!)) {
              let r = q;
              while (r < s.last && (isCapitalised(tokens[r]!) || /^(of|for|and)$/.test(tokens[r]!.lower) && r + 1 < s.last && isCapitalised(tokens[r + 1]!))) r++;
              end = r;
            }
          }
          return { end, role: span(roleStart, end), country, sector, org };
        }
        const tk = tokens[k]!;
        if (tk.pos === 'PUNCT' || tk.pos === 'VERB' || tk.pos === 'AUX') return undefined;
      }
      return undefined;
    }
  }

  for (const m of mentions) {
    let k = m.end;
    while (k < tokens.length && tokens[k]!.pos === 'ADV' && tokens[k]!.sentence === m.sentence) k++;
    const t = tokens[k];
    m.subjectLike = !!t && t.sentence === m.sentence && (t.pos === 'VERB' || t.pos === 'AUX');
    const before = tokens[m.start - 1];
    m.located = m.kind === 'country' && !m.actor.sector && !!before && before.sentence === m.sentence && LOCATIVE.has(before.lower);
  }
  resolveReferences(mentions, kb, tokens);
  const byToken: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) byToken[k] = m;
  const placeByToken: (PlaceMention | undefined)[] = new Array(tokens.length);
  for (const p of places) for (let k = p.start; k < p.end; k++) placeByToken[k] = p;
  return { mentions, places, byToken, placeByToken };
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

/** Pronouns and anaphoric nouns take the most recent compatible mention. */
function resolveReferences(mentions: Mention[], kb: Knowledge, tokens: Token[]): void {
  const history: Mention[] = [];
  const conj = conjoinedMentions(mentions, tokens);
  const states = new StatesInPlay(mentions, tokens);
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
      const ante = ctrl ?? parallel?.antecedent ?? findAntecedent(history, m, kb, conj, notMe);
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
  constructor(mentions: Mention[], tokens: Token[]) {
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
      const force = c && m.anaphor ? ownedForce(kb, c, m.anaphor.phrase) : undefined;
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
      const force = c && m.anaphor ? ownedForce(kb, c, m.anaphor.phrase) ?? (armyNoun(kb, m.anaphor.phrase) ? ownedForce(kb, c, 'army') : undefined) : undefined;
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
    const force = c && m.anaphor ? ownedForce(kb, c, m.anaphor.phrase) : undefined;
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

/**
 * The organisation the dictionary names for the state's form of the noun: "the army" of Sudan
 * is what "Sudanese army" or "Sudan's army" names (the SAF); without such an entry, the state.
 */
const forceCache = new WeakMap<Knowledge, Map<string, OrgEntry | null>>();
function ownedForce(kb: Knowledge, c: CountryEntry, phrase: string): OrgEntry | undefined {
  const noun = phrase.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
  const key = `${c.id}|${noun.join(' ')}`;
  let cache = forceCache.get(kb);
  if (!cache) forceCache.set(kb, (cache = new Map()));
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  let found: OrgEntry | null = null;
  const owners = [...(c.demonyms ?? []).map((d) => d.toLowerCase().split(/\s+/)), [...c.name.toLowerCase().split(/\s+/), "'s"]];
  for (const owner of owners) {
    const keys = [...owner, ...noun];
    const hit = kb.actorMatcher.matchesAt(0, (i) => keys[i]).find((x) => x.end === keys.length);
    const org = hit?.values.find((r) => r.kind === 'org');
    if (org && org.kind === 'org' && org.entry.country === c.id) { found = org.entry; break; }
  }
  cache.set(key, found);
  return found ?? undefined;
}

/** "troops", "government forces", "the armed forces": a description whose head names a state's army (groups.json). */
function armyNoun(kb: Knowledge, phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  return kb.groupMatcher.matchesAt(0, (i) => (i === 0 ? head : undefined)).some((g) => g.values.some((v) => v.army));
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
