import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, expectEvent, lacksEvent } from './helpers.js';

test('a symmetric meeting with a date from a bare weekday', () => {
  const r = run('On Monday, Sudan\'s army chief Abdel Fattah al-Burhan and U.S. envoy Tom Perriello met in Port Sudan.');
  const e = findEvent(r, 'CONSULT');
  assert.ok(e);
  assert.ok(has(e.actor, 'SDN') || has(e.actor, 'SAF'));
  assert.ok(has(e.recipient, 'USA'));
  assert.equal(e.date, '2024-08-19');
});

test('negation: "did not accept"', () => {
  const e = findEvent(run('Azerbaijan did not accept the Armenian draft.'), 'AGREE', 'AZE');
  assert.ok(e);
  assert.equal(e.negated, true);
});

test('future and hypothetical modes', () => {
  const f = findEvent(run('Russia will withdraw its troops from the Kherson region, the Kremlin said.'), 'RETREAT', 'RUS');
  assert.equal(f?.future, true);
  const h = findEvent(run('Israel would withdraw from the Philadelphi Corridor if Hamas released the hostages.'), 'RETREAT', 'ISR');
  assert.equal(h?.hypothetical, true);
});

test('passive voice: the agent is the actor and the subject the target', () => {
  const e = findEvent(run('Two Ukrainian soldiers were captured by Russian forces near Pokrovsk.'), 'COERCE');
  assert.ok(e, 'COERCE event');
  assert.ok(has(e.actor, 'RUS'));
  assert.ok(has(e.recipient, 'UKR'));
});

test('compound actors are one event with both actors; support verbs carry the noun event', () => {
  const r = run('Hezbollah and Hamas claimed responsibility for a rocket attack on Haifa on Sunday.');
  const e = findEvent(r, 'ASSAULT');
  assert.ok(e);
  assert.ok(has(e.actor, 'HEZBOLLAH') && has(e.actor, 'HAMAS'));
  assert.equal(e.date, '2024-08-18');
  assert.ok(has(e.recipient, 'ISR'));
});

test('"threatened to attack" is a threat, not an attack', () => {
  const r = run('The Houthis threatened to attack more ships in the Red Sea.');
  assert.ok(findEvent(r, 'THREATEN', 'HOUTHIS'));
  assert.equal(findEvent(r, 'ASSAULT'), undefined);
});

test('an event reported by a speaker is asserted by that speaker', () => {
  const r = run('According to Kenyan President William Ruto, the M23 rebels have agreed to a ceasefire.');
  const e = findEvent(r, 'AGREE', 'M23');
  assert.ok(e);
  assert.equal(e.asserted_by?.id, 'william-ruto');
});

test('demonym and possessor actors of event nouns; "on X" is the target', () => {
  const r = run('Israeli strikes on Rafah intensified as Hamas\' objections to the plan grew.');
  const a = findEvent(r, 'ASSAULT', 'ISR');
  assert.ok(a);
  assert.ok(has(a.recipient, 'PSE'));
  assert.ok(findEvent(r, 'REJECT', 'HAMAS'));
});

test('an appeal inside a statement is a REQUEST from the speaker to the party named', () => {
  const r = run('It is up to Moscow to show it wants peace, NATO Secretary General Mark Rutte told reporters.');
  const e = findEvent(r, 'REQUEST', 'NATO');
  assert.ok(e, JSON.stringify(events(r).map((x) => x.event)));
  assert.ok(has(e.recipient, 'RUS'));
});

test('an event without any actor in the text is not invented', () => {
  const r = run('Attacks continued on both sides of the front line.');
  assert.equal(events(r).length, 0);
});

test('a relative clause object: "X wants Y, which Z opposes" targets X', () => {
  const r = run('Rwanda wants a buffer zone inside Congo, which the mediating country Angola opposes.');
  const e = findEvent(r, 'REJECT', 'AGO');
  assert.ok(e);
  assert.ok(has(e.recipient, 'RWA'));
});

test('headings yield nothing', () => {
  const r = run('Russia strikes Kharkiv\n\nThe talks resumed in Istanbul on Friday.');
  assert.equal(events(r).filter((e) => e.sentence === 0).length, 0);
});

test('PLOVER types carry CAMEO codes from the lexicon and provenance', () => {
  const r = run('China imposed sanctions on three U.S. defence firms.');
  const e = findEvent(r, 'SANCTION', 'CHN');
  assert.ok(e);
  assert.ok(e.cameo === null || /^\d{2,4}$/.test(e.cameo));
  assert.match(e.rule, /^event:/);
  assert.equal(typeof e.span[0], 'number');
});

test('a threat is aimed at whom the threatened act targets', () => {
  const r = run('Beijing threatened to impose new tariffs on American farm goods.');
  const e = findEvent(r, 'THREATEN', 'CHN');
  assert.ok(e);
  assert.ok(has(e.recipient, 'USA'));
});

