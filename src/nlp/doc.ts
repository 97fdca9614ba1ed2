/**
 * The document model every stage reads: sentences and tokens with character offsets into the
 * normalised text, part of speech and lemma from wink-nlp.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { NO_REPAIRS, repairTags, type TaggerLexicon } from './repair.js';

export interface Token {
  /** Index in Doc.tokens. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, AUX, ...). */
  pos: string;
  start: number;
  end: number;
  sentence: number;
  /** Whitespace precedes the token (false for "n't", "'s", closing punctuation). */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  heading: boolean;
  /** First token index (inclusive) and last (exclusive) in Doc.tokens. */
  first: number;
  last: number;
  paragraph: number;
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

// Only sentence boundaries and POS (lemmas follow from them): wink's own entity, sentiment and
// negation passes cost nearly half its time and Parley does those itself.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// wink's typings declare lemma with a narrower signature than out() accepts; it works at run time.
const lemmaOf = its.lemma as unknown as typeof its.value;

const irregularCache = new Map<string, string | undefined>();
/**
 * Endings no irregular past has (English irregular pasts are a closed set of short forms: "took",
 * "struck", "fought", "overran"); asking wink about these would cost a parse for nothing.
 */
const NO_IRREGULAR_PAST = /(ing|s|tion|sion|ment|ness|ity|ance|ence|ism|ist|ous|ive|al|ic|er|or|ly|ty|cy|ry|ed|ary|ian|ese)$|^.{11,}$/;
/**
 * wink's verb lemma of a word on its own in a verb's position ("took" -> "take"), or undefined
 * when it is no past form there ("-ing" and "-s" forms are left alone: "U.S. forces"); cached,
 * as the repair asks about few distinct words.
 */
function irregularPast(word: string): string | undefined {
  if (irregularCache.has(word)) return irregularCache.get(word);
  let out: string | undefined;
  if (/^[a-z]+$/.test(word) && !NO_IRREGULAR_PAST.test(word)) {
    const d = nlp.readDoc(`They ${word} it.`);
    const pos = d.tokens().out(its.pos) as string[];
    const lemma = (d.tokens().out(lemmaOf) as string[])[1]?.toLowerCase();
    if (pos[1] === 'VERB' && lemma && lemma !== word) out = lemma;
  }
  if (irregularCache.size > 50_000) irregularCache.clear();
  irregularCache.set(word, out);
  return out;
}

/** Straight and typographic quotes that may wrap a heading line. */
const WRAPPING_QUOTES = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]+|["'\u201C\u201D\u2018\u2019\u00AB\u00BB]+$/g;

/**
 * A paragraph that is one short line with no closing punctuation is a heading (a title or a
 * sub-heading such as "Last chance"): wire copy never ends a sentence without punctuation.
 */
export function isHeadingLine(line: string): boolean {
  const bare = line.trim().replace(WRAPPING_QUOTES, '').trim();
  if (bare.length === 0) return false;
  if (/[.!?:;…,]$/.test(bare)) return false;
  const words = bare.split(/\s+/).length;
  return words <= 14 && bare.length <= 120;
}

/** Tokenise a short phrase the way documents are tokenised (for dictionary entries). */
export function tokenisePhrase(phrase: string): { text: string; lemma: string; pos: string }[] {
  const d = nlp.readDoc(phrase);
  const texts = d.tokens().out(its.value) as string[];
  const lemmas = d.tokens().out(lemmaOf) as string[];
  const pos = d.tokens().out(its.pos) as string[];
  return texts.map((t, k) => ({ text: t, lemma: lemmas[k] ?? t.toLowerCase(), pos: pos[k] ?? 'X' }));
}

/**
 * `lexicon` names the event verbs whose tagging slips are repaired (repair.ts): the knowledge
 * base's `tagger`, built from the same event lexicon that codes the events.
 */
export function buildDoc(text: string, lexicon: TaggerLexicon = NO_REPAIRS): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // Paragraphs first: wink would otherwise join a heading line to the next sentence.
  const paragraphRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let paragraph = 0;
  while ((m = paragraphRe.exec(text)) !== null) {
    const line = m[0];
    const lineStart = m.index;
    if (line.trim().length === 0) continue;
    const heading = isHeadingLine(line);
    const d = nlp.readDoc(line);
    const values = d.tokens().out(its.value) as string[];
    const spaces = d.tokens().out(its.precedingSpaces) as string[];
    const pos = d.tokens().out(its.pos) as string[];
    const lemma = d.tokens().out(lemmaOf) as string[];
    const lineTokens: Token[] = [];
    let offset = lineStart;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      offset += spaces[k]!.length;
      // wink keeps the text verbatim, so offsets follow from lengths; resynchronise defensively.
      if (text.startsWith(value, offset) === false) {
        const found = text.indexOf(value, offset);
        if (found >= 0 && found < lineStart + line.length) offset = found;
      }
      lineTokens.push({
        i: -1,
        text: value,
        lower: value.toLowerCase(),
        lemma: (lemma[k] ?? value).toLowerCase(),
        pos: pos[k] ?? 'X',
        start: offset,
        end: offset + value.length,
        sentence: -1,
        spaceBefore: spaces[k]!.length > 0,
      });
      offset += value.length;
    }
    repairTags(lineTokens, lexicon, irregularPast);
    const spans: [number, number][] = heading
      ? [[0, lineTokens.length - 1]]
      : (d.sentences().out(its.span) as [number, number][]);
    for (const [a, b] of spans) {
      if (b < a) continue;
      const index = sentences.length;
      const first = tokens.length;
      for (let k = a; k <= b; k++) {
        const t = lineTokens[k]!;
        t.i = tokens.length;
        t.sentence = index;
        tokens.push(t);
      }
      const last = tokens.length;
      if (last === first) continue;
      sentences.push({
        index,
        start: tokens[first]!.start,
        end: tokens[last - 1]!.end,
        heading,
        first,
        last,
        paragraph,
      });
    }
    paragraph++;
  }
  return { text, sentences, tokens };
}
