import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, ofKind, codesOf } from './helpers.js';
import { mergeTalks } from '../src/negotiation/talks.js';

const ARMENIA = [
  'Armenia and Azerbaijan finalised the text of a peace treaty on Thursday, the Armenian foreign ministry said.',
  'According to Azerbaijani Foreign Minister Jeyhun Bayramov, Baku has approved the draft that the two sides negotiated over the past year.',
  'Now it is up to Yerevan to change its constitution, Bayramov told reporters in Baku.',
  'Armenian Prime Minister Nikol Pashinyan said the treaty text agreed on Thursday is different from the one Baku is now describing.',
  'Azerbaijan also wants Armenia to drop its claims at international courts, and it refuses to let foreign monitors stay on the border, which the mediating country Russia opposes.',
].join('\n');

test('a proposal with its later mentions, versions and positions', () => {
  const r = run(ARMENIA, '2025-03-14');
  const proposals = ofKind(r, 'proposal');
  assert.ok(proposals.length >= 1, 'proposal found');
  const positions = ofKind(r, 'position');
  const aze = positions.find((p) => codesOf(p.party).includes('AZE') && p.stance === 'accepts');
  assert.ok(aze, 'Azerbaijan accepts');
  assert.equal(aze.asserted_by?.id, 'jeyhun-bayramov');
  const arm = positions.find((p) => codesOf(p.party).includes('ARM') && p.stance === 'undecided');
  assert.ok(arm, 'Armenia undecided per Bayramov');
  assert.equal(arm.asserted_by?.id, 'jeyhun-bayramov');
});

test('demands split into items with polarity, and a mediator\'s stance on a demand', () => {
  const r = run(ARMENIA, '2025-03-14');
  const demands = ofKind(r, 'demand').filter((d) => codesOf(d.party).includes('AZE'));
  assert.equal(demands.length, 2, JSON.stringify(demands.map((d) => d.content)));
  assert.equal(demands[0]!.polarity, 'wants');
  assert.equal(demands[1]!.polarity, 'refuses');
  assert.match(demands[1]!.content, /foreign monitors/);
  const pos = ofKind(r, 'position').find((p) => p.target === demands[1]!.id);
  assert.ok(pos, 'a position on the demand');
  assert.ok(codesOf(pos.party).includes('RUS'));
  const roles = ofKind(r, 'role');
  assert.ok(roles.some((x) => x.role === 'mediator' && codesOf(x.actor).includes('RUS')));
});

test('a different version contested by another speaker is a dispute', () => {
  const text = [
    'Qatar said on Monday that Hamas had accepted a ceasefire proposal put forward by Egypt.',
    'Israeli officials said the proposal Hamas said yes to is different from the one Israel had approved.',
  ].join('\n');
  const r = run(text, '2024-05-07');
  const proposals = ofKind(r, 'proposal');
  assert.ok(proposals.some((p) => p.version_of !== null), JSON.stringify(proposals.map((p) => p.label)));
  const disputes = ofKind(r, 'dispute');
  assert.ok(disputes.length >= 1);
  assert.ok(codesOf(disputes[0]!.disputed_by).includes('ISR'));
});

test('condemning someone\'s statement disputes that statement', () => {
  const r = run('Trump said Ukraine started the war. Kyiv condemned Trump\'s remarks on Wednesday.', '2025-02-20');
  const d = ofKind(r, 'dispute');
  assert.equal(d.length, 1);
  const claim = r.find((x) => (x as { id?: string }).id === d[0]!.claim);
  assert.equal(claim?.kind, 'statement');
});

test('across articles: proposals merge, every source is kept, the latest stance wins', () => {
  const day1 = run('The United States put forward a ceasefire plan for Lebanon on Monday. Israel accepted the American plan, officials said.', '2024-11-18');
  const day2 = run('Hezbollah has objections to the U.S. ceasefire plan, Lebanese Parliament Speaker Nabih Berri said.', '2024-11-19');
  const day3 = run('Hezbollah accepted the U.S. ceasefire plan on Tuesday, Berri said.', '2024-11-26');
  const t = mergeTalks([day1, day2, day3]);
  const bases = t.proposals.filter((p) => !p.version_of);
  assert.equal(bases.length, 1, JSON.stringify(t.proposals.map((p) => p.label)));
  const hez = t.matrix.find((c) => c.party === 'HEZBOLLAH');
  assert.ok(hez);
  assert.equal(hez.stance, 'accepts');
  assert.equal(hez.sources.length, 2);
  assert.ok(hez.sources.some((s) => s.stance === 'objects'));
  const isr = t.matrix.find((c) => c.party === 'ISR');
  assert.equal(isr?.stance, 'accepts');
});