test('protests: protesters of the place, aimed at its authorities', () => {
  const e = findEvent(run('Thousands of people rallied in Yerevan on Sunday.'), 'PROTEST');
  assert.ok(e);
  assert.ok(has(e.actor, 'ARM') && has(e.recipient, 'ARM'));
  assert.match(e.rule, /actor-from-location/);
});

test('coordinated demonyms share their group noun', () => {
  const e = findEvent(run('Congolese and Ugandan troops launched a joint operation against ADF militants in Ituri.'), 'COOPERATE');
  assert.ok(e, 'joint operation');
  assert.ok(has([...e.actor, ...e.recipient], 'COD') && has([...e.actor, ...e.recipient], 'UGA'));
});

test('naming is not consulting: "called the sanctions unjust"', () => {
  const r = run("Venezuela's government called the U.S. sanctions illegal.");
  assert.equal(findEvent(r, 'CONSULT'), undefined);
});

test('support verbs reach their event noun through "of", and coordinated modifiers are all actors', () => {
  const a = findEvent(run('Iran launched waves of ballistic missiles at Israel overnight.'), 'ASSAULT', 'IRN');
  assert.ok(a && has(a.recipient, 'ISR'));
  const b = findEvent(run('U.S. and British warships struck more than 60 Houthi targets overnight.'), 'ASSAULT');
  assert.ok(b && has(b.actor, 'USA') && has(b.actor, 'GBR'));
});

test('aid lands where it is delivered', () => {
  const e = findEvent(run('The first U.N. aid trucks crossed into Darfur on Tuesday.'), 'AID', 'UN');
  assert.ok(e && has(e.recipient, 'SDN'), JSON.stringify(e));
});

test('attending talks is consulting; not attending is negated', () => {
  const e = findEvent(run("Sudan's army did not attend the ceasefire talks in Switzerland."), 'CONSULT');
  assert.ok(e);
  assert.ok(has(e.actor, 'SAF') || has(e.actor, 'SDN'));
  assert.equal(e.negated, true);
});

test('striking a deal is an agreement, striking a town an attack', () => {
  const d = findEvent(run('Manila struck a deal with the Moro rebels on Friday to extend the truce.'), 'AGREE', 'PHL');
  assert.ok(d, 'struck a deal');
  assert.equal(findEvent(run('Manila struck a deal with the Moro rebels on Friday to extend the truce.'), 'ASSAULT'), undefined);
  assert.ok(findEvent(run('Myanmar jets struck a village in Sagaing region on Tuesday.'), 'ASSAULT', 'MMR'));
});

test('going back to talks is taking part in them, not giving something back', () => {
  const r = run('The ELN returned to the negotiating table in Havana on Monday after a two-month pause.');
  assert.ok(findEvent(r, 'CONSULT', 'ELN'), JSON.stringify(events(r)));
  assert.equal(findEvent(r, 'RETREAT'), undefined);
  const b = findEvent(run('Armenia returned the remains of 12 soldiers to Azerbaijan on Friday.'), 'RETREAT', 'ARM');
  assert.ok(b && has(b.recipient, 'AZE'));
});

test('a name in apposition between commas leaves the phrase before it as the subject', () => {
  expectEvent("Kenya's foreign minister, Musalia Mudavadi, hosted a Sudanese army delegation in Nairobi on Monday.", 'CONSULT', 'SDN', 'KEN');
  expectEvent("Turkey's president, Tayyip Erdogan, met Syrian leader Ahmed al-Sharaa in Ankara on Friday.", 'CONSULT', 'TUR');
});

test('hyphenated event nouns and "staged" are read whole, and a place the subject is of stands for its people', () => {
  expectEvent('Residents of Sweida staged sit-ins outside the governor\'s office on Sunday.', 'PROTEST', 'SYR', 'SYR');
  expectEvent('Eritrea ordered a nationwide call-up of reservists on Friday.', 'MOBILIZE', 'ERI');
  lacksEvent('Eritrea ordered a nationwide call-up of reservists on Friday.', 'CONSULT');
  expectEvent('Kenyan nurses staged a walkout at three hospitals in Nairobi.', 'PROTEST', 'KEN');
});

test('"X and his counterpart Y sat down for talks": both conjuncts, past the possessive description', () => {
  expectEvent('Indian Foreign Minister Subrahmanyam Jaishankar and his Chinese counterpart Wang Yi sat down for two hours of talks in Beijing.', 'CONSULT', 'IND', 'CHN');
});

test('an owner before a possessive qualifies the subject noun; blocking the opening of talks rejects them', () => {
  expectEvent("Hamas's political bureau rejected the Egyptian paper on Sunday.", 'REJECT', 'HAMAS', 'EGY');
  expectEvent('Slovakia blocked the opening of accession talks with Moldova on Tuesday.', 'REJECT', 'SVK', 'MDA');
  // As a speaker, the whole phrase speaks, not its owner.
  const st = run("Sudan's civil aviation authority said on Monday that flights to Khartoum would resume.").filter((r) => r.kind === 'statement');
  assert.ok(st.some((x) => x.kind === 'statement' && /civil aviation authority/.test(x.speaker.text)), JSON.stringify(st));
});
