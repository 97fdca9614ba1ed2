import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, expectEvent } from './helpers.js';

test('a conditional threat or offer is aimed at whoever must meet the condition', () => {
  const t = findEvent(run('Turkey threatened on Monday to resume air strikes in northern Syria unless the SDF handed over its heavy weapons.'), 'THREATEN', 'TUR');
  assert.ok(t && has(t.recipient, 'SDF'), JSON.stringify(t?.recipient));
  const s = findEvent(run('If Armenia removes the claims from its constitution, Azerbaijan will sign the peace treaty, Aliyev said.'), 'SUPPORT', 'AZE');
  assert.ok(s && has(s.recipient, 'ARM'), JSON.stringify(s?.recipient));
  // The actor's own forces in the object do not stand in the way.
  const w = findEvent(run('Eritrea would pull back its troops if Ethiopia accepted the border ruling, the information minister said.'), 'RETREAT', 'ERI');
  assert.ok(w && has(w.recipient, 'ETH'), JSON.stringify(w?.recipient));
  // The condition's subject is never the actor's own side.
  const own = findEvent(run('Trump threatened to impose new tariffs unless Washington won concessions.'), 'THREATEN');
  assert.ok(!own || !has(own.recipient, 'USA'), JSON.stringify(own?.recipient));
});

test('a person holding two offices acts in the one the text names', () => {
  const mil = findEvent(run('Commander-in-Chief Min Aung Hlaing rejected the ceasefire offer on Monday.'), 'REJECT');
  assert.equal(mil?.actor[0]?.org, 'TATMADAW');
  const gov = findEvent(run('Acting President Min Aung Hlaing rejected the ceasefire offer on Monday.'), 'REJECT');
  assert.equal(gov?.actor[0]?.org, 'MMR');
});

test('accepting or rejecting a proposal is aimed at its author', () => {
  const by = findEvent(run('Colombia said on Friday it had accepted a proposal by Norway and Cuba for a new round of talks.'), 'AGREE', 'COL');
  assert.ok(by && has(by.recipient, 'NOR') && has(by.recipient, 'CUB'), JSON.stringify(by?.recipient));
  // "their plan": the nearest other party named before, never the actor itself.
  const their = findEvent(run('The ELN told Norwegian and Cuban mediators that it rejected their plan.'), 'REJECT');
  assert.ok(their && has(their.recipient, 'NOR') && has(their.recipient, 'CUB'), JSON.stringify(their?.recipient));
  // "the offer" after an earlier proposal in the sentence.
  const offer = findEvent(run('Bogota had proposed a bilateral ceasefire, but the ELN rejected the offer.'), 'REJECT', 'ELN');
  assert.ok(offer && has(offer.recipient, 'COL'), JSON.stringify(offer?.recipient));
  const own = findEvent(run('The ELN rejected its own plan.'), 'REJECT', 'ELN');
  assert.ok(own && own.recipient.length === 0, JSON.stringify(own?.recipient));
});

test('an object pronoun is not its own clause subject', () => {
  const e = findEvent(run('Somalia recalled its ambassador from Ethiopia on Monday, accusing it of violating Somali sovereignty.'), 'ACCUSE', 'SOM');
  assert.ok(e && has(e.recipient, 'ETH'), JSON.stringify(e?.recipient));
  // A pronoun that already points away from the actor stays as it is.
  const a = findEvent(run('Somalia said Ethiopia had attacked it on Monday.'), 'ASSAULT', 'ETH');
  assert.ok(a && has(a.recipient, 'SOM'), JSON.stringify(a?.recipient));
});

test('a threat against a rebel group inside the state and its foreign backers', () => {
  const e = findEvent(run('Somalia vowed on Monday to drive out al Shabaab and its Eritrean backers.'), 'THREATEN', 'SOM');
  assert.ok(e && has(e.recipient, 'AL_SHABAAB') && has(e.recipient, 'ERI'), JSON.stringify(e?.recipient));
});

test('a protest is aimed at what its participle clause says it is against', () => {
  const e = findEvent(run('Thousands of people rallied in Bamako on Friday, chanting slogans against France and the United Nations.'), 'PROTEST');
  assert.ok(e && has(e.recipient, 'FRA') && has(e.recipient, 'UN') && !has(e.recipient, 'MLI'), JSON.stringify(e?.recipient));
  // Against a thing, not a party: the authorities where they rally.
  const law = findEvent(run('Thousands of people rallied in Bamako on Friday against a new mining law.'), 'PROTEST');
  assert.ok(law && has(law.recipient, 'MLI'), JSON.stringify(law?.recipient));
});

test('a withdrawal is from the state where the forces were; a release is not aimed at a place', () => {
  const w = findEvent(run('Ethiopian troops withdrew from three bases inside Somalia on Friday, the army said.'), 'RETREAT', 'ETH');
  assert.ok(w && has(w.recipient, 'SOM'), JSON.stringify(w?.recipient));
  const r = findEvent(run('Al Shabaab freed two hostages in Mogadishu on Friday.'), 'RETREAT');
  assert.ok(r && r.recipient.length === 0, JSON.stringify(r?.recipient));
});

