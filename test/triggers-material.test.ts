/**
 * Material event triggers whose sense depends on the object, the clause or the subject
 * (data/lexicon/events.json), and the constructions that carry their actors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, eventTypes } from './helpers.js';

test('capturing a town is ASSAULT; seizing a ship or an airport stays COERCE', () => {
  const town = findEvent(run('Somali troops recaptured the town from al-Shabaab on Sunday.'), 'ASSAULT', 'SOM');
  assert.ok(town, 'recapture of a town');
  assert.ok(has(town.recipient, 'AL_SHABAAB'), 'the party it was taken from is the target');
  assert.ok(findEvent(run("Myanmar's army took full control of Lashio on Saturday after weeks of fighting."), 'ASSAULT', 'MMR'));
  assert.ok(findEvent(run('The Arakan Army overran a military base in Rakhine state.'), 'ASSAULT'));
  const ship = eventTypes('The Houthis seized a cargo ship in the Red Sea on Sunday.');
  assert.ok(ship.includes('COERCE') && !ship.includes('ASSAULT'), ship.join());
  const airport = eventTypes("M23 fighters seized Goma's airport on Tuesday.");
  assert.ok(airport.includes('COERCE') && !airport.includes('ASSAULT'), 'a possessor place is not the object');
});

test('a passive capture takes the place in its subject', () => {
  const e = findEvent(run('Goma was captured by M23 fighters on Tuesday.'), 'ASSAULT', 'M23');
  assert.ok(e);
  assert.ok(has(e.recipient, 'COD'));
});

test('pausing or suspending depends on what is paused', () => {
  const funding = findEvent(run('Germany paused funding for the U.N. agency on Friday.'), 'SANCTION', 'DEU');
  assert.ok(funding, 'pausing funding is SANCTION');
  assert.ok(findEvent(run('Washington suspended military aid to Kyiv.'), 'SANCTION', 'USA'));
  const tariffs = eventTypes('Colombia suspended its tariffs on Venezuelan goods for six months.');
  assert.deepEqual(tariffs, ['RETREAT']);
  const attacks = findEvent(run('Al-Shabaab would halt its attacks on Mogadishu if Kenyan troops left Somalia, a spokesman said.'), 'RETREAT', 'AL_SHABAAB');
  assert.ok(attacks, 'halting attacks is RETREAT');
});

test('lifting sanctions or a blockade is RETREAT; declaring a ceasefire or dropping an objection CONCEDE', () => {
  const s = findEvent(run('Japan lifted sanctions on South Korea on Tuesday.'), 'RETREAT', 'JPN');
  assert.ok(s);
  assert.ok(has(s.recipient, 'KOR'));
  assert.deepEqual(eventTypes('Israel lifted the blockade on Gaza.'), ['RETREAT']);
  assert.ok(findEvent(run('Pakistan declared a unilateral ceasefire in Kashmir on Friday.'), 'CONCEDE', 'PAK'));
  assert.ok(findEvent(run('Kenya dropped its objection to the deployment on Thursday.'), 'CONCEDE', 'KEN'));
});

test('an aspect verb lends its subject to the gerund', () => {
  const e = findEvent(run('Colombian troops began withdrawing from the border town of Cucuta on Monday.'), 'RETREAT', 'COL');
  assert.ok(e);
  const n = findEvent(run('Colombian troops have not begun withdrawing from the border town.'), 'RETREAT', 'COL');
  assert.equal(n?.negated, true);
});

test('mobilisation: a force placed on alert is the actor; moving divisions', () => {
  assert.ok(findEvent(run("South Korea's army has been placed on high alert, the defence ministry said."), 'MOBILIZE', 'KOR'));
  assert.ok(findEvent(run('North Korea moved two divisions to the border with South Korea.'), 'MOBILIZE', 'PRK'));
  assert.deepEqual(eventTypes('North Korea moved the summit to a later date.'), []);
});

test('aid: airdrops of food and paying off arrears, not dropping bombs', () => {
  const e = findEvent(run('Jordanian aircraft dropped 20 tonnes of food over Gaza on Monday.'), 'AID', 'JOR');
  assert.ok(e);
  assert.ok(has(e.recipient, 'PSE'));
  assert.ok(!eventTypes('Jordanian aircraft dropped bombs over the desert on Monday.').includes('AID'));
  const arrears = findEvent(run("Kuwait will pay off Somalia's debt to the IMF."), 'AID', 'KWT');
  assert.ok(arrears);
  assert.ok(has(arrears.recipient, 'SOM'));
});

test('coercion: revoking a licence, ordering residents to leave', () => {
  const r = findEvent(run('Kosovo revoked the licence of a Serbian broadcaster on Monday.'), 'COERCE', 'XKX');
  assert.ok(r);
  const o = findEvent(run('The Turkish army ordered residents of three villages in northern Syria to leave their homes.'), 'COERCE', 'TUR');
  assert.ok(o);
  assert.ok(has(o.recipient, 'SYR'));
  assert.ok(!eventTypes('The Turkish army ordered new drones from a domestic firm.').includes('COERCE'));
});

test('sanctions: terrorist designation, fees, approved packages', () => {
  const d = findEvent(run('The United States designated the Wagner Group as a terrorist organisation on Thursday.'), 'SANCTION', 'USA');
  assert.ok(d);
  assert.ok(has(d.recipient, 'WAGNER'));
  assert.ok(!eventTypes('Kenya designated a new envoy to the talks.').includes('SANCTION'));
  assert.ok(findEvent(run('The EU approved a new package of sanctions against Belarus on Monday.'), 'SANCTION', 'EU'));
});

test('cooperation: working together, joining a coalition', () => {
  const w = findEvent(run('Colombia and Ecuador will work together to fight drug trafficking.'), 'COOPERATE', 'COL');
  assert.ok(w);
  assert.ok(has(w.recipient, 'ECU'));
  const j = findEvent(run('Qatar joined the U.S.-led coalition against Islamic State in 2014.'), 'COOPERATE', 'QAT');
  assert.ok(j);
  assert.ok(has(j.recipient, 'USA'));
  // "join" stays a support verb where no coalition is joined: "joined the talks" is CONSULT.
  assert.ok(findEvent(run('Qatar joined the talks on Monday.'), 'CONSULT', 'QAT'));
});

test('protest: protesters gathering or blocking roads', () => {
  assert.ok(findEvent(run('Bangladeshi protesters blocked the main highway to Dhaka on Sunday.'), 'PROTEST', 'BGD'));
  assert.ok(!eventTypes('Bangladeshi police blocked the main highway to Dhaka on Sunday.').includes('PROTEST'));
  assert.ok(findEvent(run('Serbian protesters gathered outside parliament in Belgrade on Saturday.'), 'PROTEST', 'SRB'));
});

test('what both sides agreed would happen is the agreement, not an event of its own', () => {
  const t = eventTypes('Ethiopia and Eritrea agreed that both armies would halt attacks along the border.');
  assert.ok(!t.includes('RETREAT'), t.join());
});

test('a premodifier a few words before an event noun selects the longer sense', () => {
  const e = findEvent(run('China and Russia began joint naval drills in the Sea of Japan.'), 'COOPERATE', 'CHN');
  assert.ok(e, 'joint ... drills');
  assert.ok(has(e.recipient, 'RUS'));
  assert.ok(findEvent(run('Russia and Belarus began their joint Zapad-2025 military exercises on Friday.'), 'COOPERATE', 'RUS'));
  assert.ok(findEvent(run('China began naval drills in the Sea of Japan.'), 'MOBILIZE', 'CHN'));
});

test('halting the entry of goods is coercion', () => {
  const e = findEvent(run('Azerbaijan halted the entry of all goods into the region on Sunday.'), 'COERCE', 'AZE');
  assert.ok(e);
  assert.ok(!eventTypes('Azerbaijan halted the talks on Sunday.').includes('COERCE'));
});

test('an attack without a named perpetrator is kept without an actor', () => {
  const e = events(run('Drones struck the airport in Mogadishu on Sunday.')).find((x) => x.event === 'ASSAULT');
  assert.ok(e, 'a weapon as subject');
  assert.equal(e.actor.length, 0);
  assert.ok(has(e.recipient, 'SOM'));
  const p = events(run('Dozens of villagers were killed in Mali on Monday.')).filter((x) => x.event === 'ASSAULT');
  assert.equal(p.length, 1, 'a passive with no agent');
  assert.equal(p[0]!.actor.length, 0);
  // With an attributed attack in the sentence, the unattributed one is the same attack.
  const both = events(run('Two soldiers were wounded when a Malian drone struck their convoy.')).filter((x) => x.event === 'ASSAULT');
  assert.equal(both.length, 1);
  assert.ok(has(both[0]!.actor, 'MLI'));
  // Subjects that are not weapons keep the old rule: no actor, no event.
  assert.ok(!events(run('The convoy was attacked by unknown men near Gao.')).some((x) => x.event === 'ASSAULT' && x.actor.length === 0));
});

test('protesters attacking or storming buildings is a violent protest, not military force', () => {
  const r = run('Protesters in Belgrade stormed and set fire to the city hall on Friday.');
  const e = findEvent(r, 'PROTEST', 'SRB');
  assert.ok(e);
  assert.equal(e.mode, 'riot');
  assert.ok(!events(r).some((x) => x.event === 'ASSAULT'));
  assert.ok(findEvent(run('Serbian police stormed the city hall in Belgrade on Friday.'), 'ASSAULT', 'SRB'));
});

test('a place after "in the square of" locates a rally', () => {
  const e = findEvent(run('Hundreds of people rallied in the main square of Mogadishu on Saturday.'), 'PROTEST', 'SOM');
  assert.ok(e);
});

test('forces entering a town is COERCE', () => {
  const e = findEvent(run('Kenyan troops entered Kismayo on Sunday.'), 'COERCE', 'KEN');
  assert.ok(e);
  assert.ok(has(e.recipient, 'SOM'));
  assert.ok(!eventTypes('Kenyan troops entered talks with the rebels on Sunday.').includes('COERCE'));
});

test('tagging slips: a noun-tagged phrasal verb, a quoted modifier, a participle in a name', () => {
  assert.ok(findEvent(run('Pakistani jets shot down two Indian drones overnight.'), 'ASSAULT', 'PAK'));
  const q = findEvent(run('Pakistan\'s army said it had launched "limited and precise" ground raids against Taliban positions.'), 'ASSAULT', 'PAK');
  assert.ok(q, 'support verb across a quoted modifier');
  assert.ok(has(q.recipient, 'TALIBAN'));
  assert.ok(findEvent(run('The Houthis said they had sunk the Panama-flagged Nova after attacking it with drones.'), 'ASSAULT', 'HOUTHIS'));
});

test('raiding offices is coercion; a withdrawal takes its place as beneficiary', () => {
  const r = run('Taliban fighters raided the offices of a Kabul newspaper on Sunday.');
  assert.ok(findEvent(r, 'COERCE', 'TALIBAN'));
  assert.ok(!events(r).some((x) => x.event === 'ASSAULT'));
  assert.ok(findEvent(run('Taliban fighters raided an army checkpoint on Sunday.'), 'ASSAULT', 'TALIBAN'));
  const w = findEvent(run('Russia will pull back its forces in northern Ukraine within a month.'), 'RETREAT', 'RUS');
  assert.ok(w);
  assert.ok(has(w.recipient, 'UKR'));
});

test('what was agreed to happen later is no event of its own', () => {
  const t = eventTypes('Kenya and Somalia agreed in a phone call on Monday that both armies would halt attacks near the border.');
  assert.ok(!t.includes('RETREAT'), t.join());
});

test('approving a loan is aid, exchanging prisoners a release, ordering a mission out an expulsion', () => {
  const a = findEvent(run('The IMF approved a $3 billion loan for Egypt on Friday.'), 'AID', 'IMF');
  assert.ok(a);
  assert.ok(has(a.recipient, 'EGY'));
  assert.ok(findEvent(run('Mali approved the peace deal.'), 'AGREE', 'MLI'), 'approving a deal stays AGREE');
  // A body approving a plan of its own agrees with nobody.
  assert.ok(!findEvent(run('The security cabinet approved a plan to expand the offensive.'), 'AGREE'));
  // A plan someone else put forward is a proposal: approving it agrees with its author.
  const p = findEvent(run('Kinshasa has approved a plan that Qatar put forward for a ceasefire with M23, officials said.'), 'AGREE', 'COD');
  assert.ok(p && has(p.recipient, 'QAT'), JSON.stringify(p?.recipient));
  const x = findEvent(run('Ukraine and Russia exchanged 95 prisoners of war on Friday.'), 'RETREAT', 'UKR');
  assert.ok(x);
  assert.equal(x.mode, 'release');
  assert.ok(has(x.recipient, 'RUS'));
  assert.ok(findEvent(run('Israel and Hamas exchanged fire on Friday.'), 'ASSAULT', 'ISR'));
  const o = findEvent(run('Mali ordered the U.N. mission to leave the country.'), 'SANCTION', 'MLI');
  assert.ok(o);
  assert.ok(has(o.recipient, 'UN'));
});

test('what a condition names is no event; the consequence is hypothetical', () => {
  const r = run('Kenya would withdraw its troops from Somalia only if al-Shabaab released the hostages, an official said.');
  const w = findEvent(r, 'RETREAT', 'KEN');
  assert.ok(w, 'the consequence');
  assert.equal(w.hypothetical, true);
  assert.ok(!findEvent(r, 'RETREAT', 'AL_SHABAAB'), 'the condition');
  // "as if" is a comparison, not a condition.
  assert.ok(findEvent(run('Serbia lifted sanctions on Kosovo as if nothing had happened.'), 'RETREAT', 'SRB'));
});

test('ending a state of emergency or halting an offensive', () => {
  assert.ok(findEvent(run('Ethiopia ended the state of emergency in Amhara.'), 'CONCEDE', 'ETH'));
  const h = findEvent(run("Congo's army halted its offensive against M23."), 'RETREAT', 'COD');
  assert.ok(h);
  assert.ok(has(h.recipient, 'M23'));
});

test('an event noun tagged as an adjective still fires; warships sent are a show of force', () => {
  const o = findEvent(run('Russian forces launched a major offensive in the Kharkiv region on Friday.'), 'ASSAULT', 'RUS');
  assert.ok(o);
  assert.ok(has(o.recipient, 'UKR'));
  assert.ok(!events(run('Ukraine needs offensive weapons.')).some((x) => x.event === 'ASSAULT'));
  assert.ok(findEvent(run('The United States sent two aircraft carriers to the eastern Mediterranean.'), 'MOBILIZE', 'USA'));
  const b = findEvent(run('Venezuela closed its border with Colombia.'), 'COERCE', 'VEN');
  assert.ok(b);
  assert.ok(has(b.recipient, 'COL'));
  assert.ok(findEvent(run('Saudi Arabia deposited $1 billion in Yemen\'s central bank.'), 'AID', 'SAU'));
});

test('an event noun inside what someone is accused of is the accusation\'s content', () => {
  const r = run('Kyiv accused Minsk of helping Russia to continue its offensive.');
  assert.ok(findEvent(r, 'ACCUSE'));
  assert.ok(!events(r).some((x) => x.event === 'ASSAULT'), events(r).map((x) => x.event).join());
});

test('reopening a crossing, shutting down outlets, granting an amnesty', () => {
  const c = findEvent(run('Egypt reopened the Rafah crossing on Monday.'), 'RETREAT', 'EGY');
  assert.ok(c);
  assert.equal(c.mode, 'access');
  assert.ok(findEvent(run('Ethiopia shut down the offices of two opposition parties.'), 'COERCE', 'ETH'));
  assert.ok(findEvent(run("Myanmar's junta granted an amnesty to 5,000 prisoners."), 'CONCEDE', 'MMR'));
  assert.deepEqual(eventTypes('The court granted the request.'), []);
});

test('giving money, leaving talks, export restrictions', () => {
  const g = findEvent(run('Germany gave Ukraine $500 million in military aid.'), 'AID', 'DEU');
  assert.ok(g, 'an indirect object then an amount');
  assert.ok(has(g.recipient, 'UKR'));
  assert.ok(findEvent(run('Biden gave his support to the plan.'), 'SUPPORT'), '"give support" stays a support verb');
  const p = eventTypes('Hamas pulled out of the ceasefire talks on Friday.');
  assert.ok(p.includes('SANCTION') && !p.includes('RETREAT'), p.join());
  assert.ok(findEvent(run('Russian troops withdrew from Kherson.'), 'RETREAT', 'RUS'));
  assert.ok(findEvent(run('Japan imposed export restrictions on South Korea.'), 'SANCTION', 'JPN'));
});

test('a vehicle carrying aid: the state that qualifies it gives, the place it lands receives', () => {
  const e = findEvent(run('A Turkish ship carrying food and medicine docked in Port Sudan.'), 'AID', 'TUR');
  assert.ok(e);
  assert.ok(has(e.recipient, 'SDN'));
  assert.ok(!eventTypes('Hamas fighters carrying rifles entered the town.').includes('AID'));
  // A route ("through") is a weaker location than the destination ("into").
  const t = events(run('Egyptian aid trucks crossed into Gaza through Kerem Shalom on Tuesday, carrying food for 5,000 people.')).filter((x) => x.event === 'AID');
  assert.ok(t.length > 0 && t.every((x) => has(x.recipient, 'PSE')), JSON.stringify(t.map((x) => x.recipient.map((r) => r.id))));
});

test('a decree doing something: its signer does it', () => {
  const e = findEvent(run('Erdogan signed a decree calling up 50,000 reservists on Monday.'), 'MOBILIZE');
  assert.ok(e);
  assert.ok(has(e.actor, 'TUR') || has(e.actor, 'recep-tayyip-erdogan'));
  // Not any noun: "a man calling up his friends" does not lend the clause subject.
  assert.ok(!events(run('Police arrested a man calling up his friends.')).some((x) => x.event === 'MOBILIZE' && x.actor.length > 0));
});

test('tariffs falling: the state that levies them concedes to the one they hit', () => {
  const r = run('Indian tariffs on Pakistani textiles will fall to 5% next year, according to a joint statement.');
  const e = findEvent(r, 'CONCEDE', 'IND');
  assert.ok(e, 'an "according to" statement does not hide a future act');
  assert.ok(has(e.recipient, 'PAK'));
  // Unqualified tariffs name no levying state: the target is not the actor.
  assert.ok(!findEvent(run('Tariffs on Chinese goods would come down.'), 'CONCEDE', 'CHN'));
  assert.deepEqual(eventTypes('Oil prices fell on Monday.'), []);
});
