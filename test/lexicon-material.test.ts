/** Coverage of wire vocabulary for AID, COOPERATE, RETREAT, CONCEDE and SANCTION (data/lexicon/events.json). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, eventTypes } from './helpers.js';

test('AID: credit lines, loan tranches, food distributions, arms sales, equipping forces', () => {
  const credit = findEvent(run('India extended a $500 million credit line to the Maldives on Friday.'), 'AID', 'IND');
  assert.ok(credit);
  assert.ok(has(credit.recipient, 'MDV'));
  const tranche = findEvent(run('The IMF released a $1.2 billion tranche of its loan to Egypt.'), 'AID', 'IMF');
  assert.ok(tranche, 'a released tranche is aid');
  assert.ok(!eventTypes('The IMF released a $1.2 billion tranche of its loan to Egypt.').includes('RETREAT'));
  const food = findEvent(run('The World Food Programme distributed food to displaced families in Haiti.'), 'AID', 'WFP');
  assert.ok(food);
  const arms = findEvent(run('Washington sold Patriot missiles to Poland.'), 'AID', 'USA');
  assert.ok(arms);
  assert.ok(has(arms.recipient, 'POL'));
  const equip = findEvent(run('Britain will equip Somali forces with armoured vehicles.'), 'AID', 'GBR');
  assert.ok(equip);
});

test('AID: restricted senses do not fire on ordinary objects', () => {
  assert.ok(!eventTypes('The army released a statement on Monday.').includes('AID'));
  assert.ok(!eventTypes('The Colombian government distributed leaflets in Cali.').includes('AID'));
  assert.ok(!eventTypes('Kenya extended the deadline for voter registration.').includes('AID'));
});

test('COOPERATE: joint investigations, handing over suspects, strengthening ties', () => {
  const probe = findEvent(run('India and Bangladesh launched a joint investigation into the border killings.'), 'COOPERATE');
  assert.ok(probe);
  assert.ok(has(probe.actor, 'IND') || has(probe.recipient, 'IND'));
  const suspect = findEvent(run('Pakistan handed over the suspect to Afghan authorities.'), 'COOPERATE', 'PAK');
  assert.ok(suspect);
  const ties = findEvent(run('India and Japan will strengthen ties, Modi said.'), 'COOPERATE');
  assert.ok(ties);
  assert.ok(!eventTypes('Pyongyang handed over the prisoners to Seoul.').includes('COOPERATE'));
});

test('RETREAT: abandoned positions, falling back, standing down, easing a siege', () => {
  assert.ok(findEvent(run('Al-Shabaab fighters abandoned their positions in the town.'), 'RETREAT', 'AL_SHABAAB'));
  const fell = findEvent(run('Armenian forces fell back from the village.'), 'RETREAT', 'ARM');
  assert.equal(fell?.mode, 'withdraw');
  assert.ok(findEvent(run('Ethiopian troops stood down after the truce.'), 'RETREAT', 'ETH'));
  const siege = findEvent(run('Israel eased the blockade of Gaza.'), 'RETREAT', 'ISR');
  assert.ok(siege, 'easing a blockade is material, not a CONCEDE');
  assert.ok(!eventTypes('Prices will fall back later this year.').includes('RETREAT'));
});

test('CONCEDE: delayed tariffs, backtracking, renouncing violence, delisting', () => {
  const delay = findEvent(run('Washington delayed the tariffs on Mexican goods by a month.'), 'CONCEDE', 'USA');
  assert.ok(delay);
  assert.ok(has(delay.recipient, 'MEX'));
  assert.ok(findEvent(run('The Houthis backtracked on their demand for payment.'), 'CONCEDE', 'HOUTHIS'));
  assert.ok(findEvent(run('Hamas renounced violence in the statement.'), 'CONCEDE', 'HAMAS'));
  assert.ok(findEvent(run('The U.S. Treasury delisted three Venezuelan officials.'), 'CONCEDE'));
  assert.ok(!eventTypes('Kenya delayed the vote by a week.').includes('CONCEDE'));
});

test('SANCTION: trade bans and curbs, aid cuts, terminated deals, duties', () => {
  const ban = findEvent(run('Washington banned imports of Russian oil.'), 'SANCTION', 'USA');
  assert.ok(ban);
  assert.ok(has(ban.recipient, 'RUS'));
  const curb = findEvent(run('Beijing curbed exports of rare earths to Japan.'), 'SANCTION', 'CHN');
  assert.ok(has(curb?.recipient ?? [], 'JPN'));
  assert.ok(findEvent(run('Russia terminated the grain deal with Ukraine.'), 'SANCTION', 'RUS'));
  const duty = findEvent(run('Washington imposed anti-dumping duties on Chinese steel.'), 'SANCTION', 'USA');
  assert.ok(has(duty?.recipient ?? [], 'CHN'));
  assert.ok(findEvent(run('Washington slashed aid to Guatemala.'), 'SANCTION', 'USA'));
  assert.ok(!eventTypes('Police banned the march in Nairobi.').includes('SANCTION'));
});

test('AID: rushing supplies and channelling weapons', () => {
  const rush = findEvent(run('Jordan rushed medical supplies to Gaza on Monday.'), 'AID', 'JOR');
  assert.ok(rush);
  const chan = findEvent(run('Iran channelled weapons to the Houthis, U.S. officials said.'), 'AID', 'IRN');
  assert.ok(has(chan?.recipient ?? [], 'HOUTHIS'));
  assert.ok(!eventTypes('The Nigerian minister flew to Abuja on Monday.').includes('AID'));
});

test('RETREAT: calling off offensives, drawdowns, forces leaving, returned bodies', () => {
  assert.equal(findEvent(run('Russia called off its offensive near Kharkiv.'), 'RETREAT', 'RUS')?.mode, 'ceasefire');
  assert.ok(!eventTypes('Russia called off its offensive near Kharkiv.').includes('REJECT'));
  assert.ok(findEvent(run('Washington will draw down troops in Syria.'), 'RETREAT', 'USA'));
  const left = findEvent(run('The last French troops left Niger on Friday.'), 'RETREAT', 'FRA');
  assert.equal(left?.mode, 'withdraw');
  assert.equal(findEvent(run('Azerbaijan gave back the bodies of Armenian soldiers.'), 'RETREAT', 'AZE')?.mode, 'return');
  assert.ok(!eventTypes('The Bolivian president left La Paz on Monday.').includes('RETREAT'));
});

test('RETREAT, CONCEDE, SANCTION and COERCE: halved tariffs, blocked imports, withdrawn ambassadors, closed airspace', () => {
  // Tariffs halved are carried out (RETREAT); to be halved, only announced (CONCEDE).
  assert.ok(findEvent(run('Washington halved tariffs on Indian goods.'), 'RETREAT', 'USA'));
  assert.ok(findEvent(run('Washington will halve tariffs on Indian goods from March.'), 'CONCEDE', 'USA'));
  const block = findEvent(run('China blocked imports of Australian coal.'), 'SANCTION', 'CHN');
  assert.ok(has(block?.recipient ?? [], 'AUS'));
  const amb = eventTypes('Kyrgyzstan withdrew its ambassador from Tajikistan.');
  assert.ok(amb.includes('SANCTION') && !amb.includes('RETREAT'), amb.join());
  // Closing airspace is a restriction (COERCE), as closing a border is.
  const air = findEvent(run('Canada closed its airspace to Russian aircraft.'), 'COERCE', 'CAN');
  assert.ok(has(air?.recipient ?? [], 'RUS'));
  const talks = eventTypes('Turkey cancelled talks with Greece.');
  assert.ok(!talks.includes('SANCTION'), talks.join());
});

test('event nouns whose "of" complement decides the type', () => {
  const arms = findEvent(run('Germany resumed deliveries of weapons to Israel.'), 'AID', 'DEU');
  assert.ok(has(arms?.recipient ?? [], 'ISR'));
  assert.ok(!eventTypes('The delivery of the mail to Lagos was delayed.').includes('AID'));
  const tariffs = findEvent(run('Beijing announced the suspension of tariffs on U.S. soybeans.'), 'CONCEDE', 'CHN');
  assert.ok(tariffs, 'suspended tariffs are eased, not a sanction');
  assert.ok(!eventTypes('Beijing announced the suspension of tariffs on U.S. soybeans.').includes('SANCTION'));
  const ops = findEvent(run('The Tatmadaw announced a suspension of military operations in Rakhine.'), 'RETREAT');
  assert.equal(ops?.mode, 'ceasefire');
  assert.ok(findEvent(run('Japan imposed export curbs on South Korea.'), 'SANCTION', 'JPN'));
});

test('withdrawn funding is a SANCTION without a spurious AID; withdrawn troops stay RETREAT', () => {
  const funds = events(run('Washington pulled funding from the WHO.'));
  assert.ok(funds.some((e) => e.event === 'SANCTION' && has(e.actor, 'USA') && has(e.recipient, 'WHO')));
  assert.ok(!funds.some((e) => e.event === 'AID'), funds.map((e) => e.event).join());
  const w = events(run('Washington withdrew aid from Niger.'));
  assert.ok(w.some((e) => e.event === 'SANCTION') && !w.some((e) => e.event === 'RETREAT'));
  assert.equal(findEvent(run('Ukraine withdrew troops from Bakhmut.'), 'RETREAT', 'UKR')?.mode, 'withdraw');
  assert.ok(findEvent(run('Chad withdrew its peacekeepers from the UN mission in Mali.'), 'SANCTION', 'TCD'));
});

test('RETREAT/disarm and CONCEDE: disbanded militias, shelved plans', () => {
  assert.equal(findEvent(run('The Iraqi government disbanded the militia.'), 'RETREAT', 'IRQ')?.mode, 'disarm');
  assert.ok(findEvent(run('Serbia shelved plans to annex the district.'), 'CONCEDE', 'SRB'));
  assert.ok(!eventTypes('The Nairobi chess club disbanded last year.').includes('RETREAT'));
});

test('support verbs from data/lexicon/support.json carry aid nouns', () => {
  const convoy = findEvent(run('Kenya dispatched an aid convoy to Somalia.'), 'AID', 'KEN');
  assert.ok(has(convoy?.recipient ?? [], 'SOM'));
  assert.ok(findEvent(run('The EU earmarked humanitarian aid for Sudan.'), 'AID', 'EU'));
});

test('halted imports, price caps, safe passage, unbanned parties', () => {
  const imports = findEvent(run('China halted imports of Japanese seafood.'), 'SANCTION', 'CHN');
  assert.ok(has(imports?.recipient ?? [], 'JPN'));
  assert.ok(findEvent(run('The G7 imposed a price cap on Russian oil.'), 'SANCTION', 'G7'));
  assert.equal(findEvent(run('Israel granted safe passage to the convoy.'), 'RETREAT', 'ISR')?.mode, 'access');
  assert.ok(findEvent(run('Pakistan unbanned the Tehreek-e-Labbaik party.'), 'CONCEDE', 'PAK'));
  assert.ok(!eventTypes('Brazil halted the vote count in Recife.').includes('SANCTION'));
});

test('AID: aid earmarked or allocated for a party; a state budget is no aid', () => {
  const e = findEvent(run('Japan earmarked $4.5 billion in assistance for Ukraine on Tuesday.'), 'AID', 'JPN');
  assert.ok(e && has(e.recipient, 'UKR'));
  const a = findEvent(run('Germany allocated 2 billion euros of military aid to Ukraine.'), 'AID', 'DEU');
  assert.ok(a && has(a.recipient, 'UKR'));
  const p = findEvent(run('The European Union earmarked a 50 million euro aid package for Sudan.'), 'AID', 'EU');
  assert.ok(p && has(p.recipient, 'SDN'));
  assert.equal(findEvent(run('Russia earmarked $100 billion for the military in its 2025 budget.'), 'AID'), undefined);
  assert.equal(findEvent(run('The Colombian government allocated seats in Congress to the former FARC rebels.'), 'AID'), undefined);
});

test('COOPERATE and AID: hands joined, resources pooled, field hospitals and convoys dispatched', () => {
  const j = findEvent(run('Egypt joined hands with Jordan to deliver aid to Gaza.'), 'COOPERATE', 'EGY');
  assert.ok(j && has(j.recipient, 'JOR'));
  const p = findEvent(run('Turkey and Qatar pooled resources to rebuild Gaza.'), 'COOPERATE', 'TUR');
  assert.ok(p && has(p.recipient, 'QAT'));
  const h = findEvent(run('The UAE dispatched a field hospital to Gaza on Sunday.'), 'AID', 'ARE');
  assert.ok(h && has(h.recipient, 'PSE'));
  const c = findEvent(run('Kenya dispatched a convoy of relief trucks to South Sudan.'), 'AID', 'KEN');
  assert.ok(c && has(c.recipient, 'SSD'));
  assert.equal(findEvent(run('Russia dispatched aircraft to Syria.'), 'AID'), undefined);
});