test('a passive subject without an actor: the state of its place or demonym is the target', () => {
  const a = findEvent(run("Mogadishu's main airport was shelled by al Shabaab fighters on Sunday."), 'ASSAULT');
  assert.ok(a && has(a.recipient, 'SOM'), JSON.stringify(a?.recipient));
  const b = findEvent(run('Two Syrian air bases, including the Tiyas base, were struck by Israeli jets overnight.'), 'ASSAULT', 'ISR');
  assert.ok(b && has(b.recipient, 'SYR'), JSON.stringify(b?.recipient));
});

test('"without agreeing": a gerund after a negating preposition is negated', () => {
  const e = findEvent(run('Indian and Pakistani officials ended two days of talks in Geneva without agreeing to restore the ceasefire.'), 'AGREE', 'IND');
  assert.equal(e?.negated, true);
});

test('a reaction drawn or prompted by a deed is aimed at whoever did it', () => {
  const r = run('Russian missiles struck a market in Kharkiv on Sunday, killing 12 people, the governor said, prompting condemnation from France and Germany.');
  const e = findEvent(r, 'ACCUSE', 'FRA');
  assert.ok(e && has(e.recipient, 'RUS'), JSON.stringify(e?.recipient));
  const d = findEvent(run("Myanmar's junta drew sharp criticism from the African Union on Monday."), 'ACCUSE', 'AU');
  assert.ok(d && has(d.recipient, 'MMR'), JSON.stringify(d?.recipient));
});

test('coordinated subjects: "Name of Country and Name of Country", "the X government and the Y rebel group"', () => {
  const known = findEvent(run('Foreign ministers Hakan Fidan of Turkey and Asaad al-Shibani of Syria met in Ankara on Tuesday.'), 'CONSULT');
  assert.ok(known && has(known.actor, 'TUR') && has(known.recipient, 'SYR'), JSON.stringify(known));
  // Names the dictionary lacks: the "of" phrase stands for them.
  const unknown = findEvent(run('Foreign ministers Marko Djuric of Serbia and Donika Gervalla of Kosovo met in Brussels on Tuesday.'), 'CONSULT');
  assert.ok(unknown && has(unknown.actor, 'SRB') && has(unknown.recipient, 'XKX'), JSON.stringify(unknown));
  const s = findEvent(run("The Colombian government and the ELN rebel group signed a ceasefire agreement in Havana on Saturday, Cuba's foreign ministry said."), 'SUPPORT');
  assert.ok(s && has(s.actor, 'COL') && has(s.recipient, 'ELN'), JSON.stringify(s));
});

test('a hostile step justified by an accusation in the same breath is aimed at the accused', () => {
  const p = findEvent(run('The ELN said it would postpone the next round of talks, accusing Colombia of violating the ceasefire.'), 'REJECT', 'ELN');
  assert.ok(p && has(p.recipient, 'COL'), JSON.stringify(p?.recipient));
  const t = findEvent(run('Al Shabaab blamed Kenya for the raid and vowed to retaliate.'), 'THREATEN', 'AL_SHABAAB');
  assert.ok(t && has(t.recipient, 'KEN'), JSON.stringify(t?.recipient));
});

test('a destination before a purpose infinitive is not its subject', () => {
  const r = run('Sudan said it would send a delegation of negotiators to Cairo to resume the talks.');
  assert.ok(!findEvent(r, 'CONSULT', 'EGY'), JSON.stringify(r.filter((x) => x.kind === 'event')));
});

test('the condition of an offer or threat is not coded as an event of its own', () => {
  const r = run('Turkey threatened on Monday to resume air strikes in northern Syria unless the SDF handed over its heavy weapons.');
  assert.ok(!findEvent(r, 'RETREAT'), JSON.stringify(r.filter((x) => x.kind === 'event')));
  // "as if" sets no condition.
  const a = run('Hezbollah said it would act as if Israel had attacked Lebanon.');
  assert.ok(findEvent(a, 'ASSAULT', 'ISR'), JSON.stringify(a.filter((x) => x.kind === 'event')));
});

test('a mediator is no party to the truce it brokers; a host consults the parties it hosts', () => {
  const r = run('Armenia and Azerbaijan agreed to a ceasefire brokered by Russia on Tuesday.');
  // Russia mediated (CONSULT), but it is no party to the agreement or the truce.
  assert.ok(!r.some((x) => x.kind === 'event' && x.event !== 'CONSULT' && has(x.actor, 'RUS')), JSON.stringify(r.filter((x) => x.kind === 'event')));
  const h = findEvent(run('Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Monday in talks hosted by the European Union.'), 'CONSULT', 'EU');
  assert.ok(h && has(h.recipient, 'SRB') && has(h.recipient, 'XKX'), JSON.stringify(h?.recipient));
});

