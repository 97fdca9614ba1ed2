/**
 * Long-tail trigger vocabulary (data/lexicon/events.json): phrasal verbs and verbs whose
 * sense depends on the object.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, eventTypes } from './helpers.js';

test('going to war with a state is ASSAULT against it', () => {
  const e = findEvent(run('Pakistan would go to war with India over Kashmir, the minister said.'), 'ASSAULT', 'PAK');
  assert.ok(e);
  assert.ok(has(e.recipient, 'IND'));
});

test('laying down arms is RETREAT (disarm); laying down conditions is no event', () => {
  const e = findEvent(run('The ELN will lay down its weapons, the Colombian government said.'), 'RETREAT', 'ELN');
  assert.equal(e?.mode, 'disarm');
  assert.deepEqual(eventTypes('The ELN laid down three conditions for the talks.'), []);
});

test('lashing out at a party is ACCUSE', () => {
  const e = findEvent(run('Venezuela lashed out at Colombia on Friday.'), 'ACCUSE', 'VEN');
  assert.ok(e);
  assert.ok(has(e.recipient, 'COL'));
});

test('helping a named actor is COOPERATE; helping to ease tensions is not', () => {
  const e = findEvent(run('The United States helped Colombia track down the rebels.'), 'COOPERATE', 'USA');
  assert.ok(e);
  assert.ok(has(e.recipient, 'COL'));
  assert.ok(!eventTypes('The visit helped ease tensions in the region.').includes('COOPERATE'));
});

test('bolstering defences is MOBILIZE; bolstering ties is not', () => {
  assert.ok(findEvent(run("Somalia's army bolstered its defences around Mogadishu."), 'MOBILIZE', 'SOM'));
  assert.ok(!eventTypes('Kenya and Somalia bolstered their trade ties.').includes('MOBILIZE'));
});

test('carrying messages between two parties is mediation (CONSULT third-party); carrying aid is not', () => {
  const e = findEvent(run('Qatar carried messages between Israel and Hamas on Friday.'), 'CONSULT', 'QAT');
  assert.equal(e?.mode, 'third-party');
  assert.ok(e && has(e.recipient, 'ISR') && has(e.recipient, 'HAMAS'));
  assert.ok(!eventTypes('Egyptian trucks carried food into Gaza.').includes('CONSULT'));
});

// Joint military operations are COOPERATE in PLOVER (CAMEO 062), not AID.
test('fighting alongside another force is military COOPERATE with it', () => {
  const e = findEvent(run('Wagner fighters fought alongside Malian troops near Kidal.'), 'COOPERATE', 'WAGNER');
  assert.ok(e);
  assert.ok(has(e.recipient, 'MLI'));
});

test('equipping a named army is AID; equipping a hospital with generators is not', () => {
  const e = findEvent(run('Turkey equipped the Somali army with drones.'), 'AID', 'TUR');
  assert.ok(e);
  assert.ok(has(e.recipient, 'SOM'));
  assert.ok(!eventTypes('Workers equipped the hospital with new generators.').includes('AID'));
});

test('revoking or tearing up an agreement with a party is SANCTION (withdraw)', () => {
  const e = findEvent(run('Niger revoked its military agreement with France on Thursday.'), 'SANCTION', 'NER');
  assert.equal(e?.mode, 'withdraw');
  assert.ok(e && has(e.recipient, 'FRA'));
  assert.ok(findEvent(run('Burkina Faso terminated its defence agreement with France.'), 'SANCTION', 'BFA'));
  assert.ok(!eventTypes('Colombia revoked the visa of a journalist.').includes('SANCTION'));
});

test('sealing a border is COERCE (restrict); sealing a deal stays AGREE', () => {
  const e = findEvent(run('Thailand sealed its border with Myanmar on Monday.'), 'COERCE', 'THA');
  assert.equal(e?.mode, 'restrict');
  assert.deepEqual(eventTypes('Israel and Hamas sealed a ceasefire deal.'), ['AGREE']);
});

test('downing an aircraft or ramming a vessel is ASSAULT against its owner', () => {
  const d = findEvent(run('Pakistan downed an Indian drone over Kashmir.'), 'ASSAULT', 'PAK');
  assert.ok(d && has(d.recipient, 'IND'));
  const r = findEvent(run('China rammed a Philippine vessel near the Second Thomas Shoal.'), 'ASSAULT', 'CHN');
  assert.ok(r && has(r.recipient, 'PHL'));
});

test('putting forces on alert or combat readiness is MOBILIZE; putting books on a shelf is not', () => {
  assert.ok(findEvent(run('Serbia put its troops on combat readiness near the Kosovo border.'), 'MOBILIZE', 'SRB'));
  assert.ok(findEvent(run('Serbia placed its army on combat readiness.'), 'MOBILIZE', 'SRB'));
  assert.deepEqual(eventTypes('The teacher put the books on the shelf.'), []);
});

test('dissolving political parties is COERCE (ban); dissolving parliament for an election is not', () => {
  const e = findEvent(run("Niger's military government dissolved all political parties."), 'COERCE', 'NER');
  assert.equal(e?.mode, 'ban');
  assert.deepEqual(eventTypes("Britain's prime minister dissolved parliament ahead of the election."), []);
});

test('reopening an embassy or upgrading ties is SUPPORT; reopening a crossing stays RETREAT', () => {
  const e = findEvent(run('Ethiopia reopened its embassy in Mogadishu on Monday.'), 'SUPPORT', 'ETH');
  assert.ok(e && has(e.recipient, 'SOM'));
  const u = findEvent(run('Israel and Morocco upgraded their diplomatic ties.'), 'SUPPORT', 'ISR');
  assert.ok(u && has(u.recipient, 'MAR'));
  assert.ok(findEvent(run('Venezuela reinstated its ambassador to Colombia.'), 'SUPPORT', 'VEN'));
  const c = eventTypes('Kenya reopened the border crossing with Somalia.');
  assert.ok(c.includes('RETREAT') && !c.includes('SUPPORT'), c.join());
  assert.deepEqual(eventTypes('The company upgraded its software.'), []);
});

test('beefing up a military presence is MOBILIZE; reaching out to a state is CONSULT', () => {
  assert.ok(findEvent(run('Serbia beefed up its military presence along the Kosovo border.'), 'MOBILIZE', 'SRB'));
  const c = findEvent(run("Somalia's president reached out to Ethiopia on Monday."), 'CONSULT', 'SOM');
  assert.ok(c && has(c.recipient, 'ETH'));
});

test('flattening hideouts is ASSAULT (destroy)', () => {
  const e = findEvent(run("Pakistan's army flattened militant hideouts in North Waziristan."), 'ASSAULT', 'PAK');
  assert.equal(e?.mode, 'destroy');
});

test('an operation launched against someone is ASSAULT; a rescue operation is not', () => {
  assert.ok(findEvent(run('Haitian police launched an operation against gangs in Port-au-Prince.'), 'ASSAULT', 'HTI'));
  assert.deepEqual(eventTypes('Haitian police launched an operation to rescue the kidnapped missionaries.'), []);
});

test('kick off is a support verb: kicking off drills or talks codes the noun', () => {
  assert.ok(findEvent(run('South Korea and the United States kicked off joint military drills.'), 'COOPERATE', 'KOR'));
  const t = findEvent(run('Colombia and the ELN kicked off a new round of talks in Caracas.'), 'CONSULT', 'COL');
  assert.ok(t && has(t.recipient, 'ELN'));
});

test('scoffing at or shrugging off is REJECT; throwing one\'s weight behind is SUPPORT', () => {
  const s = findEvent(run("Venezuela scoffed at Guyana's claims to the Essequibo region."), 'REJECT', 'VEN');
  assert.ok(s && has(s.recipient, 'GUY'));
  assert.ok(findEvent(run('North Korea shrugged off the new sanctions.'), 'REJECT', 'PRK'));
  const w = findEvent(run('Kenya and Uganda threw their weight behind Somalia.'), 'SUPPORT', 'KEN');
  assert.ok(w && has(w.recipient, 'SOM'));
  assert.ok(findEvent(run("The United States threw its weight behind Kenya's bid."), 'SUPPORT', 'USA'));
});

test('hanging named people is an execution (ASSAULT)', () => {
  const e = findEvent(run('Pakistan hanged two Indian spies on Tuesday.'), 'ASSAULT', 'PAK');
  assert.equal(e?.mode, 'execute');
  assert.ok(e && has(e.recipient, 'IND'));
});

test('a force going on high alert is MOBILIZE; drafting recruits is MOBILIZE, drafting a text is not', () => {
  assert.ok(findEvent(run("Taiwan's military went on high alert after the drills began."), 'MOBILIZE', 'TWN'));
  assert.ok(findEvent(run('Somalia drafted thousands of new recruits.'), 'MOBILIZE', 'SOM'));
  assert.deepEqual(eventTypes('Somalia drafted a new constitution.'), []);
});

test('sinking a vessel is ASSAULT; an economy sinking is not', () => {
  const e = findEvent(run('Ukraine sank a Russian warship in the Black Sea.'), 'ASSAULT', 'UKR');
  assert.ok(e && has(e.recipient, 'RUS'));
  assert.deepEqual(eventTypes("Russia's economy sank into recession."), []);
});

test('breaching networks is COERCE (cyber); breaching a ceasefire is not cyber', () => {
  const e = findEvent(run("Chinese hackers breached Taiwan's government networks."), 'COERCE', 'CHN');
  assert.equal(e?.mode, 'cyber');
  assert.ok(e && has(e.recipient, 'TWN'));
  assert.ok(!events(run('Russia breached the ceasefire on Friday.')).some((x) => x.mode === 'cyber'));
});

test('ink and embark on are support verbs for agreement and talk nouns', () => {
  const d = findEvent(run("Colombia's government and the ELN inked a ceasefire deal in Havana."), 'AGREE', 'COL');
  assert.ok(d && has(d.recipient, 'ELN'));
  const t = findEvent(run('Colombia and the ELN embarked on a new round of talks.'), 'CONSULT', 'COL');
  assert.ok(t && has(t.recipient, 'ELN'));
});

test('onslaught and shootout are ASSAULT nouns, clampdown a COERCE noun', () => {
  assert.ok(findEvent(run("Myanmar's army mounted an onslaught on Karen positions."), 'ASSAULT', 'MMR'));
  const s = findEvent(run('Colombian police and ELN rebels engaged in a shootout near Cucuta.'), 'ASSAULT', 'COL');
  assert.equal(s?.mode, 'firearms');
  assert.ok(s && has(s.recipient, 'ELN'));
  assert.ok(findEvent(run("Myanmar's junta launched a clampdown on dissent."), 'COERCE', 'MMR'));
});

test('economic and troop contributions: bail out, write off debt, contribute troops, dispatch relief are AID', () => {
  const b = findEvent(run("Saudi Arabia bailed out Pakistan's economy."), 'AID', 'SAU');
  assert.ok(b && has(b.recipient, 'PAK'));
  const w = findEvent(run("China wrote off Zambia's debt on Friday."), 'AID', 'CHN');
  assert.ok(w && has(w.recipient, 'ZMB'));
  const d = findEvent(run('India dispatched relief supplies to Myanmar after the earthquake.'), 'AID', 'IND');
  assert.ok(d && has(d.recipient, 'MMR'));
  assert.ok(findEvent(run('Rwanda contributed troops to the peacekeeping mission in South Sudan.'), 'AID', 'RWA'));
  assert.deepEqual(eventTypes('Rwanda contributed to the debate.'), []);
  assert.ok(!eventTypes('India dispatched troops to Ladakh.').includes('AID'));
});

test('sanctions and tariffs lifted are a RETREAT; lifting them announced for later is a CONCEDE', () => {
  const done = findEvent(run('Britain lifted sanctions on Syria\'s central bank on Thursday, the Treasury said.'), 'RETREAT', 'GBR');
  assert.ok(done && has(done.recipient, 'SYR'), JSON.stringify(done?.recipient));
  const cut = eventTypes('Beijing cut its tariffs on Australian barley on Friday after a three-year dispute.');
  assert.ok(cut.includes('RETREAT') && !cut.includes('CONCEDE'), cut.join(','));
  const later = run('Washington will suspend sanctions on Venezuela\'s oil sector from next month, a U.S. official said.');
  assert.ok(findEvent(later, 'CONCEDE', 'USA'), JSON.stringify(events(later).map((e) => e.event)));
  assert.ok(!findEvent(later, 'RETREAT'));
});

test('a truce announced is a CONCEDE, whatever modifies it; one in effect a RETREAT', () => {
  assert.ok(findEvent(run('The RSF announced a unilateral three-day humanitarian truce on Friday.'), 'CONCEDE', 'RSF'));
  assert.ok(findEvent(run('The ELN announced a 72-hour electoral ceasefire on Sunday.'), 'CONCEDE', 'ELN'));
  const fx = eventTypes('A ceasefire between Thailand and Cambodia took effect at midnight on Monday.');
  assert.ok(fx.includes('RETREAT') && !fx.includes('CONCEDE'), fx.join(','));
});
