/**
 * Repairs of wink's part-of-speech slips that cost events.
 *
 * wink's lite model tags a word by its most frequent use, so a finite past verb that is more often
 * a participle or a noun ("mediated", "blockaded", "abducted", "looted") or that it does not know
 * at all ("retook") comes out ADJ or NOUN even right after a subject: "the army retook the town"
 * then has no verb. A base form after a modal ("will free hostages") is tagged ADJ. The repair is
 * narrow: only words the event lexicon knows as verbs, only in a verb's position (after a subject
 * noun phrase and before an object, or after a modal or "to"), and every test is on neighbouring
 * tags, so it costs a few comparisons per token.
 */

import { isQuote } from '../text/quotes.js';

/** The words the tagger repair may turn into verbs, from the event lexicon. */
export interface TaggerLexicon {
  /** Lemmas (one word, hyphens kept) of triggers that fire as verbs, and heads of verb phrases. */
  verbs: ReadonlySet<string>;
  /** Every one-word lemma of the lexicon, for hyphenated words ("re-imposed" is "reimpose"). */
  words: ReadonlySet<string>;
  /** Hyphenated lemmas that are nouns ("sit-in", "call-up"), whose parts wink tags as it likes. */
  hyphenNouns?: ReadonlySet<string>;
}

interface LexEntry { lemma?: string; pos?: string[] }

/** A tagger lexicon from event trigger entries (data/lexicon/events*.json). */
export function taggerLexicon(entries: Iterable<LexEntry>): TaggerLexicon {
  const verbs = new Set<string>();
  const words = new Set<string>();
  const hyphenNouns = new Set<string>();
  for (const e of entries) {
    if (typeof e.lemma !== 'string') continue;
    const parts = e.lemma.toLowerCase().split(/\s+/);
    if (parts.length === 1) words.add(parts[0]!);
    if (parts.length === 1 && parts[0]!.includes('-') && e.pos?.includes('NOUN')) hyphenNouns.add(parts[0]!);
    if (e.pos?.includes('VERB')) verbs.add(parts[0]!);
  }
  return { verbs, words, hyphenNouns };
}

/** No repairs: for documents built without a knowledge base. */
export const NO_REPAIRS: TaggerLexicon = { verbs: new Set(), words: new Set() };

/** The fields of a token the repair reads and writes. */
export interface TagToken {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  spaceBefore: boolean;
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', "'ll", 'wo', 'ca']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Tags that can begin the object of a verb. */
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON']);
/** Nouns that count what follows ("thousands of volunteers"): like a number, they open an object. */
const COUNT_NOUNS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens']);
const PREFIXES = /^(re|co|counter|de|over|out|under|pre|up)-?(.+)$/;

/**
 * Possible base forms of an inflected word: "-ied" -> "-y", "-ed"/"-d" (with a doubled
 * consonant), an irregular past, and with `plural` a noun's "-s".
 */
function stems(form: string, irregular: (w: string) => string | undefined, plural = false): string[] {
  const out: string[] = [];
  if (form.endsWith('ied')) out.push(form.slice(0, -3) + 'y');
  if (form.endsWith('ed')) {
    out.push(form.slice(0, -2), form.slice(0, -1));
    if (/([bdgklmnprtz])\1ed$/.test(form)) out.push(form.slice(0, -3));
  } else if (plural && form.endsWith('s') && !form.endsWith('ss')) {
    out.push(form.slice(0, -1));
  }
  // Regular pasts need no lookup; an irregular one ("took", "struck") is asked of wink, which costs
  // a parse, so only for forms the rules above cannot read.
  if (!form.endsWith('ed')) {
    const irr = irregular(form);
    if (irr) out.push(irr);
  }
  return out;
}

/**
 * The lexicon's verb lemma of a form: a past ("decried", "shelled", "struck"), with `base` also the
 * form itself, or a prefix on one ("retook" = re + took, "re-imposed" = reimpose).
 */
function verbLemma(form: string, lex: TaggerLexicon, irregular: (w: string) => string | undefined, base: boolean): string | undefined {
  if (base && lex.verbs.has(form)) return form;
  for (const c of stems(form, irregular)) if (lex.verbs.has(c)) return c;
  const m = PREFIXES.exec(form);
  if (m) {
    for (const st of [...(base ? [m[2]!] : []), ...stems(m[2]!, irregular)]) {
      for (const c of [m[1]! + st, `${m[1]}-${st}`]) if (lex.verbs.has(c)) return c;
    }
  }
  return undefined;
}

/**
 * Where a verb stands: right after a subject (a noun, a name or a subject pronoun, not a
 * determiner or a possessive: "the shelled town", "Iran's contested election"), or after a modal
 * or "to", or a participle after "have" ("had abducted"); adverbs and negation may come between
 * ("also expelled", "will not free").
 */
function verbSlot(tokens: TagToken[], k: number): 'subject' | 'modal' | 'to' | 'perfect' | null {
  let p = k - 1;
  while (p > 0 && (tokens[p]!.pos === 'ADV' || tokens[p]!.lower === 'not' || tokens[p]!.lower === "n't")) p--;
  const prev = tokens[p];
  if (!prev || prev.text === '-') return null;
  if (prev.pos === 'AUX' && MODALS.has(prev.lower)) return 'modal';
  if (prev.lower === 'to' && prev.pos === 'PART') return 'to';
  if (prev.pos === 'AUX' && /^(have|has|had|having|'ve|'d)$/.test(prev.lower)) return 'perfect';
  if (prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.lower))) return 'subject';
  return null;
}