test('a person the text presents in an office that just ended still acts for its organisation', () => {
  const e = findEvent(run('Hamas said its leader Yahya Sinwar had been killed by Israeli troops in Rafah.', '2024-10-18'), 'ASSAULT', 'ISR');
  assert.ok(e && has(e.recipient, 'HAMAS'), JSON.stringify(e?.recipient));
  // "former" keeps the office in the past.
  const f = findEvent(run('Former leader Yahya Sinwar had been killed by Israeli troops in Rafah.', '2024-10-18'), 'ASSAULT', 'ISR');
  assert.ok(f && !has(f.recipient, 'HAMAS'), JSON.stringify(f?.recipient));
});

test('force in a second conjunct on unnamed people lands on the first conjunct target', () => {
  // The killing is Kenya's loss too: no second record without a target.
  const all = events(run('Al Shabaab fighters stormed a Kenyan police post near the border and killed three officers.'));
  assert.ok(all.length > 0 && all.every((x) => has(x.recipient, 'KEN')), JSON.stringify(all));
});

test('"the agency" refers back to an organisation whose name ends in "Agency"', () => {
  const e = findEvent(run('North Korea expelled inspectors from the International Atomic Energy Agency in 2009 and accused the agency of spying.'), 'ACCUSE', 'PRK');
  assert.ok(e && has(e.recipient, 'IAEA'), JSON.stringify(e?.recipient));
});

test('a weapon noun in a reduced relative strikes the noun phrase the participle modifies', () => {
  const e = findEvent(run('A Greek-owned tanker hit by a Russian missile sank on Friday.'), 'ASSAULT', 'RUS');
  assert.ok(e && has(e.recipient, 'GRC'), JSON.stringify(e?.recipient));
});

test('a possessive opening the object names the target, unless it is the actor itself', () => {
  const e = findEvent(run('Ethiopia said Eritrean troops had not left Tigray, and Prime Minister Abiy Ahmed condemned their continued presence.'), 'ACCUSE', 'ETH');
  assert.ok(e && has(e.recipient, 'ERI'), JSON.stringify(e?.recipient));
  const own = findEvent(run('Eritrea condemned its own exclusion from the summit.'), 'ACCUSE', 'ERI');
  assert.ok(own && own.recipient.length === 0, JSON.stringify(own?.recipient));
});

test('a call for a release is aimed at whoever holds the people', () => {
  const a = findEvent(run("Myanmar's junta detained four Japanese journalists in Yangon on Monday, Japan said, calling for their immediate release."), 'REQUEST', 'JPN');
  assert.ok(a && has(a.recipient, 'MMR'), JSON.stringify(a?.recipient));
  const b = findEvent(run('Al Shabaab fighters kidnapped two Kenyan doctors near the border, and Kenya demanded their release.'), 'REQUEST', 'KEN');
  assert.ok(b && has(b.recipient, 'AL_SHABAAB'), JSON.stringify(b?.recipient));
});

test('a participle clause takes the subject of the clause verb, past participles inside noun phrases', () => {
  const a = findEvent(run('Al Shabaab said it had seized the Panama-flagged vessel after attacking it with rockets.'), 'ASSAULT');
  assert.ok(a && has(a.actor, 'AL_SHABAAB'), JSON.stringify(a));
  const b = findEvent(run('Mali suspended its cooperation with the Paris-based agency on Monday under a decree signed by the junta, accusing France of interference.'), 'ACCUSE');
  assert.ok(b && has(b.actor, 'MLI') && has(b.recipient, 'FRA'), JSON.stringify(b));
  // "displaced by fighting": the gerund is a noun here, not the announcer's act.
  const r = run('The United Nations announced new funding for people displaced by fighting in Somalia.');
  assert.ok(!findEvent(r, 'ASSAULT'), JSON.stringify(events(r)));
});

test('a rebel group striking in its own country targets that state', () => {
  const e = findEvent(run('Al Shabaab fighters killed 12 civilians in Mogadishu on Friday.'), 'ASSAULT', 'AL_SHABAAB');
  assert.ok(e && has(e.recipient, 'SOM'), JSON.stringify(e?.recipient));
});

test('"the group" after a spokesman or commander is the organisation he speaks for', () => {
  const e = findEvent(run("ELN commander Antonio Garcia said the group had rejected the government's offer."), 'REJECT');
  assert.ok(e && has(e.actor, 'ELN'), JSON.stringify(e));
});

test('supporting efforts by someone is aimed at their author', () => {
  const e = findEvent(run('The ELN backed efforts by Norway to revive the peace talks.'), 'SUPPORT', 'ELN');
  assert.ok(e && has(e.recipient, 'NOR'), JSON.stringify(e?.recipient));
});

test('quotation marks inside the noun phrase after a support verb do not hide its actor', () => {
  const e = findEvent(run('Turkey said on Tuesday it had begun "limited and focused" ground raids against the PKK in northern Iraq.'), 'ASSAULT');
  assert.ok(e && has(e.actor, 'TUR') && has(e.recipient, 'PKK'), JSON.stringify(e));
});

