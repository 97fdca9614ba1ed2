import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc } from '../src/nlp/doc.js';
import { findActors, type Mention } from '../src/actors/mentions.js';
import { kb } from './helpers.js';

function mentions(text: string, date = '2024-08-20'): Mention[] {
  return findActors(buildDoc(text), kb, date).mentions;
}
const byText = (ms: Mention[], t: string) => ms.find((m) => m.actor.text === t || m.actor.text.endsWith(t));

test('title and name resolve to the dictionary person with the role in force on the date', () => {
  const ms = mentions('Israeli Prime Minister Benjamin Netanyahu met Antony Blinken in Jerusalem.');
  const n = ms.find((m) => m.actor.id === 'benjamin-netanyahu');
  assert.ok(n, 'Netanyahu found');
  assert.equal(n.actor.country, 'ISR');
  assert.equal(n.start, 0, 'the title phrase is part of the mention');
  const b = ms.find((m) => m.actor.id === 'antony-blinken');
  assert.equal(b?.actor.country, 'USA');
  assert.match(b?.actor.role ?? '', /Secretary of State/i);
});

test('dated roles: the same person outside office is a former office holder', () => {
  const ms = mentions('Blinken spoke at a university in Boston.', '2025-06-01');
  const b = ms.find((m) => m.actor.id === 'antony-blinken');
  assert.ok(b);
  assert.match(b.actor.role ?? '', /^former /);
});

test('a person the dictionary lacks keeps the role and organisation the text gives', () => {
  const ms = mentions('RSF commander Abdelrahim Juma told Reuters the city would fall.');
  const p = ms.find((m) => m.actor.name === 'Abdelrahim Juma');
  assert.ok(p, 'unknown name kept as an actor');
  assert.equal(p.actor.id, null);
  assert.equal(p.actor.org, 'RSF');
  assert.match(p.actor.role ?? '', /commander/);
});

test('an appositive role after a name becomes the role of an unknown person', () => {
  const ms = mentions('The deal is fragile, says Maria Lindqvist, a conflict researcher at Uppsala University.');
  const p = ms.find((m) => m.actor.name === 'Maria Lindqvist');
  assert.ok(p);
  assert.match(p.actor.role ?? '', /researcher at Uppsala University/);
});

test('demonyms qualify what follows: group nouns become state actors', () => {
  const ms = mentions('Russian troops shelled the town while Ukrainian officials counted the dead.');
  const troops = byText(ms, 'Russian troops');
  assert.equal(troops?.actor.country, 'RUS');
  assert.equal(troops?.actor.sector, 'MIL');
  const officials = byText(ms, 'Ukrainian officials');
  assert.equal(officials?.actor.country, 'UKR');
});

test('"the Israelis", capitals as metonyms and acronyms resolve; the pronoun "us" does not', () => {
  const ms = mentions('The Israelis and Washington want the U.N. to tell us more.');
  assert.ok(ms.some((m) => m.actor.id === 'ISR' && m.actor.text.includes('Israelis')));
  assert.ok(ms.some((m) => m.actor.id === 'USA' && m.actor.text === 'Washington'));
  assert.ok(ms.some((m) => m.actor.id === 'UN'));
  assert.ok(!ms.some((m) => m.actor.text === 'us'));
});

test('he and she resolve to the most recent compatible person; they to a group', () => {
  const ms = mentions('Ukrainian President Volodymyr Zelenskiy spoke in Kyiv. He said the M23 rebels had not answered. They later issued a statement.');
  const he = ms.find((m) => m.actor.text === 'He');
  assert.equal(he?.actor.id, 'volodymyr-zelenskyy');
  const they = ms.find((m) => m.actor.text === 'They');
  assert.equal(they?.actor.id, 'M23');
});

test('"the news agency" resolves to the last media outlet named', () => {
  const ms = mentions('A Hamas official spoke to Reuters on Monday. He told the news agency that talks had stalled.');
  const agency = ms.find((m) => m.actor.text.toLowerCase() === 'the news agency');
  assert.equal(agency?.actor.id, 'REUTERS');
});
