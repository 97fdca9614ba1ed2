/**
 * The acceptance picture on the shipped example (examples/gaza-talks-2024-08-20.txt, written by
 * the team in wire style): what an analyst would write by hand, item by item.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, ofKind, codesOf, has, events, statements } from './helpers.js';
import { mergeTalks } from '../src/negotiation/talks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(root, 'examples', 'gaza-talks-2024-08-20.txt'), 'utf8');
const records = run(text, '2024-08-20');
const article = ofKind(records, 'article')[0]!;

test('headings are marked and yield nothing', () => {
  const headings = article.sentences.map((s, i) => (s.heading ? i : -1)).filter((i) => i >= 0);
  assert.equal(headings.length, 2);
  for (const r of records) if (r.kind !== 'article') assert.ok(!headings.includes(r.sentence), `${r.kind} from a heading`);
});

test('the US bridging proposal, its updated version, and who accepts what', () => {
  const proposals = ofKind(records, 'proposal');
  const base = proposals.find((p) => !p.version_of && p.proposer.some((a) => a.id === 'USA'));
  assert.ok(base, JSON.stringify(proposals.map((p) => p.label)));
  assert.ok(proposals.some((p) => p.version_of === base.id && p.version === 'updated'));
  const positions = ofKind(records, 'position');
  const isr = positions.find((p) => p.target === base.id && codesOf(p.party).includes('ISR') && p.stance === 'accepts');
  assert.equal(isr?.asserted_by?.id, 'antony-blinken');
  const hamas = positions.find((p) => p.target === base.id && codesOf(p.party).includes('HAMAS'));
  assert.equal(hamas?.stance, 'undecided');
  assert.equal(hamas?.asserted_by?.id, 'antony-blinken');
});

test('Hamas disputes the US account; mediators are named', () => {
  const disputes = ofKind(records, 'dispute');
  assert.ok(disputes.some((d) => codesOf(d.disputed_by).includes('HAMAS')), JSON.stringify(disputes.map((d) => d.summary)));
  const mediators = ofKind(records, 'role').filter((r) => r.role === 'mediator').map((r) => r.actor.id);
  for (const id of ['EGY', 'QAT', 'USA']) assert.ok(mediators.includes(id), `${id} mediator: ${mediators.join(',')}`);
});

test('events: appeal, rejection, accusation, opposition, strikes and rockets with dates and places', () => {
  const ev = events(records);
  const find = (type: string, actor: string) => ev.find((e) => e.event === type && has(e.actor, actor));
  assert.ok(has(find('REQUEST', 'USA')!.recipient, 'HAMAS'));
  assert.ok(find('REJECT', 'HAMAS'));
  assert.ok(has(find('ACCUSE', 'HAMAS')!.recipient, 'USA'));
  assert.ok(has(find('REJECT', 'EGY')!.recipient, 'ISR'));
  const strikes = find('ASSAULT', 'ISR')!;
  assert.equal(strikes.date, '2024-08-20');
  assert.equal(strikes.location?.name, 'Khan Younis');
  assert.ok(has(strikes.recipient, 'PSE'));
  const rockets = find('ASSAULT', 'HAMAS')!;
  assert.ok(has(rockets.actor, 'PIJ'), 'Hamas and Islamic Jihad are one event with two actors');
  assert.equal(rockets.date, '2024-08-18');
  assert.ok(find('THREATEN', 'HAMAS'));
});

test('statements with speakers, addressee, channel and place', () => {
  const st = statements(records);
  const blinken = st.filter((s) => s.speaker.id === 'antony-blinken');
  assert.equal(blinken.length, 2);
  assert.ok(blinken.some((s) => s.addressee?.text === 'reporters' && s.location?.name === 'Tel Aviv' && s.form === 'direct'));
  const hamdan = st.find((s) => s.speaker.id === 'osama-hamdan');
  assert.equal(hamdan?.channel, 'Reuters');
  assert.ok(st.some((s) => codesOf(s.speaker).includes('EGY')), 'the Egyptian security sources');
});

test('the talks view over the example has a stance matrix with a disputed cell', () => {
  const t = mergeTalks([records]);
  assert.ok(t.matrix.some((c) => c.party === 'ISR' && c.stance === 'accepts'));
  assert.ok(t.matrix.some((c) => c.disputed));
});