test('"it" after a named proposal is the proposal: the response is to its author, not to the party nearby', () => {
  const r = run('Pristina voiced objections to the French proposal, while Belgrade has endorsed it.');
  const e = findEvent(r, 'SUPPORT', 'SRB');
  assert.ok(e && has(e.recipient, 'FRA') && !has(e.recipient, 'XKX'), JSON.stringify(e?.recipient));
});

test('a place in an "of" phrase on the object is the target, and a repeat without it adds no event', () => {
  const town = run('Russian artillery shelled the eastern town of Pokrovsk overnight, killing three civilians, regional officials said.');
  const a = events(town).filter((e) => e.event === 'ASSAULT');
  assert.equal(a.length, 1, JSON.stringify(a.map((e) => e.recipient)));
  assert.ok(has(a[0]!.recipient, 'UKR'), JSON.stringify(a[0]!.recipient));
  const outskirts = findEvent(run('RSF fighters stormed the outskirts of El Obeid on Saturday.'), 'ASSAULT', 'RSF');
  assert.ok(outskirts && has(outskirts.recipient, 'SDN'), JSON.stringify(outskirts?.recipient));
  // An actor in the "of" phrase is what the object is about, as before.
  const w = findEvent(run('Baku demanded the withdrawal of Armenian troops from the border area.'), 'REQUEST');
  assert.ok(w && has(w.recipient, 'ARM'), JSON.stringify(w?.recipient));
});

test('agreeing to or refusing an act concerns the party that act concerns', () => {
  const a = findEvent(run('Moscow agreed on Friday to return 22 Ukrainian children to Ukraine under a Qatari-brokered arrangement.'), 'AGREE', 'RUS');
  assert.ok(a && has(a.recipient, 'UKR'), JSON.stringify(a?.recipient));
  const r = findEvent(run('The Taliban refused to hand over the suspects to Pakistan, a spokesman said.'), 'REJECT', 'TALIBAN');
  assert.ok(r && has(r.recipient, 'PAK'), JSON.stringify(r?.recipient));
  const v = findEvent(run('Caracas refused to restore consular services with Colombia, the foreign ministry said.'), 'REJECT', 'VEN');
  assert.ok(v && has(v.recipient, 'COL'), JSON.stringify(v?.recipient));
  // A place in the infinitive's phrase is where, not whom.
  const w = findEvent(run('Israel agreed to withdraw its troops from southern Lebanon by January.'), 'AGREE', 'ISR');
  assert.ok(w && !has(w.recipient, 'LBN'), JSON.stringify(w?.recipient));
});

test('a stance in a relative clause on an appositive noun is aimed at the clause before it', () => {
  const k = findEvent(run('Russian President Vladimir Putin declared a unilateral three-day ceasefire on Monday, an offer Kyiv dismissed as a stunt.'), 'REJECT', 'UKR');
  assert.ok(k && has(k.recipient, 'RUS'), JSON.stringify(k?.recipient));
  const m = findEvent(run("Myanmar's junta held the first phase of a general election on Sunday, a vote the National Unity Government denounced as a sham."), 'ACCUSE', 'NUG');
  assert.ok(m && has(m.recipient, 'MMR'), JSON.stringify(m?.recipient));
  // Renaming a possessed object: the possessor is the author, not the clause's subject.
  const p = findEvent(run("The Palestinian Authority welcomed Egypt's plan to rebuild Gaza, a proposal that Israel has rejected."), 'REJECT', 'ISR');
  assert.ok(p && has(p.recipient, 'EGY') && !has(p.recipient, 'PSE'), JSON.stringify(p?.recipient));
  const g = findEvent(run('Abkhaz leader Aslan Bzhania said Russia would build a naval base at Ochamchire, a plan Tbilisi denounced as a violation of its sovereignty.'), 'ACCUSE', 'GEO');
  assert.ok(g && has(g.recipient, 'RUS'), JSON.stringify(g?.recipient));
});

test('force on a place an appositive says is a party\'s targets that party', () => {
  const a = findEvent(run("Russian forces captured Avdiivka, Ukraine's main bastion near Donetsk, in February."), 'ASSAULT', 'RUS');
  assert.ok(a && has(a.recipient, 'UKR'), JSON.stringify(a?.recipient));
  const f = findEvent(run("M23 fighters stormed Uvira, Congo's last stronghold in South Kivu, on Sunday."), 'ASSAULT', 'M23');
  assert.ok(f && has(f.recipient, 'COD'), JSON.stringify(f?.recipient));
});

test('the object of "struck what it said were ..." is past the hedge', () => {
  const h = findEvent(run('Israel struck what it said were Hezbollah weapons depots in the Bekaa Valley on Monday.'), 'ASSAULT', 'ISR');
  assert.deepEqual(h?.recipient.map((r) => r.id), ['HEZBOLLAH']);
  const y = findEvent(run('U.S. jets bombed what the Pentagon described as Houthi missile launchers near Hodeidah.'), 'ASSAULT', 'USA');
  assert.deepEqual(y?.recipient.map((r) => r.id), ['HOUTHIS']);
});

