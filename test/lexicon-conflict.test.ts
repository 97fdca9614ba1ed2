/**
 * Conflict-type triggers added in data/lexicon/events.json (ASSAULT, COERCE, MOBILIZE,
 * THREATEN, PROTEST): each entry fires on wire-style copy, and its restricted senses stay silent
 * on ordinary English.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, eventTypes, expectEvent, lacksEvent } from './helpers.js';

test('ASSAULT: lobbed grenades, onslaughts, downed drones, sunk warships', () => {
  const lob = findEvent(run('Pakistani militants lobbed grenades at a police post in Srinagar.'), 'ASSAULT', 'PAK');
  assert.ok(lob, 'lobbing grenades');
  assert.ok(findEvent(run('Al-Shabaab launched an onslaught on Mogadishu.'), 'ASSAULT', 'AL_SHABAAB'));
  const downed = findEvent(run('Ukraine downed a Russian drone over Kyiv.'), 'ASSAULT', 'UKR');
  assert.ok(downed);
  assert.ok(has(downed.recipient, 'RUS'));
  assert.ok(findEvent(run('Ukraine sank a Russian warship in the Black Sea.'), 'ASSAULT', 'UKR'));
  assert.ok(findEvent(run('Iran hanged a protester on Thursday.'), 'ASSAULT', 'IRN'));
  assert.ok(findEvent(run('The Taliban publicly flogged two men in Kabul.'), 'ASSAULT'));
});

test('ASSAULT: the object decides for sink, down, hang and lob', () => {
  assert.deepEqual(eventTypes('Shares in Tokyo sank on Friday.'), []);
  assert.deepEqual(eventTypes('Germany downed Italy in the final.'), []);
  assert.deepEqual(eventTypes('The Nigerian president hanged a portrait in the hall.'), []);
  assert.deepEqual(eventTypes('Kenyan lawmakers lobbed questions at the minister.'), []);
});

test('ASSAULT: ground forces rolling or pushing into territory, with forces as subject only', () => {
  const tanks = findEvent(run('Ethiopian tanks rolled into Mekelle on Sunday.'), 'ASSAULT', 'ETH');
  assert.ok(tanks);
  assert.ok(findEvent(run('Azerbaijani troops pushed deeper into Nagorno-Karabakh.'), 'ASSAULT', 'AZE'));
  assert.deepEqual(eventTypes("Britain's economy was pushed into recession."), []);
  assert.deepEqual(eventTypes('Shares advanced on strong earnings.'), []);
  const slam = eventTypes('A Russian missile slammed into a shopping mall in Kremenchuk.');
  assert.ok(slam.includes('ASSAULT'), slam.join());
});

test('COERCE: repressing protests, boarding or intercepting vessels, forcing down planes', () => {
  assert.ok(findEvent(run("Myanmar's junta crushed the protests in Yangon."), 'COERCE', 'MMR'));
  assert.ok(findEvent(run('Israeli forces intercepted the flotilla off Gaza.'), 'COERCE', 'ISR'));
  assert.ok(findEvent(run('Belarus forced down a Ryanair plane.'), 'COERCE', 'BLR'));
  assert.ok(findEvent(run('Iran jammed GPS signals in the Gulf.'), 'COERCE', 'IRN'));
  assert.deepEqual(eventTypes('The Kenyan team crushed Uganda 4-0 on Sunday.'), []);
  assert.deepEqual(eventTypes('Japan boarded a flight to Seoul.'), []);
});

test('MOBILIZE: dispatching warships, building up forces, weapons tests, drills', () => {
  assert.ok(findEvent(run('Russia dispatched warships to the Mediterranean.'), 'MOBILIZE', 'RUS'));
  assert.ok(findEvent(run('Russia built up forces near the Ukrainian border.'), 'MOBILIZE', 'RUS'));
  assert.ok(findEvent(run('North Korea tested a ballistic missile on Friday.'), 'MOBILIZE', 'PRK'));
  assert.ok(findEvent(run('China staged military drills around Taiwan.'), 'MOBILIZE', 'CHN'));
  assert.deepEqual(eventTypes('Iran tested the patience of Washington.'), []);
  assert.deepEqual(eventTypes('Kenya will bolster its economy.'), []);
});

test('THREATEN: vows of revenge, warnings sent or delivered, consequences', () => {
  assert.ok(findEvent(run('Hezbollah pledged revenge for the killing.'), 'THREATEN', 'HEZBOLLAH'));
  const warning = findEvent(run('The United States sent a stern warning to North Korea.'), 'THREATEN', 'USA');
  assert.ok(warning);
  assert.ok(has(warning.recipient, 'PRK'));
  assert.ok(!eventTypes('The United States sent a stern warning to North Korea.').includes('AID'), 'a warning is no aid');
  assert.ok(findEvent(run('Israel delivered an ultimatum to Hamas.'), 'THREATEN', 'ISR'));
  assert.ok(eventTypes('Germany delivered tanks to Ukraine.').includes('AID'), 'delivering tanks stays AID');
});

test('PROTEST: pouring into the streets, walking off the job, chanting protesters', () => {
  assert.ok(findEvent(run('Tens of thousands of Serbians poured into the streets of Belgrade.'), 'PROTEST', 'SRB'));
  assert.ok(findEvent(run('Argentine protesters chanted slogans against Milei.'), 'PROTEST', 'ARG'));
  assert.ok(findEvent(run('South Korean doctors walked off the job on Tuesday.'), 'PROTEST', 'KOR'));
});

test('PROTEST: protesters blocking other public ways; chanting crowds at a match are nothing', () => {
  assert.ok(findEvent(run('Bolivian protesters blocked the main square in La Paz.'), 'PROTEST', 'BOL'));
  assert.deepEqual(eventTypes('The Kenyan crowd chanted the name of the striker.'), []);
  assert.ok(!eventTypes('Kenyan farmers struck a deal with the government.').includes('PROTEST'), 'striking a deal is no labour strike');
});

test('COERCE: stripping citizenship, muzzling or silencing critics', () => {
  assert.ok(findEvent(run('Belarus stripped exiled opponents of their citizenship.'), 'COERCE', 'BLR'));
  assert.ok(findEvent(run('Russia muzzled the independent press.'), 'COERCE', 'RUS'));
  assert.ok(findEvent(run('Iran silenced its critics.'), 'COERCE', 'IRN'));
  assert.deepEqual(eventTypes('Kenya stripped the old paint from the walls.'), []);
});

test('ASSAULT: a bomb that explodes is kept without a named perpetrator; a stock that explodes is nothing', () => {
  const e = findEvent(run('A bomb exploded near a market in Mogadishu.'), 'ASSAULT');
  assert.ok(e);
  assert.ok(has(e.recipient, 'SOM'), 'the place gives the target');
  assert.deepEqual(eventTypes('The stock exploded in value.'), []);
  assert.ok(findEvent(run('Fulani gunmen went on a rampage in a village in Plateau state.'), 'ASSAULT'));
});

test('support verbs: embarking on a strike, kicking off drills', () => {
  assert.ok(findEvent(run('Kenyan doctors embarked on a nationwide strike.'), 'PROTEST', 'KEN'));
  assert.ok(findEvent(run('South Korea kicked off drills near the border.'), 'MOBILIZE', 'KOR'));
});

test('MOBILIZE: warships sailed through contested waters; a weapons test is no attack', () => {
  assert.ok(findEvent(run("China's navy sailed an aircraft carrier through the Taiwan Strait."), 'MOBILIZE', 'CHN'));
  assert.ok(findEvent(run('Russian warships sailed near the Japanese island of Hokkaido.'), 'MOBILIZE', 'RUS'));
  assert.deepEqual(eventTypes('The Japanese ferry sailed to Busan.'), []);
  const t = eventTypes('Kim Jong Un oversaw a test of a new solid-fuel missile.');
  assert.ok(t.includes('MOBILIZE') && !t.includes('ASSAULT'), t.join());
});

test('PROTEST: labour strikes named by duration or kind are no ASSAULT', () => {
  const t = eventTypes('Nigerian unions began an indefinite strike on Monday.');
  assert.ok(t.includes('PROTEST') && !t.includes('ASSAULT'), t.join());
  assert.ok(findEvent(run('German unions staged a warning strike.'), 'PROTEST', 'DEU'));
  assert.ok(findEvent(run('Pakistani forces carried out a drone strike in Waziristan.'), 'ASSAULT', 'PAK'), 'a drone strike stays ASSAULT');
});

test('COERCE: hackers breaching or stealing; blocked corridors, cut utilities, blackouts', () => {
  const hack = findEvent(run('Chinese hackers breached the Philippine coast guard network.'), 'COERCE', 'CHN');
  assert.ok(hack);
  assert.equal(hack.mode, 'cyber');
  assert.ok(findEvent(run('Azerbaijan blocked the Lachin corridor.'), 'COERCE', 'AZE'));
  assert.ok(findEvent(run('Russia cut electricity to Transnistria.'), 'COERCE', 'RUS'));
  assert.deepEqual(eventTypes('The Fed cut interest rates.'), []);
  assert.ok(findEvent(run('Ethiopia imposed a communications blackout on Tigray.'), 'COERCE', 'ETH'));
  assert.ok(findEvent(run('The Taliban barred girls from secondary schools.'), 'COERCE', 'TALIBAN'));
  const farmers = eventTypes('Polish farmers blocked border crossings with Ukraine.');
  assert.ok(farmers.includes('PROTEST') && !farmers.includes('COERCE'), farmers.join());
});

test('event verbs wink mis-tags after their subject still fire (tagger repair)', () => {
  const retook = findEvent(run("Myanmar's army retook the town of Lashio from ethnic rebels on Saturday."), 'ASSAULT', 'MMR');
  assert.ok(retook, 'taking a town is ASSAULT');
  assert.ok(findEvent(run('Azerbaijani forces retook the town of Lachin from Armenian separatists.'), 'ASSAULT', 'AZE'));
  assert.ok(findEvent(run('The Houthis blockaded the port of Hodeidah.'), 'COERCE', 'HOUTHIS'));
  const free = findEvent(run('Hamas will free 33 Israeli hostages in the first phase.'), 'RETREAT', 'HAMAS');
  assert.ok(free);
  assert.equal(free!.future, true);
  assert.ok(findEvent(run('North Korea test-fired a ballistic missile into the Sea of Japan.'), 'MOBILIZE', 'PRK'));
  assert.ok(findEvent(run('The European Union re-imposed sanctions on Iran.'), 'SANCTION', 'EU'));
});

test('a strike staged or begun by a union or workers is a protest; one carried out by a state is an attack', () => {
  expectEvent('Doctors in Nigeria began a strike on Monday over unpaid salaries.', 'PROTEST', 'NGA');
  lacksEvent('Doctors in Nigeria began a strike on Monday over unpaid salaries.', 'ASSAULT');
  expectEvent("South Africa's largest mining union staged a strike at three platinum mines.", 'PROTEST', 'ZAF');
  expectEvent('Pakistan carried out a strike on militant hideouts in Khost province.', 'ASSAULT', 'PAK');
});

test('a warning threatens when its clause has the warner\'s own side act, or is aimed at somebody; a forecast does not', () => {
  expectEvent('Al-Shabaab leader Ahmed Diriye warned on Friday that the group would attack any base hosting foreign troops.', 'THREATEN', 'AL_SHABAAB');
  expectEvent('Seoul warned Pyongyang that any provocation would be met with an overwhelming response.', 'THREATEN', 'KOR', 'PRK');
  expectEvent('Tehran warned that any attack on its nuclear sites would be treated as an act of war.', 'THREATEN', 'IRN');
  lacksEvent('Guterres warned on Tuesday that famine was spreading across South Sudan.', 'THREATEN');
  lacksEvent('Zelenskiy spoke to reporters in Kyiv, warning that Moscow was preparing a new offensive in the north.', 'THREATEN');
});

test('a warning about the warner\'s own plight is no threat', () => {
  lacksEvent('The U.N. refugee agency, UNHCR, warned that it faced a funding gap of $200 million in Chad.', 'THREATEN');
});

test('a court ordering a party to act demands it; ordering diplomats out expels them', () => {
  expectEvent('The International Court of Justice ordered Russia on Wednesday to suspend its military operations in Ukraine.', 'REQUEST', 'ICJ', 'RUS');
  expectEvent('Islamabad ordered an Indian embassy official out within 24 hours.', 'SANCTION', 'PAK', 'IND');
  // A leader ordering his own forces is no demand on anyone.
  lacksEvent('Putin ordered Russian forces to hold their positions.', 'REQUEST');
});
