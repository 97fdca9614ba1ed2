/**
 * Shallow syntax over wink's tokens: subjects, objects, agents and clause limits, found by
 * walking left and right from a verb. Enough for wire copy, which is written to be parsed fast.
 */
import type { Doc, Sentence, Token } from '../nlp/doc.js';
import type { ActorIndex, Mention, PlaceMention } from '../actors/mentions.js';
import { isQuote } from '../text/quotes.js';

export { isQuote };

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets']);
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'after', 'before', 'if', 'unless', 'whether', 'as']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
/** Prepositions of a phrase that places or limits a noun ("ministers meeting in X", "the rapporteur on Y"). */
const POSTMODIFIER_PREPS = new Set(['in', 'at', 'on', 'for', 'from', 'to']);

export class Shallow {
  /**
   * `ownerParticiples`: participles that name who has the object ("a ship operated by X", "a
   * compound used by Y"), so that an act on the object is aimed at X (recipients.json).
   */
  constructor(readonly doc: Doc, readonly actors: ActorIndex, readonly ownerParticiples: ReadonlySet<string> = new Set()) {}

  tok(i: number): Token | undefined {
    return this.doc.tokens[i];
  }

  sentenceOf(i: number): Sentence {
    return this.doc.sentences[this.doc.tokens[i]!.sentence]!;
  }

  isVerb(i: number): boolean {
    const t = this.doc.tokens[i];
    return !!t && t.pos === 'VERB';
  }

  /** A mention that ends exactly at token i (inclusive). */
  mentionEndingAt(i: number): Mention | undefined {
    const m = this.actors.byToken[i];
    return m && m.end === i + 1 ? m : undefined;
  }

  mentionStartingAt(i: number): Mention | undefined {
    const t = this.doc.tokens[i];
    if (t && /^(the|a|an)$/.test(t.lower)) {
      const m2 = this.actors.byToken[i + 1];
      if (m2 && m2.start === i + 1) return m2;
    }
    const m = this.actors.byToken[i];
    return m && m.start === i ? m : undefined;
  }

  /** The person an "of" phrase describes: "Olivier Nduhungirehe" in "Olivier Nduhungirehe of Rwanda". */
  private describedPerson(m: Mention): Mention | undefined {
    if (this.doc.tokens[m.start - 1]?.lower !== 'of' || !(m.kind === 'country' || m.kind === 'org')) return undefined;
    const head = this.mentionEndingAt(m.start - 2);
    return head && (head.kind === 'person' || head.kind === 'unknown') && !head.modifier ? head : undefined;
  }

  /** "Olivier Nduhungirehe of Rwanda": the known person heads the phrase; a name the dictionary
   * lacks has no state of its own, and the "of" phrase stands for it. */
  postmodifiedHead(m: Mention): Mention {
    const head = this.describedPerson(m);
    if (head && head.actor.country) return head;
    return this.locatedHead(m) ?? m;
  }

  /**
   * "ASEAN foreign ministers meeting in Kuala Lumpur", "the U.N. special rapporteur on Myanmar",
   * "Hamas leaders in Doha": a named party before a place or topic phrase (optionally after a
   * participle) heads it; the place or topic is no subject. An unnamed head ("officials in Kyiv")
   * leaves the place to stand for it.
   */
  private locatedHead(m: Mention): Mention | undefined {
    let k = m.start - 1;
    if (this.doc.tokens[k]?.lower === 'the') k--;
    if (!POSTMODIFIER_PREPS.has(this.doc.tokens[k]?.lower ?? '')) return undefined;
    k--;
    const p = this.doc.tokens[k];
    // (wink may tag the participle as a noun: "meeting/NOUN in".)
    if (p && (p.pos === 'VERB' || (p.pos === 'NOUN' && p.lower.endsWith('ing'))) && /(ing|ed)$/.test(p.lower) && !this.actors.byToken[k]) k--;
    const head = this.mentionEndingAt(k);
    if (!head || head.modifier || head.kind === 'pronoun' || head.kind === 'demonym') return undefined;
    if (!head.actor.id && !head.actor.country) return undefined;
    if (this.sentenceOf(head.start) !== this.sentenceOf(m.start)) return undefined;
    return head;
  }