test('a verb coordinated after an embedded clause takes the main clause subject', () => {
  // After a reported clause, with a comma.
  const a = findEvent(run('The European Union said the strikes on Tehran violated international law, and urged Iran to return to talks.'), 'REQUEST');
  assert.ok(a && has(a.actor, 'EU') && has(a.recipient, 'IRN'), JSON.stringify(a));
  // After a closed relative clause.
  const b = findEvent(run('The United States condemned the attack by the Houthis, which killed two sailors, and urged the group to halt its attacks on shipping.'), 'REQUEST');
  assert.ok(b && has(b.actor, 'USA') && has(b.recipient, 'HOUTHIS'), JSON.stringify(b));
  // A speech act after a reported clause, without a comma.
  const c = findEvent(run('Kenyan President William Ruto said the fighting in Sudan had displaced millions and called on the RSF to lay down its arms.'), 'REQUEST');
  assert.ok(c && has(c.actor, 'KEN') && has(c.recipient, 'RSF'), JSON.stringify(c));
  // After an adverbial clause.
  const d = findEvent(run('Israel struck Gaza after Hamas fired rockets, and vowed to destroy the group.'), 'THREATEN');
  assert.ok(d && has(d.actor, 'ISR') && !has(d.actor, 'HAMAS'), JSON.stringify(d));
  // A reported clause continued ("had agreed ... and would send"; "had refused ... and had rejected") keeps its own subject.
  const e = findEvent(run('Trump said Israel had agreed to the terms and would send a delegation to Cairo.'), 'CONSULT');
  assert.ok(e && has(e.actor, 'ISR'), JSON.stringify(e));
  const f = findEvent(run('Kyiv said Russia had refused to free the prisoners and had rejected all offers from Turkey.'), 'REJECT', 'RUS');
  assert.ok(f && has(f.recipient, 'TUR'), JSON.stringify(events(run('Kyiv said Russia had refused to free the prisoners and had rejected all offers from Turkey.'))));
});

test('a group recipient names each of its parties', () => {
  const a = findEvent(run('Ethiopia and Eritrea signed a peace deal. Qatar urged the two sides to return to the negotiating table.'), 'REQUEST', 'QAT');
  assert.ok(a && has(a.recipient, 'ETH') && has(a.recipient, 'ERI'), JSON.stringify(a?.recipient));
  const b = findEvent(run('Russia and Ukraine held talks in Istanbul. Turkey urged both sides to agree a ceasefire.'), 'REQUEST', 'TUR');
  assert.ok(b && has(b.recipient, 'RUS') && has(b.recipient, 'UKR'), JSON.stringify(b?.recipient));
});

test('a pair acting on each other is one event per side', () => {
  const pair = (text: string, type: string, a: string, b: string) => {
    const evs = events(run(text)).filter((e) => e.event === type);
    assert.ok(evs.some((e) => has(e.actor, a) && !has(e.actor, b) && has(e.recipient, b)), `${a} -> ${b}: ${JSON.stringify(evs)}`);
    assert.ok(evs.some((e) => has(e.actor, b) && !has(e.actor, a) && has(e.recipient, a)), `${b} -> ${a}: ${JSON.stringify(evs)}`);
  };
  pair('Armenia and Azerbaijan accused each other of opening fire.', 'ACCUSE', 'ARM', 'AZE');
  pair("Sudan's army and the RSF blamed one another for the attack on the market.", 'ACCUSE', 'SAF', 'RSF');
  pair('Thailand and Cambodia fought along their border. Both countries accused each other of violating the ceasefire.', 'ACCUSE', 'THA', 'KHM');
  pair('India and Pakistan traded accusations over the strike.', 'ACCUSE', 'IND', 'PAK');
  pair('Venezuela and Guyana exchanged threats over Essequibo.', 'THREATEN', 'VEN', 'GUY');
  // Symmetric acts stay one event: "exchanged fire", "agreed not to attack each other".
  assert.equal(events(run('Israel and Hezbollah exchanged fire across the border.')).filter((e) => e.event === 'ASSAULT').length, 1);
  assert.equal(events(run('Israel and Hamas agreed not to attack each other.')).filter((e) => e.event === 'AGREE').length, 1);
});

