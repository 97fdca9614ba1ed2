import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc, tokenisePhrase } from '../src/nlp/doc.js';
import { findActors } from '../src/actors/mentions.js';
import type { PlaceEntry } from '../src/knowledge/types.js';
import { kb, run, findEvent, has } from './helpers.js';

/** The state a gazetteer place in the text belongs to. */
function placeCountry(text: string, name: string): string | null | undefined {
  const p = findActors(buildDoc(text, kb.tagger), kb, '2024-08-20').places.find((x) => x.text === name);
  return p ? p.place.country : undefined;
}

test('force and aid in towns of the conflict-zone gazetteer land on the state they are in', () => {
  const cases: [string, string, string, string][] = [
    // Ukraine / Russia
    ['Russian drones struck energy facilities in Kropyvnytskyi and Starokostiantyniv overnight, Ukraine\'s air force said.', 'ASSAULT', 'RUS', 'UKR'],
    ['Ukrainian drones hit an oil refinery in Syzran, the regional governor said on Sunday.', 'ASSAULT', 'UKR', 'RUS'],
    // Sudan
    ['RSF fighters shelled a market in Ed Daein on Monday, killing 15 people, activists said.', 'ASSAULT', 'RSF', 'SDN'],
    ['The World Food Programme delivered aid to Kalma camp in South Darfur.', 'AID', 'WFP', 'SDN'],
    // Somalia
    ['Al-Shabaab militants attacked an army base in Beledweyne, killing several soldiers.', 'ASSAULT', 'AL_SHABAAB', 'SOM'],
    // West Bank
    ['Israeli settlers attacked homes in Sinjil, the Palestinian health ministry said.', 'ASSAULT', 'ISR', 'PSE'],
    // Sahel
    ['Islamic State fighters killed 30 villagers in Tillaberi and Ouallam.', 'ASSAULT', 'ISIS', 'NER'],
    // Syria
    ['Israel struck targets in Qusayr near the Lebanese border.', 'ASSAULT', 'ISR', 'SYR'],
    // Myanmar
    ['The Arakan Army seized Buthidaung, residents said.', 'ASSAULT', 'ARAKAN_ARMY', 'MMR'],
  ];
  for (const [text, type, actor, recipient] of cases) {
    const e = findEvent(run(text), type, actor);
    assert.ok(e, `${type} by ${actor}: ${text}`);
    assert.ok(has(e.recipient, recipient), `${text} -> ${JSON.stringify(e.recipient)}`);
  }
});

test('occupied and contested places keep the state the dictionary assigns them', () => {
  // Occupied Ukrainian towns and Crimea stay Ukrainian, the Golan Syrian, Abkhazia Georgian,
  // Transnistria Moldovan; Western Sahara and the Spratly features belong to no state.
  assert.equal(placeCountry('Explosions were reported in Horlivka on Tuesday.', 'Horlivka'), 'UKR');
  assert.equal(placeCountry('A drone hit an air base near Dzhankoi overnight.', 'Dzhankoi'), 'UKR');
  assert.equal(placeCountry('Residents of Katzrin took shelter as sirens sounded.', 'Katzrin'), 'SYR');
  assert.equal(placeCountry('Police in Ochamchire detained two men.', 'Ochamchire'), 'GEO');
  assert.equal(placeCountry('Officials in Tighina said the bridge was closed.', 'Tighina'), 'MDA');
  assert.equal(placeCountry('Polisario fighters shelled positions near Mahbes.', 'Mahbes'), null);
  assert.equal(placeCountry('Chinese vessels were seen near Sabina Shoal.', 'Sabina Shoal'), null);
  // Spelling variants reach the same place.
  assert.equal(placeCountry('Shelling hit Sievierodonetsk.', 'Sievierodonetsk'), 'UKR');
  assert.equal(placeCountry('Shelling hit Severodonetsk.', 'Severodonetsk'), 'UKR');
  assert.equal(placeCountry('Fighting reached Kalbajar.', 'Kalbajar'), 'AZE');
  assert.equal(placeCountry('Fighting reached Kelbajar.', 'Kelbajar'), 'AZE');
});

test('the conflict-zone gazetteer is well formed and shadows no other name', () => {
  const dir = join(kb.dataDir, 'places');
  const entries = JSON.parse(readFileSync(join(dir, 'conflict-zones.json'), 'utf8')) as (PlaceEntry & { contested?: boolean })[];
  assert.ok(entries.length >= 600, `entries: ${entries.length}`);
  const others = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')) as PlaceEntry[];
  const taken = new Set(others.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => n.toLowerCase()));
  const types = new Set(['city', 'region', 'territory', 'crossing', 'camp', 'waterway']);
  const seen = new Set<string>();
  for (const e of entries) {
    assert.ok(e.country === null || kb.countries.has(e.country), `${e.name}: unknown state ${e.country}`);
    assert.ok(types.has(e.type ?? ''), `${e.name}: type ${e.type}`);
    assert.ok(typeof e.lat === 'number' && Math.abs(e.lat) <= 90 && typeof e.lon === 'number' && Math.abs(e.lon) <= 180, `${e.name}: coordinates`);
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const k = n.toLowerCase();
      // A name shared with an earlier place would make the first file read win silently.
      assert.ok(!taken.has(k) && !seen.has(k), `${n} is listed twice`);
      seen.add(k);
      assert.ok([...n].filter((c) => /\p{L}/u.test(c)).length >= 4, `${n} is too short to match safely`);
      // A place name that is also an actor's name would hide the actor.
      const keys = tokenisePhrase(n).map((t) => t.text.toLowerCase());
      assert.equal(kb.actorMatcher.matchesAt(0, (i) => keys[i]).some((m) => m.end === keys.length), false, `${n} is an actor name`);
    }
  }
});
