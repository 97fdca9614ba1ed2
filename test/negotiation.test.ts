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

test('a story line: tabled, accepted, amended, rejected, re-accepted, and a denial', () => {
  const a1 = run('Egypt put forward a ceasefire proposal for Gaza on Monday. Israel accepted the Egyptian proposal, an Israeli official told Reuters.', '2024-05-06');
  const a2 = run('Hamas said it had accepted an amended version of the Egyptian proposal. Israeli officials said the amended proposal is different from the one Israel had accepted.', '2024-05-07');
  const a3 = run('Israel rejected the amended proposal on Wednesday, Israeli Prime Minister Benjamin Netanyahu said.', '2024-05-08');
  const a4 = run('Hamas denied that it had walked away from the talks. Hamas accepted the amended proposal again on Friday, Hamas official Osama Hamdan told AFP.', '2024-05-10');
  const t = mergeTalks([a1, a2, a3, a4]);
  const base = t.proposals.find((p) => !p.version_of);
  const amended = t.proposals.find((p) => p.version_of !== null);
  assert.ok(base && amended, JSON.stringify(t.proposals.map((p) => p.label)));
  assert.equal(amended.version_of, base.key);
  const cell = (party: string, key: string) => t.matrix.find((c) => c.party === party && c.proposal === key);
  assert.equal(cell('ISR', base.key)?.stance, 'accepts');
  assert.equal(cell('ISR', amended.key)?.stance, 'rejects');
  const hamas = cell('HAMAS', amended.key);
  assert.equal(hamas?.stance, 'accepts');
  assert.ok(hamas!.sources.length >= 2, 'both Hamas acceptances kept');
  assert.ok(t.disputes.length >= 1, 'the Israeli officials contest the version Hamas accepted');
  assert.ok(t.timeline.length > 0 && t.timeline.every((x, i, a) => i === 0 || a[i - 1]!.date <= x.date));
});

test('demands merge across articles and keep every source', () => {
  const a1 = run('Russia wants Ukraine to withdraw its troops from four regions, Kremlin spokesman Dmitry Peskov said.', '2025-05-10');
  const a2 = run('Russia wants Ukraine to withdraw its troops from four regions, Russian Foreign Minister Sergei Lavrov told reporters in Moscow.', '2025-05-12');
  const t = mergeTalks([a1, a2]);
  const d = t.demands.filter((x) => x.party === 'RUS');
  assert.equal(d.length, 1, JSON.stringify(t.demands));
  assert.equal(d[0]!.polarity, 'wants');
  assert.equal(d[0]!.sources.length, 2);
});

test('"an amended version of the X proposal" names both the base text and its version', () => {
  const r = run('Hamas said it had accepted an amended version of the Egyptian proposal.', '2024-05-07');
  const proposals = ofKind(r, 'proposal');
  const base = proposals.find((p) => !p.version_of);
  const amended = proposals.find((p) => p.version === 'amended');
  assert.ok(base && amended);
  assert.equal(amended.version_of, base.id);
  const pos = ofKind(r, 'position').find((p) => codesOf(p.party).includes('HAMAS'));
  assert.equal(pos?.target, amended.id);
});