test('a mediator consults the parties it brings together', () => {
  const mediates = (text: string, mediator: string, parties: string[]) => {
    const c = events(run(text)).find((e) => e.event === 'CONSULT' && has(e.actor, mediator));
    assert.ok(c && parties.every((p) => has(c.recipient, p)) && !has(c.recipient, mediator), `${text} ${JSON.stringify(c)}`);
  };
  mediates('The United States and the Houthis agreed, after Omani mediation, to stop attacks.', 'OMN', ['USA', 'HOUTHIS']);
  mediates('Russia and Ukraine exchanged prisoners in China-brokered talks.', 'CHN', ['RUS', 'UKR']);
  mediates('India and Pakistan agreed to a ceasefire after a night of talks mediated by Washington.', 'USA', ['IND', 'PAK']);
  mediates('Syria and Israel held direct talks in Paris, mediated by U.S. envoy Tom Barrack, on de-escalation.', 'USA', ['SYR', 'ISR']);
  mediates('Hamas freed four hostages on Saturday in a release mediated by Qatar and Egypt.', 'QAT', ['HAMAS']);
  mediates('Ethiopia and Somalia signed a Turkish-brokered deal in Ankara.', 'TUR', ['ETH', 'SOM']);
  // The parties' own talks: they meet each other, and the mediator meets both.
  const held = events(run('Israel and Hamas held Qatar-mediated negotiations in Doha.'));
  assert.ok(held.some((e) => e.event === 'CONSULT' && has(e.actor, 'ISR') && has(e.recipient, 'HAMAS') && !has(e.recipient, 'QAT')), JSON.stringify(held));
  mediates('Israel and Hamas held Qatar-mediated negotiations in Doha.', 'QAT', ['ISR', 'HAMAS']);
  // The mediator named on the object is no party to what is signed.
  const signed = findEvent(run('Ethiopia and Somalia signed a Turkish-brokered deal in Ankara.'), 'SUPPORT', 'ETH');
  assert.ok(signed && has(signed.recipient, 'SOM') && !has(signed.recipient, 'TUR'), JSON.stringify(signed));
});

test('an object phrase names every conjoined party, and traded fire is one symmetric attack', () => {
  const a = findEvent(run('Moscow expelled diplomats from Estonia and Latvia on Friday.'), 'SANCTION', 'RUS');
  assert.ok(a && has(a.recipient, 'EST') && has(a.recipient, 'LVA'), JSON.stringify(a?.recipient));
  const b = findEvent(run("Russia's foreign ministry summoned the ambassadors of Britain and France on Monday."), 'ACCUSE', 'RUS');
  assert.ok(b && has(b.recipient, 'GBR') && has(b.recipient, 'FRA'), JSON.stringify(b?.recipient));
  const fire = events(run('Thai and Cambodian troops traded heavy artillery fire along the border overnight.')).filter((e) => e.event === 'ASSAULT');
  assert.ok(fire.length === 1 && has(fire[0]!.actor, 'THA') && has(fire[0]!.recipient, 'KHM'), JSON.stringify(fire));
});

test('a verb coordinated after a reported clause takes the reporter as subject', () => {
  // The reported subject names nobody ("the Kosovo-led police"), and a participle sits in between.
  const a = findEvent(run("Serbia's president said on Monday that the Kosovo-led police would not withdraw from the north, and accused Pristina of provoking unrest."), 'ACCUSE');
  assert.ok(a && has(a.actor, 'SRB') && has(a.recipient, 'XKX'), JSON.stringify(a));
  const b = findEvent(run('Beijing said on Friday it would put 12 Taiwanese firms, including two drone makers, on its export control list, and accused Taipei of colluding with Washington.'), 'ACCUSE');
  assert.ok(b && has(b.actor, 'CHN') && has(b.recipient, 'TWN'), JSON.stringify(b));
  const c = findEvent(run("Algeria's foreign ministry said on Sunday that the disputed territory would remain a priority, and accused Rabat of undermining the U.N. process."), 'ACCUSE');
  assert.ok(c && has(c.actor, 'DZA') && has(c.recipient, 'MAR'), JSON.stringify(c));
});

test('", accusing them of ..." after an act: the reporter accuses, and the act\'s target is accused', () => {
  const a = findEvent(run("Burkina Faso's junta said it would expel three French diplomats, accusing them of subversive activities."), 'ACCUSE');
  assert.ok(a && has(a.actor, 'BFA') && has(a.recipient, 'FRA'), JSON.stringify(a));
  const b = findEvent(run('Moscow expelled a Polish consul on Tuesday, accusing the diplomat of espionage.'), 'ACCUSE');
  assert.ok(b && has(b.actor, 'RUS') && has(b.recipient, 'POL'), JSON.stringify(b));
  // A bare "it would" after the reporting verb stands for the reporter.
  const c = findEvent(run('Venezuela said it would shut its embassy in Buenos Aires, accusing the government of meddling.'), 'ACCUSE');
  assert.ok(c && has(c.actor, 'VEN'), JSON.stringify(c));
});

