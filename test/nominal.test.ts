/**
 * Event nouns and the constructions that name their participants: "between A and B", a subject
 * noun's predicate, support phrases with "with" ("responded with strikes"), partitive heads ("a
 * wave of strikes") and support participles after the noun ("the attack, claimed by").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, expectEvent } from './helpers.js';

test('the parties after "between" are actor and recipient of an event noun subject', () => {
  expectEvent('Talks between Armenia and Azerbaijan resumed in Washington on Monday.', 'CONSULT', 'ARM', 'AZE');
  expectEvent('Negotiations between the Colombian government and the ELN broke down on Tuesday.', 'CONSULT', 'COL', 'ELN');
  expectEvent('Indirect talks between Iran and the United States began in Muscat on Saturday.', 'CONSULT', 'IRN', 'USA');
  expectEvent('Clashes between Indian and Pakistani troops erupted along the Line of Control overnight.', 'ASSAULT', 'IND', 'PAK');
  expectEvent("Heavy fighting between Sudan's army and the RSF erupted in Omdurman on Friday.", 'ASSAULT', 'SAF', 'RSF');
});

test('a leader named before the noun keeps the lead over the "between" parties', () => {
  const e = expectEvent('U.S.-led talks between Israel and Hamas stalled in Cairo.', 'CONSULT', 'USA');
  assert.ok(has(e.recipient, 'ISR') && has(e.recipient, 'HAMAS'));
  const m = expectEvent('Qatar-mediated talks between Congo and M23 resumed in Doha.', 'CONSULT', 'QAT');
  assert.ok(has(m.recipient, 'COD') && has(m.recipient, 'M23'));
});

test('the object of an event verb is not coded again from "between"', () => {
  const host = events(run('Qatar hosted talks between Congo and M23 in Doha.'));
  assert.ok(!host.some((e) => e.event === 'CONSULT' && has(e.actor, 'COD')), 'the host verb codes the talks once');
});

test('a possessor with "with" is a noun phrase, not a phrasal verb', () => {
  expectEvent("Armenia's talks with Azerbaijan resumed on Monday.", 'CONSULT', 'ARM', 'AZE');
  expectEvent("Hamas's talks with Egyptian mediators stalled in Cairo.", 'CONSULT', 'HAMAS', 'EGY');
});

test('an event noun subject takes the negation and future of a predicate of occurrence', () => {
  const future = expectEvent('Talks between Serbia and Kosovo will resume in Brussels next week.', 'CONSULT', 'SRB', 'XKX');
  assert.equal(future.future, true);
  const expected = expectEvent('Talks between Iran and the United States are expected to resume in Muscat.', 'CONSULT', 'IRN', 'USA');
  assert.equal(expected.future, true);
  const not = expectEvent('Negotiations between the Colombian government and the ELN did not resume on Monday.', 'CONSULT', 'COL', 'ELN');
  assert.equal(not.negated, true);
  const reported = expectEvent('Officials said talks between Kyiv and Moscow would resume in Istanbul.', 'CONSULT', 'UKR', 'RUS');
  assert.equal(reported.future, true);
  assert.equal(reported.hypothetical, false);
  // Another predicate says nothing about whether the sanctions exist.
  const other = events(run('The Kremlin said the new U.S. sanctions would not significantly affect the Russian economy.'));
  assert.ok(other.every((e) => !e.negated), 'no negated sanctions');
});

test('"responded with", "followed up with", "answered with" pass the act to the event noun', () => {
  expectEvent('The RSF responded with drone strikes on Port Sudan.', 'ASSAULT', 'RSF', 'SDN');
  expectEvent('Russia followed up with a missile barrage on Kyiv.', 'ASSAULT', 'RUS', 'UKR');
  expectEvent('Hezbollah answered with rocket fire at northern Israel.', 'ASSAULT', 'HEZBOLLAH', 'ISR');
  expectEvent('Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon.', 'ASSAULT', 'ISR', 'HEZBOLLAH');
});

test('a support phrase longer than its event verb outranks the verb ("hit back with tariffs")', () => {
  const list = events(run('China hit back with tariffs on U.S. farm goods.'));
  assert.ok(!list.some((e) => e.event === 'ASSAULT'), 'hitting back with tariffs is no attack');
  expectEvent('China hit back with tariffs on U.S. farm goods.', 'SANCTION', 'CHN', 'USA');
});

test('a partitive head before "of" does not make the event noun a topic', () => {
  expectEvent('A wave of drone attacks by Russia on Odesa killed three people.', 'ASSAULT', 'RUS', 'UKR');
  expectEvent('A new round of talks between Pakistan and Afghanistan opened in Istanbul.', 'CONSULT', 'PAK', 'AFG');
  expectEvent('The government declared a curfew in the Amhara region after days of clashes between Ethiopian troops and Fano militiamen.', 'ASSAULT', 'ETH', 'FANO');
  assert.equal(events(run('The terms of the agreement were not disclosed.')).length, 0);
});

test('a fight "with" someone in an adjunct is the clause subject\'s', () => {
  expectEvent('Ukrainian forces withdrew from Avdiivka after weeks of fighting with Russian troops.', 'ASSAULT', 'UKR', 'RUS');
  expectEvent('Pakistani troops killed five militants during clashes with the TTP in North Waziristan.', 'ASSAULT', 'PAK', 'TTP');
});

test('a support participle after the noun phrase names the perpetrator', () => {
  expectEvent('The ambush on the patrol in Borno, claimed by Boko Haram, left nine soldiers dead.', 'ASSAULT', 'BOKO_HARAM', 'NGA');
  expectEvent('The strikes on Kharkiv, carried out by Russian bombers, killed four people.', 'ASSAULT', 'RUS', 'UKR');
});

test('support verbs with event nouns still code', () => {
  expectEvent("Russia carried out a massive missile attack on Ukraine's energy grid.", 'ASSAULT', 'RUS', 'UKR');
  expectEvent('The Houthis staged a drone attack against a U.S. warship.', 'ASSAULT', 'HOUTHIS', 'USA');
  expectEvent('Turkey launched a new offensive against the PKK in northern Iraq.', 'ASSAULT', 'TUR', 'PKK');
  expectEvent("Russia's offensive against Ukraine stalled.", 'ASSAULT', 'RUS', 'UKR');
});

test('"between" after a predicate of occurrence names the parties too', () => {
  expectEvent('Fresh clashes broke out between Armenian and Azerbaijani forces on Tuesday.', 'ASSAULT', 'ARM', 'AZE');
  expectEvent('Fighting erupted between the Sudanese army and the RSF in April 2023.', 'ASSAULT', 'SAF', 'RSF');
  expectEvent('Talks resumed between Israel and Hamas in Doha.', 'CONSULT', 'ISR', 'HAMAS');
});

test('coordinated modifiers keep the possessor of a strike noun, and the verb it is subject of adds nothing', () => {
  const list = events(run('Russian drone and missile strikes on Kyiv killed 12 people.'));
  assert.deepEqual(list.map((e) => `${e.event} ${e.actor.map((a) => a.id).join('+')}>${e.recipient.map((a) => a.id).join('+')}`), ['ASSAULT RUS>UKR']);
  expectEvent('Israeli air and artillery strikes on Khan Younis killed 20 people.', 'ASSAULT', 'ISR', 'PSE');
});

test('who fends off or comes under an attack noun is its target', () => {
  expectEvent('The SDF said it had repelled an attack by Turkish drones on a dam near Kobani.', 'ASSAULT', 'TUR', 'SDF');
  expectEvent("Ukraine's military said its troops had beaten back three Russian assaults near Kupiansk.", 'ASSAULT', 'RUS', 'UKR');
  expectEvent('UNIFIL said its headquarters in Naqoura had come under attack by Israeli tanks on Thursday.', 'ASSAULT', 'ISR', 'UNIFIL');
  expectEvent("Somalia's army said it had repulsed an al-Shabaab assault on its base in Hiiraan.", 'ASSAULT', 'AL_SHABAAB', 'SOM');
});

test('the subject of a demand noun\'s "that" clause is asked', () => {
  expectEvent('Tehran said U.S. demands that Iran dismantle its centrifuges were unacceptable.', 'REQUEST', 'USA', 'IRN');
  expectEvent("Russia's demand that Ukraine cede the rest of Donetsk remains the main obstacle, Kyiv said.", 'REQUEST', 'RUS', 'UKR');
  expectEvent("Rwanda's demand that Congo disarm the FDLR first has held up the deal, a mediator said.", 'REQUEST', 'RWA', 'COD');
});

test('the party qualifying an accusation noun\'s grievance is accused', () => {
  expectEvent('Lebanon filed a complaint with the U.N. Security Council over what it called repeated Israeli violations of the truce.', 'ACCUSE', 'LBN', 'ISR');
  expectEvent('Beijing lodged a complaint with the WTO over the new U.S. chip export controls.', 'ACCUSE', 'CHN', 'USA');
  expectEvent("Armenia filed a complaint at the International Court of Justice over Azerbaijan's blockade of the Lachin corridor.", 'ACCUSE', 'ARM', 'AZE');
});

test('an event noun put on hold or on ice is suspended', () => {
  expectEvent('Qatar has put its mediation between Israel and Hamas on hold, a foreign ministry spokesman said.', 'SANCTION', 'QAT', 'HAMAS');
  expectEvent('Colombia put peace talks with the ELN on ice after the bombing of a police academy.', 'SANCTION', 'COL', 'ELN');
  const ev = events(run('Colombia put peace talks with the ELN on ice after the bombing of a police academy.'));
  assert.ok(!ev.some((e) => e.event === 'CONSULT'), 'the suspended talks are not held');
});

test('mediation in a clause adjunct mediates between the clause subjects', () => {
  const e = expectEvent('Russia and Ukraine swapped 150 prisoners of war each on Friday following Emirati mediation.', 'CONSULT', 'ARE', 'RUS');
  assert.ok(has(e.recipient, 'UKR'));
  const o = expectEvent('Washington and the Houthis agreed, after Omani mediation, to stop targeting each other.', 'CONSULT', 'OMN', 'USA');
  assert.ok(has(o.recipient, 'HOUTHIS'));
});

test('talks in the "for" phrase of a trip are held; talks called for are not', () => {
  expectEvent('Iranian Foreign Minister Abbas Araqchi arrived in Beirut on Friday for talks with Lebanese leaders.', 'CONSULT', 'IRN', 'LBN');
  expectEvent('Turkish Foreign Minister Hakan Fidan flew to Damascus on Monday for talks with Syrian officials.', 'CONSULT', 'TUR', 'SYR');
  const called = events(run('The African Union called for talks between the army and the RSF.'));
  assert.ok(!called.some((e) => e.event === 'CONSULT'), 'a call for talks is a request');
});

test('coordinated modifiers share an event noun', () => {
  const e = expectEvent('U.S. and British strikes on Houthi targets continued overnight.', 'ASSAULT', 'USA', 'HOUTHIS');
  assert.ok(has(e.actor, 'GBR'));
  // As the object of a verb the shared noun is still what the verb is about, coded once.
  const r = events(run('Putin condemned the U.S. and Israeli strikes on Iran as unprovoked aggression.'));
  assert.ok(!r.some((x) => x.event === 'ASSAULT'), 'the condemned strikes are coded by the verb');
});

test('a participle after a named party modifies the party, not the event noun', () => {
  const r = events(run('Egyptian mediators held talks with a Hamas delegation led by Khalil al-Hayya in Cairo.'));
  assert.ok(!r.some((x) => x.event === 'CONSULT' && x.actor.some((a) => a.id === 'khalil-al-hayya')));
  expectEvent('Strikes on Kharkiv carried out by Russian bombers killed four people.', 'ASSAULT', 'RUS');
});

test('an amount announced "in" aid is the aid itself', () => {
  const gb = findEvent(run('Britain announced 120 million pounds in humanitarian assistance for Sudan on Monday.'), 'AID', 'GBR');
  assert.ok(gb && has(gb.recipient, 'SDN'), JSON.stringify(gb?.recipient));
  const us = findEvent(run('Washington announced $425 million in new military aid for Kyiv, the Pentagon said.'), 'AID', 'USA');
  assert.ok(us && has(us.recipient, 'UKR'), JSON.stringify(us?.recipient));
  // A place after "in" is where, not what the amount counts.
  assert.ok(!findEvent(run('The ministry announced 300 new jobs in Kinshasa.'), 'AID'));
});

test('whoever comes under or is subjected to pressure is its target', () => {
  const a = findEvent(run('Serbian officials said Belgrade was being subjected to EU pressure over Kosovo.'), 'REQUEST', 'EU');
  assert.ok(a && has(a.recipient, 'SRB'), JSON.stringify(a));
  const b = findEvent(run('Kyiv has come under heavy U.S. pressure to accept the plan.'), 'REQUEST', 'USA');
  assert.ok(b && has(b.recipient, 'UKR'), JSON.stringify(b?.recipient));
  // An attack repelled in the passive names no target by its subject.
  assert.ok(!findEvent(run('The attack was repelled by the army.'), 'ASSAULT')?.recipient.length);
});