/**
 * Repairs one line's tokens in place. `irregular` gives wink's verb lemma of an isolated past
 * form ("took" -> "take"), or undefined.
 */
export function repairTags(tokens: TagToken[], lex: TaggerLexicon, irregular: (w: string) => string | undefined): void {
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    // Hyphenated words wink leaves unlemmatised: "re-imposed" is the lexicon's "reimpose",
    // "counter-attacked" its "counter-attack".
    if (t.lemma === t.lower && t.lower.includes('-') && /^[a-z]+-[a-z]+$/.test(t.lower)) {
      const cut = t.lower.indexOf('-');
      const pre = t.lower.slice(0, cut);
      for (const st of stems(t.lower.slice(cut + 1), irregular, true)) {
        const hit = [`${pre}-${st}`, pre + st].find((c) => lex.words.has(c));
        if (hit) { t.lemma = hit; break; }
      }
    }
    // "fined Google": wink lemmatises some pasts of verbs in -e to a wrong stem ("fined" -> "fin");
    // a lexicon verb with the "-d" cut off is the lemma.
    if (t.pos === 'VERB' && t.lower.endsWith('ed') && !lex.words.has(t.lemma) && lex.verbs.has(t.lower.slice(0, -1))) t.lemma = t.lower.slice(0, -1);
    // "three guided-missile destroyers": a participle glued by a hyphen to a noun that a noun
    // follows is a compound modifier, not a verb (which would cut the object short).
    if (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && tokens[k + 1]?.text === '-' && !tokens[k + 1]!.spaceBefore
      && tokens[k + 2]?.pos === 'NOUN' && !tokens[k + 2]!.spaceBefore && tokens[k + 3]?.pos === 'NOUN'
      && !lex.verbs.has(`${t.lemma}-${tokens[k + 2]!.lemma}`)) {
      t.pos = 'ADJ';
      continue;
    }
    // "North Korea test-fired a missile": wink splits the compound and tags its first part a noun.
    if (t.text === '-' && !t.spaceBefore && k > 0 && k + 1 < n && !tokens[k + 1]!.spaceBefore) {
      const a = tokens[k - 1]!;
      const b = tokens[k + 1]!;
      // "staged sit-ins", "a nationwide call-up": a compound the lexicon has as a noun is one, both
      // parts (wink reads "sit" and "up" as a verb and a particle), the plural with its singular lemma.
      const singular = /[^s]s$/.test(b.lower) ? b.lower.slice(0, -1) : null;
      const noun = lex.hyphenNouns?.has(`${a.lower}-${b.lower}`) ? b.lower : singular && lex.hyphenNouns?.has(`${a.lower}-${singular}`) ? singular : null;
      if (noun !== null && tokens[k - 2]?.pos !== 'PART' && !/^(to|will|would|can|could|must|should|may|might)$/.test(tokens[k - 2]?.lower ?? '')) {
        a.pos = 'NOUN';
        b.pos = 'NOUN';
        b.lemma = noun;
        continue;
      }
      if (a.pos === 'VERB' || !/^[a-z]+$/.test(a.lower)) continue;
      const v = [b.lemma, ...stems(b.lower, irregular)].find((st) => lex.verbs.has(`${a.lower}-${st}`));
      if (v && verbSlot(tokens, k - 1) && objectFollows(tokens, k + 2)) {
        a.pos = 'VERB';
        b.pos = 'VERB';
        b.lemma = v;
      }
      continue;
    }
    // 'accused Armenia of "large-scale subversive acts"': a quoted noun phrase after a preposition
    // holds no finite verb; its last word in "-s" is a plural noun.
    if (t.pos === 'VERB' && /[^s]s$/.test(t.lower) && isQuote(tokens[k + 1]?.text) && quotedPhraseAfterPreposition(tokens, k)) {
      t.pos = 'NOUN';
      t.lemma = t.lower.slice(0, -1);
      continue;
    }
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    if (!t.spaceBefore || !/^[a-z][a-z-]*$/.test(t.lower)) continue;
    // "struck air defences, warning Tehran against retaliation": wink reads a participle opening a
    // clause after a comma as the noun ("a warning"); with an object after it, it is the verb.
    if (t.lower.endsWith('ing') && tokens[k - 1]?.text === ',') {
      const lemma = gerundLemma(t.lower, lex);
      const next = tokens[k + 1];
      // ", warning that ...": a clause after it makes it the participle just as an object does.
      if (lemma && next && (objectFollows(tokens, k + 1) || next.lower === 'that')) {
        t.pos = 'VERB';
        t.lemma = lemma;
      }
      continue;
    }
    const slot = verbSlot(tokens, k);
    if (!slot) continue;
    const next = tokens[k + 1];
    if (!next) continue;
    // After "to" a bare noun may be the object of "to" ("committed to free trade"), after "have"
    // the object of "have" ("has limited resources").
    // A counting noun with "of" opens an object as a number does ("has armed thousands of volunteers").
    if ((slot === 'to' || slot === 'perfect') && !OBJECT_START.has(next.pos) && !(COUNT_NOUNS.has(next.lower) && tokens[k + 2]?.lower === 'of')) continue;
    if (!objectFollows(tokens, k + 1)) continue;
    const past = slot === 'subject' || slot === 'perfect';
    const lemma = verbLemma(t.lower, lex, irregular, !past);
    if (!lemma) continue;
    // A base form is a verb only after a modal or "to" ("will free"); elsewhere it is a past.
    if (past && lemma === t.lower) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/** Words before k back to an opening quote are adjectives, nouns or hyphens, and a preposition or determiner opens the quote. */
function quotedPhraseAfterPreposition(tokens: TagToken[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && (tokens[p]!.pos === 'ADJ' || tokens[p]!.pos === 'NOUN' || tokens[p]!.text === '-')) p--;
  if (p < 1 || p === k - 1 || !isQuote(tokens[p]!.text)) return false;
  const before = tokens[p - 1]!;
  return before.pos === 'ADP' || before.pos === 'DET';
}

/** The lexicon verb an "-ing" form is made from: "warning" warn, "shelling" shell, "stopping" stop, "seizing" seize. */
function gerundLemma(form: string, lex: TaggerLexicon): string | undefined {
  const stem = form.slice(0, -3);
  const candidates = [stem, stem + 'e'];
  if (/([bdgklmnprtz])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  return candidates.find((c) => lex.verbs.has(c));
}

/**
 * An object starts at q: a determiner, number, name or pronoun, or a bare noun phrase that is
 * not itself a subject ("the Hamas armed wing said": a verb follows the noun phrase).
 */
function objectFollows(tokens: TagToken[], q: number): boolean {
  const at = q - 1;
  const next = tokens[q];
  if (!next) return false;
  // A nominative pronoun starts a clause of its own ("the shot he used").
  if (next.pos === 'PRON') return !/^(who|which|that|he|she|we|they|i)$/.test(next.lower);
  if (OBJECT_START.has(next.pos)) return true;
  if (next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  // Nor is it an object when what stands before is the object of a preposition ("the withdrawal
  // of Armenian armed forces").
  let p = at - 1;
  while (p >= 0 && ['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM'].includes(tokens[p]!.pos)) p--;
  if (p >= 0 && tokens[p]!.pos === 'DET') p--;
  if (p >= 0 && tokens[p]!.pos === 'ADP') return false;
  while (q < tokens.length && (tokens[q]!.pos === 'NOUN' || tokens[q]!.pos === 'ADJ')) q++;
  return !(q < tokens.length && (tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'AUX'));
}