test('an appositive move renamed past a reporting frame, or with a place in its subject, is aimed at the mover', () => {
  const a = findEvent(run("Azerbaijan seized two Armenian border posts overnight, Armenia's defence ministry said, a move that France has condemned."), 'ACCUSE', 'FRA');
  assert.ok(a && has(a.recipient, 'AZE') && !has(a.recipient, 'ARM'), JSON.stringify(a));
  const b = findEvent(run('M23 rebels took the town of Uvira on Friday, a move the government in Kinshasa called a violation of the peace deal.'), 'ACCUSE', 'COD');
  assert.ok(b && has(b.recipient, 'M23'), JSON.stringify(b));
  assert.ok(!findEvent(run('M23 rebels took the town of Uvira on Friday, a move the government in Kinshasa called a violation of the peace deal.'), 'CONSULT'));
  const c = findEvent(run('The Pentagon designated the cartel a terrorist organisation on Friday, a move the Mexican government welcomed.'), 'SUPPORT', 'MEX');
  assert.ok(c && c.recipient.length > 0 && !has(c.recipient, 'MEX'), JSON.stringify(c));
});

test('a repelled attack is aimed at the repeller, who fights the attackers back', () => {
  const both = (text: string, repeller: string, attacker: string) => {
    const ev = events(run(text)).filter((e) => e.event === 'ASSAULT');
    assert.ok(ev.some((e) => has(e.actor, attacker) && has(e.recipient, repeller)), `${text} ${JSON.stringify(ev)}`);
    assert.ok(ev.some((e) => has(e.actor, repeller) && has(e.recipient, attacker)), `${text} ${JSON.stringify(ev)}`);
  };
  both('Ukrainian forces repelled a Russian assault on the town of Pokrovsk, the general staff said.', 'UKR', 'RUS');
  both('Israeli troops fended off a Hezbollah attack on an outpost near Metula, the army said.', 'ISR', 'HEZBOLLAH');
});

test('a weapon noun qualified by a demonym a few words before acts for its state', () => {
  const a = findEvent(run('Ukrainian naval drones struck a Russian patrol ship in the Black Sea on Sunday.'), 'ASSAULT');
  assert.ok(a && has(a.actor, 'UKR') && has(a.recipient, 'RUS'), JSON.stringify(a));
});

test('"has no intention of invading": a denied, future act of the intention\'s holder', () => {
  const a = findEvent(run('The Kremlin said Moscow had no intention of attacking NATO.'), 'ASSAULT');
  assert.ok(a && has(a.actor, 'RUS') && has(a.recipient, 'NATO') && a.negated && a.future, JSON.stringify(a));
  const b = findEvent(run('Beijing has no plans to invade Taiwan, the defence ministry said.'), 'ASSAULT');
  assert.ok(b && has(b.actor, 'CHN') && has(b.recipient, 'TWN') && b.negated, JSON.stringify(b));
});

test('the party of an agreed act, past a parenthetical or a date and through "stop"', () => {
  const a = findEvent(run('Hamas agreed, in talks mediated by Qatar, to stop attacking Israeli towns.'), 'AGREE', 'HAMAS');
  assert.ok(a && has(a.recipient, 'ISR') && !has(a.recipient, 'QAT'), JSON.stringify(a));
  const b = findEvent(run('Armenia agreed on Friday to hand back four villages to Azerbaijan.'), 'AGREE', 'ARM');
  assert.ok(b && has(b.recipient, 'AZE'), JSON.stringify(b));
  // What is complained of is the that-clause subject's doing.
  const c = findEvent(run('Kyiv complained that Hungary had blocked the accession talks.'), 'ACCUSE', 'UKR');
  assert.ok(c && has(c.recipient, 'HUN'), JSON.stringify(c));
});

test('an agreement, request or concession reported by the other side was made to it', () => {
  expectEvent('Erdogan said on Tuesday that Sweden had agreed to extradite several suspects wanted by Ankara.', 'AGREE', 'SWE', 'TUR');
  expectEvent('Ethiopian Prime Minister Abiy Ahmed said the TPLF had asked for more time to hand over its heavy weapons.', 'REQUEST', 'TPLF', 'ETH');
  // A reporter or an analyst is nobody's counterpart, and nor is the actor's own side.
  const analyst = expectEvent('A researcher at the International Crisis Group said Russia had agreed to the talks.', 'AGREE', 'RUS');
  assert.equal(analyst.recipient.length, 0, JSON.stringify(analyst.recipient));
  const own = expectEvent('Zelenskiy said Ukraine had agreed to a prisoner exchange.', 'AGREE', 'UKR');
  assert.ok(!has(own.recipient, 'UKR'), JSON.stringify(own.recipient));
});

test('force or protest aims at the object of its purpose clause', () => {
  expectEvent('Thousands of people rallied in Nairobi on Tuesday before Kenyan police fired tear gas to disperse them.', 'ASSAULT', 'KEN', 'KEN');
  expectEvent('Bangladeshi police fired rubber bullets in Dhaka to disperse Jamaat supporters on Friday.', 'ASSAULT', 'BGD');
  // A purpose verb outside the list says nothing of a target.
  const other = expectEvent('Pakistani troops fired artillery rounds to protect the convoy.', 'ASSAULT', 'PAK');
  assert.equal(other.recipient.length, 0, JSON.stringify(other.recipient));
});