  /** Where the conjunct ending with m starts: before "Name of" when m is such an "of" phrase. */
  private conjunctStart(m: Mention): number {
    return this.describedPerson(m)?.start ?? this.locatedHead(m)?.start ?? m.start;
  }

  /** Whether tokens k-1..k are a dating phrase "on Monday". */
  onWeekdayEndingAt(k: number): boolean {
    return WEEKDAYS.has(this.doc.tokens[k]?.lower ?? '') && this.doc.tokens[k - 1]?.lower === 'on';
  }

  /** "A, B and C" ending with mention m, read leftwards; "Together with X, Y" too. */
  conjoinedLeft(m: Mention): Mention[] {
    const out = [m];
    const first = this.sentenceOf(m.start).first;
    let k = this.conjunctStart(m) - 1;
    // "Mirzoyan and his Azerbaijani counterpart Bayramov": a possessive and a description open the
    // last conjunct.
    let d = k;
    while (d > first && d > k - 4 && ['NOUN', 'ADJ', 'PROPN'].includes(this.doc.tokens[d]!.pos)) d--;
    if (d < k + 1 && d > first && /^(his|her|its|their)$/.test(this.doc.tokens[d]!.lower) && this.doc.tokens[d - 1]?.lower === 'and') k = d - 1;
    // A comma joins conjuncts only inside a list closed by "and" ("A, B and C"), never
    // a fronted phrase ("According to Blinken, Netanyahu ...").
    let sawAnd = false;
    while (k > first) {
      const t = this.doc.tokens[k]!;
      const isAnd = t.lower === 'and' || t.lower === '&';
      if (isAnd || (t.lower === ',' && sawAnd)) {
        const prev0 = this.mentionEndingAt(k - 1);
        const prev = prev0 ? this.postmodifiedHead(prev0) : prev0;
        if (prev && !prev.modifier) {
          out.unshift(prev);
          sawAnd = sawAnd || isAnd;
          k = this.conjunctStart(prev0!) - 1;
          continue;
        }
      }
      break;
    }
    // "Together with X, Y did": X joins Y.
    const s = this.sentenceOf(m.start);
    for (let q = s.first; q + 1 < m.start; q++) {
      if (this.doc.tokens[q]!.lower === 'together' && this.doc.tokens[q + 1]!.lower === 'with') {
        for (let r = q + 2; r < m.start; r++) {
          const x = this.actors.byToken[r];
          if (x && !x.modifier && !out.includes(x)) { out.push(x); r = x.end - 1; }
        }
        break;
      }
    }
    return out;
  }

  conjoinedRight(m: Mention, limit: number): Mention[] {
    const out = [m];
    let k = m.end;
    let closed = false;
    while (k < limit) {
      const t = this.doc.tokens[k]!;
      if (t.lower === 'and' || t.lower === ',' || t.lower === '&') {
        let next = this.mentionStartingAt(k + 1);
        // "M23 and its Rwandan backers": a demonym qualifying the conjunct's noun names its state.
        let backers = false;
        if (!next && /^(its|their)$/.test(this.doc.tokens[k + 1]?.lower ?? '')) {
          const d = this.actors.byToken[k + 2];
          if (d && d.start === k + 2 && d.modifier && this.doc.tokens[d.end]?.pos === 'NOUN') { next = d; backers = true; }
        }
        if (next && (!next.modifier || backers)) {
          out.push(next);
          k = next.end;
          if (t.lower !== ',') { closed = true; break; }
          continue;
        }
      }
      break;
    }
    // "Qatar, Egypt and the United States" is a list; "to Lebanon, President Macron told" is not.
    if (!closed) {
      while (out.length > 1) out.pop();
    }
    return out;
  }

