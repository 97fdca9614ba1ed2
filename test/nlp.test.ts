import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, isHeadingLine } from '../src/nlp/doc.js';
import { articleId, normaliseText } from '../src/nlp/normalise.js';

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