test('a threat to hit back is aimed at whoever the sentence says struck first', () => {
  expectEvent('Pakistani jets bombed targets in Kandahar on Sunday, and Kabul vowed a swift response.', 'THREATEN', 'AFG', 'PAK');
  expectEvent('Houthi drones hit an oil terminal in Jizan overnight and Riyadh promised to retaliate.', 'THREATEN', 'SAU', 'HOUTHIS');
  // A threat that is no answer to anything keeps its target open.
  const plain = expectEvent('Venezuela and Guyana held talks in Brasilia, and Maduro vowed to defend the Essequibo.', 'THREATEN', 'VEN');
  assert.ok(!plain.rule.includes('provoker'), plain.rule);
});

test('a speaker on the same side as one of the actors is no counterpart', () => {
  // The Pentagon speaks for the United States' own government.
  const own = expectEvent('The Pentagon said the United States had agreed to the request.', 'AGREE', 'USA');
  assert.equal(own.recipient.length, 0, JSON.stringify(own.recipient));
});

test('an act on something owned or run by a party is aimed at that party', () => {
  expectEvent('Houthi forces attacked a tanker owned by a Greek shipping firm in the Red Sea.', 'ASSAULT', 'HOUTHIS', 'GRC');
  expectEvent('Libyan forces fired on a rescue ship operated by the charity Doctors Without Borders on Sunday.', 'ASSAULT', 'LBY', 'MSF');
  // "built by" names no owner.
  const built = expectEvent('Russian drones struck a bridge near Kherson built by a Chinese company.', 'ASSAULT', 'RUS');
  assert.ok(!has(built.recipient, 'CHN'), JSON.stringify(built.recipient));
});

test('two states qualifying one force noun are both the subject', () => {
  expectEvent('Egyptian and Sudanese air force units began joint exercises near Merowe on Monday.', 'COOPERATE', 'EGY', 'SDN');
});

test('the partners of a joint act are each other, not its topic or aim', () => {
  expectEvent('Kenyan and Somali intelligence services have been sharing information on al-Shabaab cells, officials said.', 'COOPERATE', 'KEN', 'SOM');
  const aim = expectEvent('French and British jets worked together to intercept Russian drones over Estonia.', 'COOPERATE', 'FRA', 'GBR');
  assert.ok(!has(aim.recipient, 'RUS'), JSON.stringify(aim.recipient));
  // A direct object or a "with" partner stays the partner.
  expectEvent('Jordanian and Saudi forces helped Syria secure the border crossing.', 'COOPERATE', 'JOR', 'SYR');
});

test('a protest at a foreign embassy or an organisation\'s office is aimed at its owner, not the host city', () => {
  expectEvent('Hundreds of Serbs rallied outside the Croatian embassy in Belgrade on Saturday.', 'PROTEST', 'SRB', 'HRV');
  expectEvent('Pakistani students staged a sit-in outside the U.S. consulate in Karachi on Monday.', 'PROTEST', 'PAK', 'USA');
  expectEvent('Armenian protesters gathered in front of the embassy of Russia in Yerevan on Friday.', 'PROTEST', 'ARM', 'RUS');
});

test('a state\'s force on civilians on its own ground is aimed at its own people; on fighters it stays aimed at them', () => {
  expectEvent('Hundreds of civilians were killed by government troops in Ethiopia\'s Amhara region last month, a rights group said.', 'ASSAULT', 'ETH', 'ETH');
  expectEvent('Myanmar soldiers killed at least 20 villagers in the Sagaing region on Tuesday, residents said.', 'ASSAULT', 'MMR', 'MMR');
  expectEvent('Sudanese troops killed 20 RSF fighters in Omdurman on Tuesday.', 'ASSAULT', 'SAF', 'RSF');
});

test('crowd-control force with no target named is aimed at the crowd the sentence reports', () => {
  expectEvent('Thousands of people marched through Nairobi on Tuesday against a new finance bill, and Kenyan police fired tear gas near parliament.', 'ASSAULT', 'KEN', 'KEN');
  expectEvent('Opposition supporters rallied in Dhaka on Sunday, and Bangladeshi police fired tear gas near the election commission.', 'ASSAULT', 'BGD', 'BGD');
  expectEvent('Thousands of people protested in Tbilisi on Monday before Georgian riot police fired tear gas outside parliament.', 'ASSAULT', 'GEO', 'GEO');
});

test('a condemnation of an act is aimed at the act\'s "by" agent, not at its place', () => {
  expectEvent('Jordan condemned the storming of the Al-Aqsa compound by Israeli police on Friday.', 'ACCUSE', 'JOR', 'ISR');
  const kh = expectEvent('The European Union condemned the shelling of Kharkiv by Russian forces on Sunday.', 'ACCUSE', 'EU', 'RUS');
  assert.ok(!has(kh.recipient, 'UKR'), JSON.stringify(kh.recipient));
  // Without an agent the target stays what it was.
  const plain = expectEvent('Moscow condemned the drone strike on Belgorod.', 'ACCUSE', 'RUS');
  assert.ok(!plain.rule.includes('agent-of-object'), plain.rule);
});
