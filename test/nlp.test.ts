import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, isHeadingLine } from '../src/nlp/doc.js';
import { articleId, normaliseText } from '../src/nlp/normalise.js';
import { kb } from './helpers.js';

test('sentences keep exact character offsets into the text', () => {
  const text = 'Russia and Ukraine swapped 95 prisoners each on Friday. The U.S. Sen. Jim Risch welcomed it.\nKyiv said more swaps would follow.';
  const doc = buildDoc(text);
  assert.equal(doc.sentences.length, 3);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(text.slice(doc.sentences[1]!.start, doc.sentences[1]!.end), 'The U.S. Sen. Jim Risch welcomed it.');
});

test('a short unpunctuated line between paragraphs is a heading, not a sentence of the story', () => {
  const text = 'Talks stall in Jeddah\n\nSudan\'s army said it would not return to the talks.\n"Last push"\nMediators urged both sides to come back.';
  const doc = buildDoc(text);
  const headings = doc.sentences.filter((s) => s.heading).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(headings, ['Talks stall in Jeddah', '"Last push"']);
  assert.equal(doc.sentences.filter((s) => !s.heading).length, 2);
});

test('heading detection needs both shortness and no final punctuation', () => {
  assert.equal(isHeadingLine('Ceasefire holds in Goma'), true);
  assert.equal(isHeadingLine('The ceasefire held in Goma.'), false);
  assert.equal(isHeadingLine('"Fragile calm"'), true);
  assert.equal(isHeadingLine('Fighters of the M23 rebel group, which Kinshasa says is backed by Rwanda and which denies it, advanced towards the town of Uvira overnight on Thursday without'), false);
});

test('normalisation makes the id independent of line endings and stray spaces', () => {
  const a = normaliseText('Hamas said it had received the proposal.\r\nTalks resume on Thursday.  \r\n');
  const b = normaliseText('Hamas said it had received the proposal.\nTalks resume on Thursday.');
  assert.equal(a, b);
  assert.equal(articleId(a), articleId(b));
  assert.match(articleId(a), /^sha256:[0-9a-f]{64}$/);
});

// Tagger repair (src/nlp/repair.ts): event verbs wink mis-tags in a verb's position.
const posOf = (text: string, word: string) => buildDoc(text, kb.tagger).tokens.find((t) => t.lower === word);

test('a finite past event verb after its subject is a verb, with its lemma, whatever wink guessed', () => {
  for (const [text, word, lemma] of [
    ["Myanmar's army retook the town of Lashio from ethnic rebels on Saturday.", 'retook', 'retake'],
    ['The Houthis blockaded the port of Hodeidah for a week.', 'blockaded', 'blockade'],
    ['Gunmen abducted 50 students from a school in Kaduna state.', 'abducted', 'abduct'],
    ['Qatar mediated the talks between Kinshasa and the M23 rebels.', 'mediated', 'mediate'],
    ['Looters ransacked shops in Port-au-Prince overnight.', 'ransacked', 'ransack'],
    ['Sudanese troops also encircled the city of El Obeid.', 'encircled', 'encircle'],
  ] as const) {
    const t = posOf(text, word);
    assert.equal(t?.pos, 'VERB', text);
    assert.equal(t?.lemma, lemma, text);
  }
});

test('a base form after a modal is a verb; hyphenated verbs and prefixed pasts take the lexicon lemma', () => {
  assert.equal(posOf('Hamas will free 33 Israeli hostages in the first phase.', 'free')?.pos, 'VERB');
  assert.equal(posOf('Azerbaijan would not free the Armenian detainees.', 'free')?.pos, 'VERB');
  assert.equal(posOf('Gunmen had abducted 50 students from a school in Zamfara.', 'abducted')?.pos, 'VERB');
  assert.equal(posOf('The Houthis have blockaded the port of Hodeidah.', 'blockaded')?.lemma, 'blockade');
  const d = buildDoc('North Korea test-fired a ballistic missile into the Sea of Japan.', kb.tagger);
  assert.deepEqual(d.tokens.slice(2, 5).map((t) => t.pos), ['VERB', 'PUNCT', 'VERB']);
  assert.equal(posOf('The European Union re-imposed sanctions on Iran on Sunday.', 're-imposed')?.lemma, 'reimpose');
  assert.equal(posOf('Ukrainian forces counter-attacked near Kupiansk.', 'counter-attacked')?.lemma, 'counter-attack');
  assert.equal(posOf('Iran denied launching cyber-attacks on Albania.', 'cyber-attacks')?.lemma, 'cyber-attack');
});

test('the repair leaves participles and nouns in noun phrases alone', () => {
  for (const [text, word] of [
    ['The shelled town of Avdiivka lay in ruins.', 'shelled'],
    ["Iran's contested election drew protests in Tehran.", 'contested'],
    ['The Hamas armed wing said it fired rockets at Ashkelon.', 'armed'],
    ['Baku demanded the withdrawal of Armenian armed forces from Karabakh.', 'armed'],
    ['The U.S. sanctions took effect on Monday.', 'sanctions'],
    ['The government is committed to free trade with its neighbours.', 'trade'],
    ['Hamas has limited resources in the north of Gaza.', 'limited'],
  ] as const) {
    assert.notEqual(posOf(text, word)?.pos, 'VERB', text);
  }
});

test('tagger repair: hyphenated participle modifiers and "-ed" lemma slips', () => {
  const d = buildDoc('The navy sent three guided-missile destroyers to the Gulf.', kb.tagger);
  assert.equal(d.tokens.find((t) => t.lower === 'guided')?.pos, 'ADJ');
  const f = buildDoc('The European Commission fined Google 2.95 billion euros.', kb.tagger);
  assert.equal(f.tokens.find((t) => t.lower === 'fined')?.lemma, 'fine');
  const t = buildDoc('North Korea test-fired a ballistic missile.', kb.tagger);
  assert.equal(t.tokens.find((x) => x.lower === 'fired')?.pos, 'VERB');
});

test('tagger repair: after "have", a counting noun with "of" opens the object like a number', () => {
  assert.equal(posOf("Sudan's army has armed thousands of civilian volunteers in Gezira.", 'armed')?.pos, 'VERB');
  assert.equal(posOf('Hamas has limited resources in the north of Gaza.', 'limited')?.pos === 'VERB', false);
  assert.equal(posOf('The army has limited numbers of armoured vehicles in the north.', 'limited')?.pos === 'VERB', false);
});

test('a participle opening a clause after a comma is a verb when an object follows', () => {
  assert.equal(posOf('Israel struck air defences on Saturday, warning Tehran against any retaliation.', 'warning')?.pos, 'VERB');
  assert.equal(posOf('Israel struck air defences on Saturday, warning Tehran against any retaliation.', 'warning')?.lemma, 'warn');
  // "warning of famine" stays a noun: no object follows.
  assert.notEqual(posOf('The agency said stocks were running low, warning of famine.', 'warning')?.pos, 'VERB');
});

test('a quoted noun phrase after a preposition ends in a plural noun, never a finite verb', () => {
  for (const [text, word] of [
    ['Baku accused Yerevan of "large-scale subversive acts" near the border, saying two soldiers died.', 'acts'],
    ['Caracas denounced what it called "imperialist threats" from Washington.', 'threats'],
  ] as const) {
    assert.equal(posOf(text, word)?.pos, 'NOUN', text);
  }
  // Outside quotes a verb stays a verb.
  assert.equal(posOf('The head of the agency acts alone, officials said.', 'acts')?.pos === 'NOUN', false);
});