  /** The auxiliaries, adverbs and particles right before a verb. */
  verbGroupStart(v: number): number {
    const first = this.sentenceOf(v).first;
    let k = v - 1;
    while (k >= first) {
      const t = this.doc.tokens[k]!;
      // "had both signed": a floating quantifier sits inside the verb group.
      if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.lower === 'not' || t.lower === "n't" || isQuote(t.text) || (t.lower === 'both' && this.doc.tokens[k - 1]?.pos === 'AUX')) k--;
      else break;
    }
    return k + 1;
  }

  isPassive(v: number): boolean {
    const t = this.doc.tokens[v]!;
    if (t.lower.endsWith('ing')) return false;
    if (t.lower === t.lemma && !/(en|ed|wn|ne|t)$/.test(t.lower)) return false;
    for (let k = v - 1; k >= this.verbGroupStart(v); k--) {
      if (BE.has(this.doc.tokens[k]!.lower)) return true;
    }
    return false;
  }

  /** "by X" after a passive verb. */
  agentOf(v: number, limit: number): Mention[] {
    for (let k = v + 1; k < Math.min(limit, v + 4); k++) {
      if (this.doc.tokens[k]!.lower === 'by') {
        const m = this.mentionStartingAt(k + 1);
        if (m) return this.conjoinedRight(m, limit);
        return [];
      }
    }
    return [];
  }

  /** Subject of the verb at v: the actor right before its verb group, through coordination. */
  subjectOf(v: number, depth = 0): Mention[] {
    const s = this.sentenceOf(v);
    let k = this.verbGroupStart(v) - 1;
    // Skip a parenthetical between commas (", on the other hand,").
    if (k >= s.first && this.doc.tokens[k]!.text === ',') {
      // A relative clause between commas (", which mediates alongside Qatar,") is skipped whole.
      for (let q = k - 1; q >= Math.max(s.first, k - 16); q--) {
        if (this.doc.tokens[q]!.text === ',' && /^(which|who|whose)$/.test(this.doc.tokens[q + 1]?.lower ?? '')) { k = q - 1; break; }
        if (this.doc.tokens[q]!.text === ',' || this.doc.tokens[q]!.text === ';') break;
      }
    }
    if (k >= s.first && this.doc.tokens[k]!.text === ',') {
      for (let q = k - 1; q >= Math.max(s.first, k - 8); q--) {
        const tq = this.doc.tokens[q]!;
        const inner = this.actors.byToken[q];
        // "Egypt's foreign minister, Badr Abdelatty, hosted": a name in apposition to the actor
        // before it; the subject is that first phrase.
        if (inner && inner.end === k && this.doc.tokens[inner.start - 1]?.text === ',' && inner.start - 2 >= s.first) {
          const head = this.mentionEndingAt(inner.start - 2);
          if (head && !head.modifier) { k = inner.start - 2; break; }
        }
        // An appositive description (", the main mediators,") may hold a vague group noun, not a name.
        if (tq.pos === 'VERB' || (inner && !(inner.kind === 'group' && !inner.actor.country))) break;
        if (tq.text === ',') { k = q - 1; break; }
      }
    }
    // "Beijing on Monday rejected": a dating phrase between subject and verb.
    if (k - 1 > s.first && this.onWeekdayEndingAt(k) && this.doc.tokens[k + 1]?.lower !== 'to' && !this.doc.tokens[v]!.lower.endsWith('ing')) {
      // Not "met in Cairo on Monday to ...": the name must not be a preposition's object.
      const m = this.mentionEndingAt(k - 2);
      if (m && this.doc.tokens[m.start - 1]?.pos !== 'ADP') k -= 2;
    }
    if (k < s.first) return [];
    const m0 = this.mentionEndingAt(k);
    const m = m0 ? this.postmodifiedHead(m0) : m0;
    // "sent negotiators to Cairo to continue the talks": a place after a preposition is no
    // subject of the infinitive ("urged Kyiv to accept" is).
    const infinitive = this.doc.tokens[this.verbGroupStart(v)]?.lower === 'to';
    if (m && infinitive && this.doc.tokens[m.start - 1]?.pos === 'ADP') return [];
    // "Egyptian and Sudanese air force units": a group noun nobody could be named for takes the
    // states that qualify it (below), not itself.
    // ("U.S. and Chinese anti-narcotics officials": past a hyphenated compound modifier too.)
    const qualified = m && !m.actor.id && !m.actor.country && this.qualifierBefore(m.start, s.first);
    if (m && !m.modifier && !qualified) return this.conjoinedLeft(m);
    const t = this.doc.tokens[k]!;
    // "A Russian missile hit ...", "U.S. military aircraft dropped ...": the state or group that
    // qualifies the subject noun is the actor.
    if (t.pos === 'NOUN') {
      for (let q = k - 1; q >= Math.max(s.first, k - 4); q--) {
        const tq = this.doc.tokens[q]!;
        const mq = this.actors.byToken[q];
        // ("Sudanese air force units": a state's force named inside the noun phrase counts too.)
        if (mq && (mq.modifier || mq.kind === 'country' || mq.kind === 'org' || (mq.kind === 'group' && mq.actor.country)) && mq.end === q + 1) {
          // "U.S. and British warships": every named one of coordinated modifiers.
          const all = [mq];
          let r = mq.start - 1;
          // "The Congolese government and the AFC/M23 rebel alliance": a determiner may open the phrase.
          if (r > s.first && this.doc.tokens[r]!.lower === 'the') r--;
          while (r > s.first && /^(and|,)$/.test(this.doc.tokens[r]!.lower)) {
            const prev = this.mentionEndingAt(r - 1);
            if (!prev || !(prev.modifier || prev.kind === 'country' || prev.kind === 'org' || (prev.kind === 'group' && prev.actor.country))) break;
            all.unshift(prev);
            r = prev.start - 1;
          }
          return all;
        }
        // ("Hezbollah's parliamentary bloc": the owner before a possessive qualifies the head too.)
        if (!['NOUN', 'ADJ', 'PROPN', 'NUM', 'CCONJ'].includes(tq.pos) && !(tq.pos === 'VERB' && /(ed|ing)$/.test(tq.lower)) && !/^['’]s?$/.test(tq.text) && !this.compoundHyphen(q)) break;
      }
    }
    // Relative clause: "Netanyahu, who met ..." takes the antecedent.
    if (RELATIVES.has(t.lower)) {
      let q = k - 1;
      if (q >= s.first && this.doc.tokens[q]!.text === ',') q--;
      const ante = q >= s.first ? this.mentionEndingAt(q) : undefined;
      if (ante && !ante.modifier) return [ante];
      // "a U.S. paper that calls for ...": the state that qualifies the antecedent noun.
      if (!ante && q >= s.first && this.doc.tokens[q]!.pos === 'NOUN') {
        for (let r = q - 1; r >= Math.max(s.first, q - 3); r--) {
          const mr = this.actors.byToken[r];
          if (mr && mr.end === r + 1 && (mr.modifier || mr.kind === 'country' || mr.kind === 'org')) return [mr];
          if (!['NOUN', 'ADJ', 'PROPN'].includes(this.doc.tokens[r]!.pos)) break;
        }
      }
      return [];
    }
    // VP coordination: "the Kremlin condemns ... and says" shares the subject.
    if ((t.lower === 'and' || t.lower === 'but' || t.lower === 'or') && depth < 3) {
      for (let q = k - 1; q >= s.first; q--) {
        // The first conjunct's verb, or its copula ("Moscow was ready ... but would not accept").
        // A gerund inside a phrase ("of violating the truce") is not the first conjunct's verb.
        // Nor is a gerund that is the object of a verb ("denied starting the fighting and accused").
        const gerund = this.doc.tokens[q]!.lower.endsWith('ing') && ['ADP', 'SCONJ', 'VERB'].includes(this.doc.tokens[q - 1]?.pos ?? '');
        const anchor = (this.isVerb(q) && !gerund) || (this.doc.tokens[q]!.pos === 'AUX' && !this.isVerb(q + 1) && this.doc.tokens[q + 1]?.pos !== 'AUX');
        if (anchor && (!this.isVerb(q + 1) || this.doc.tokens[q + 1]!.lower.endsWith('ing'))) {
          const prevTok = this.doc.tokens[q - 1];
          if (prevTok && prevTok.lower === 'to') continue;
          return this.subjectOf(q, depth + 1);
        }
      }
    }
    return [];
  }

  /** Whether a demonym modifier qualifies the noun phrase ending before `start`, past a few adjectives, nouns or a hyphenated compound. */
  private qualifierBefore(start: number, first: number): boolean {
    for (let q = start - 1; q >= Math.max(first, start - 4); q--) {
      const mq = this.actors.byToken[q];
      if (mq) return mq.modifier === true && mq.end === q + 1;
      const tq = this.doc.tokens[q]!;
      if (!['NOUN', 'ADJ'].includes(tq.pos) && !this.compoundHyphen(q)) return false;
      // ("a U.N.-brokered truce", "the Moscow-dominated pact": who brokers or dominates is no actor.)
      if (/(ed|ing)$/.test(tq.lower) && this.doc.tokens[q - 1]?.text === '-') return false;
    }
    return false;
  }

  /** A hyphen inside a compound modifier ("anti-narcotics"), not one joining a name to a participle ("U.N.-brokered"). */
  private compoundHyphen(q: number): boolean {
    return this.doc.tokens[q]?.text === '-' && !/(ed|ing)$/.test(this.doc.tokens[q + 1]?.lower ?? '');
  }

  /** End (exclusive) of the clause that starts after token i. */
  clauseEnd(i: number): number {
    const s = this.sentenceOf(i);
    for (let k = i + 1; k < s.last; k++) {
      const t = this.doc.tokens[k]!;
      if (t.text === ';' || t.text === ':') return k;
      if (SUBORDINATORS.has(t.lower) && k > i + 1 && this.doc.tokens[k - 1]!.text === ',') return k - 1;
      if (t.lower === 'while' || t.lower === 'whereas') return k;
    }
    return s.last;
  }

  isSubordinateStart(i: number): boolean {
    const t = this.doc.tokens[i];
    return !!t && SUBORDINATORS.has(t.lower);
  }

  /** The direct object or a prepositional complement of the verb or noun at v. */
  complement(v: number, preps: string[], limit: number, quantifiers: string[][] = []): { mentions: Mention[]; place: PlaceMention | null } {
    const wantObj = preps.includes('obj');
    // Where the noun phrase an owner participle may follow starts: the object, or the noun phrase
    // of a recipient preposition that named nobody ("fired on a rescue ship operated by X").
    let phraseStart = wantObj ? v + 1 : -1;
    for (let k = v + 1; k < limit && k < v + 14; k++) {
      const t = this.doc.tokens[k]!;
      if (t.text === '.' || t.text === ';' || (t.text === ',' && k > v + 1)) break;
      // "a delegation of working-level negotiators": a participle inside the noun phrase does not end it.
      const adjectival = /(ed|ing)$/.test(t.lower) && (this.doc.tokens[k + 1]?.text === '-' || this.doc.tokens[k + 1]?.pos === 'NOUN');
      // "fired on a rescue ship operated by the charity X": the object's owner is the target.
      if (phraseStart >= 0 && t.pos === 'VERB' && k > phraseStart && this.ownerParticiples.has(t.lemma) && this.doc.tokens[k + 1]?.lower === 'by' && this.plainNounPhrase(phraseStart, k)) {
        const owner = this.npAt(k + 2, limit).mentions.map((m) => {
          // "operated by the charity SOS Mediterranee": a description before the name.
          const named = !m.actor.id && !m.actor.country ? this.mentionStartingAt(m.end) : undefined;
          return named && !named.modifier ? named : m;
        });
        if (owner.length) return { mentions: owner, place: null };
      }
      if (t.pos === 'VERB' && k > v + 1 && this.doc.tokens[k - 1]!.lower !== 'to' && !adjectival) break;
      // "at least 13 U.N. staff": a quantifier, not a preposition.
      const q = quantifiers.find((words) => words.every((w, n) => this.doc.tokens[k + n]?.lower === w));
      if (q) { k += q.length - 1; continue; }
      const isPrep = t.pos === 'ADP' || t.lower === 'to';
      if (isPrep) {
        if (preps.includes(t.lower)) {
          const r = this.npAt(k + 1, limit);
          if (r.mentions.length || r.place) return r;
          phraseStart = k + 1;
        }
        // "shelled the town of Kupiansk", "struck the outskirts of Khartoum": a place in an "of"
        // phrase right after the object's head noun is where the object is.
        if (wantObj && t.lower === 'of' && k > v + 1 && this.plainNounPhrase(v + 1, k)) {
          const r = this.npAt(k + 1, limit);
          if (r.place) return { mentions: [], place: r.place };
        }
        // Skip the prepositional phrase: its noun is not the object.
        let q = k + 1;
        while (q < limit && !(this.doc.tokens[q]!.pos === 'ADP' || this.doc.tokens[q]!.pos === 'VERB' || this.doc.tokens[q]!.text === ',' || this.doc.tokens[q]!.text === '.')) q++;
        k = q - 1;
        continue;
      }
      if (wantObj) {
        const m = this.actors.byToken[k];
        if (m && m.start === k) {
          if (m.modifier) {
            // "the Israeli delegation" is Israel; "Israeli attacks" is Israel's.
            return { mentions: [m], place: null };
          }
          return { mentions: this.conjoinedRight(m, limit), place: null };
        }
        const p = this.actors.placeByToken[k];
        if (p && p.start === k) return { mentions: [], place: p };
      }
    }
    return { mentions: [], place: null };
  }

  /** Tokens a..b-1 are a bare noun phrase (determiners, adjectives, numbers, nouns) ending in a noun. */
  private plainNounPhrase(a: number, b: number): boolean {
    for (let q = a; q < b; q++) {
      const p = this.doc.tokens[q]!.pos;
      if (!(p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'NOUN' || p === 'PROPN')) return false;
    }
    return this.doc.tokens[b - 1]!.pos === 'NOUN';
  }

  /**
   * The first state, organisation or demonym inside the verb's object phrase ("demanded the
   * withdrawal of Armenian forces"): a looser recipient when no direct one was found. Places after
   * locative prepositions ("in Gaza") are locations, not targets.
   */
  objectPhraseActor(v: number, limit: number, exclude: Mention[]): Mention | undefined {
    for (let k = v + 1; k < limit && k < v + 10; k++) {
      const t = this.doc.tokens[k]!;
      if (t.text === '.' || t.text === ';' || t.text === ',' || t.pos === 'VERB' || t.pos === 'SCONJ') return undefined;
      if (/^(in|at|near|inside|outside|across|into|through|during|since|after|before|until|by|alongside|beside|despite)$/.test(t.lower)) return undefined;
      const m = this.actors.byToken[k];
      if (m && m.start === k && !exclude.includes(m) && (m.actor.id || m.actor.country)) return m;
    }
    return undefined;
  }

  /** Whether the verb at v has an object or a complement in `preps` at all (actor or not). */
  hasObject(v: number, preps: string[], limit: number): boolean {
    for (let k = v + 1; k < limit && k < v + 8; k++) {
      const t = this.doc.tokens[k]!;
      if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'SCONJ') return false;
      if (t.pos === 'ADP') {
        if (!preps.includes(t.lower)) return false;
        continue;
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') return true;
    }
    return false;
  }

  /** The actor or place heading a noun phrase at k ("the American proposal", "Gaza"). */
  npAt(k: number, limit: number): { mentions: Mention[]; place: PlaceMention | null } {
    for (let q = k; q < Math.min(limit, k + 4); q++) {
      const t = this.doc.tokens[q]!;
      const m = this.actors.byToken[q];
      if (m && m.start === q) return { mentions: m.modifier ? [m] : this.conjoinedRight(m, limit), place: null };
      const p = this.actors.placeByToken[q];
      if (p && p.start === q) return { mentions: [], place: p };
      if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN')) break;
    }
    return { mentions: [], place: null };
  }
}
