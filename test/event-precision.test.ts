/** Precision of event coding: constructions that look like events but report none, or another one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has, eventTypes } from './helpers.js';

test('a condition names no event; the consequence stays hypothetical', () => {
  const r = run('Pakistan would reopen the Torkham crossing only if the Taliban stopped militants from crossing the border, an official said.');
  assert.equal(events(r).filter((e) => has(e.actor, 'TALIBAN') || has(e.actor, 'AFG')).length, 0);
  const r2 = run('Colombia will suspend its offensive unless the ELN releases the kidnapped soldiers, the defence minister said.');
  assert.equal(findEvent(r2, 'RETREAT', 'ELN'), undefined);
  const r3 = run('If the ELN releases the soldiers, Colombia will resume peace talks with the group, Petro said.');
  assert.equal(findEvent(r3, 'RETREAT', 'ELN'), undefined);
  const r4 = run('Seoul said North Korea would face sanctions if Pyongyang did not withdraw its troops from the border.');
  assert.equal(events(r4).filter((e) => e.event === 'RETREAT').length, 0);
});

test('"as if" is no condition', () => {
  const e = findEvent(run("Mali's junta carried on as if nothing had changed, and Algeria recalled its ambassador from Bamako on Monday."), 'SANCTION', 'DZA');
  assert.ok(e);
  assert.equal(e.hypothetical, false);
});

test('taking a town is fighting; seizing a ship or an airport is coercion', () => {
  const town = events(run('Azerbaijani forces captured the town of Shusha, Aliyev said.'));
  assert.ok(town.some((e) => e.event === 'ASSAULT' && has(e.actor, 'AZE')));
  assert.ok(!town.some((e) => e.event === 'COERCE'));
  const base = run('Al-Shabaab fighters overran a Somali army base near Mogadishu on Friday.');
  assert.ok(findEvent(base, 'ASSAULT', 'AL_SHABAAB'));
  const ship = run('Houthi fighters seized a Liberian-flagged tanker in the Red Sea on Tuesday.');
  assert.ok(findEvent(ship, 'COERCE', 'HOUTHIS'));
  assert.equal(findEvent(ship, 'ASSAULT'), undefined);
  const airport = run("Kabul's airport was seized by Taliban fighters on Sunday.");
  assert.equal(findEvent(airport, 'ASSAULT'), undefined);
});

test('ground retaken "from" a side: that side is the target', () => {
  const e = findEvent(run('Russian forces captured the village of Krasnohorivka from Ukrainian troops, the defence ministry said.'), 'ASSAULT', 'RUS');
  assert.ok(e);
  assert.ok(has(e.recipient, 'UKR'));
});

test('an event noun that is what another act is about is coded once, by the verb', () => {
  const r = run("Thousands of Serbs marched through Belgrade on Saturday to demand Vucic's resignation.");
  assert.equal(findEvent(r, 'RETREAT'), undefined);
  assert.ok(findEvent(r, 'PROTEST', 'SRB'));
  const r2 = run('Tens of thousands of Pakistanis rallied in Lahore to denounce the Indian strikes.');
  assert.equal(findEvent(r2, 'ASSAULT'), undefined);
  const r3 = run("Serbia has not agreed to Kosovo's demand, a Serbian official said.");
  assert.equal(findEvent(r3, 'REQUEST'), undefined);
  // With a participle of its own, the noun still reports the act.
  assert.ok(findEvent(run('Venezuela blamed U.S. sanctions imposed on its oil sector for the shortages.'), 'SANCTION', 'USA'));
});

test('an earlier act named as cause or time is not the news', () => {
  const r = run("Pakistan shelled Indian posts in Kashmir in retaliation for India's strikes on its territory.");
  assert.ok(findEvent(r, 'ASSAULT', 'PAK'));
  assert.equal(findEvent(r, 'ASSAULT', 'IND'), undefined);
  const r2 = run("North Korea test-fired two missiles on Sunday in response to South Korea's new sanctions.");
  assert.equal(findEvent(r2, 'SANCTION'), undefined);
});

test('a participle between a noun and "by" owns the agent', () => {
  const r = run('Armenia and Azerbaijan agreed to a ceasefire mediated by Russia.');
  assert.equal(events(r).filter((e) => has(e.actor, 'RUS') && e.event === 'RETREAT').length, 0);
  const r2 = run('Mali rejected a transition plan backed by France, the junta said.');
  // The plan's backer is the one its rejection is aimed at; it rejects nothing itself.
  assert.ok(!events(r2).some((e) => has(e.actor, 'FRA')), JSON.stringify(events(r2)));
  assert.ok(findEvent(r2, 'REJECT', 'MLI'));
  const r3 = run('The Somali government said it would repay a loan backed by Gulf investors.');
  assert.equal(findEvent(r3, 'SUPPORT', 'SOM'), undefined);
});

test('a name inside a prepositional phrase before an infinitive is not its subject', () => {
  const r = run('Ethiopia said it backed efforts by Kenyan President William Ruto to reach a ceasefire in Sudan.');
  assert.equal(findEvent(r, 'RETREAT'), undefined);
  const r2 = run('The Ethiopian army recruited hundreds of young men into the Fano militias to fight the TPLF.');
  assert.equal(findEvent(r2, 'ASSAULT', 'FANO'), undefined);
  const r3 = run('Kenya will send a delegation to Addis Ababa to continue the talks.');
  assert.ok(findEvent(r3, 'CONSULT', 'KEN'));
  assert.equal(findEvent(r3, 'CONSULT', 'ETH'), undefined);
  const r4 = run('The U.S. stepped up pressure on Hamas to release the hostages.');
  assert.equal(findEvent(r4, 'RETREAT'), undefined);
});

test('the object tells the sense: own curbs suspended, a candidacy withdrawn, unity threatened, a bill signed into law', () => {
  assert.equal(findEvent(run('India will suspend its expanded export curbs on rice for six months, the trade ministry said.'), 'SANCTION'), undefined);
  assert.ok(findEvent(run('India suspended trade with Pakistan on Thursday.'), 'SANCTION', 'IND'));
  const r = run('Kenya withdrew its candidacy for the AU commission chair and backed Djibouti\'s bid.');
  assert.equal(findEvent(r, 'RETREAT'), undefined);
  assert.ok(findEvent(run('Kenyan troops withdrew from the town of Kismayo.'), 'RETREAT', 'KEN'));
  assert.equal(findEvent(run("The African Union said Russia threatened Mali's unity."), 'THREATEN'), undefined);
  assert.ok(findEvent(run('Al-Shabaab threatened to attack Kenyan towns.'), 'THREATEN', 'AL_SHABAAB'));
  assert.equal(findEvent(run('Kenyan President William Ruto signed the security package into law on Tuesday.'), 'SUPPORT'), undefined);
});

test('"calling X a Y" names X; it is no phone call', () => {
  const r = run('Tokyo raised its tariffs on Chinese steel, calling the Chinese government measures a form of economic coercion.');
  assert.equal(findEvent(r, 'CONSULT'), undefined);
  assert.ok(findEvent(run('Biden called Netanyahu on Sunday.'), 'CONSULT', 'USA'));
});

test('force or sanctions held out on a condition are a threat', () => {
  const e = findEvent(run('Turkey would launch a military operation against the PKK in northern Iraq if the group did not disarm, Erdogan said.'), 'THREATEN', 'TUR');
  assert.ok(e);
  assert.ok(has(e.recipient, 'PKK'));
  assert.equal(e.hypothetical, false);
  const r = run('If the Taliban attack Pakistani posts again, Pakistan will bomb Kabul, the defence minister said.');
  assert.ok(findEvent(r, 'THREATEN', 'PAK'));
  assert.equal(findEvent(r, 'ASSAULT'), undefined);
  assert.ok(findEvent(run('Pakistan bombed Kabul on Sunday.'), 'ASSAULT', 'PAK'));
});

test('an audience is no event; a gerund naming a purpose is no event', () => {
  const r = run('Ousted president Alpha Conde told a rally in Conakry that his supporters would keep marching.');
  assert.equal(findEvent(r, 'PROTEST'), undefined);
  const r2 = run('Vucic said Serbia would announce the venue for signing the accord next week.');
  assert.equal(findEvent(r2, 'SUPPORT'), undefined);
});

test('"said it would" is the past\'s future, not a hypothesis', () => {
  const e = findEvent(run('Colombia said it would withdraw its troops from the Catatumbo region.'), 'RETREAT', 'COL');
  assert.ok(e);
  assert.equal(e.future, true);
  assert.equal(e.hypothetical, false);
  // A condition keeps it hypothetical; so does "could".
  const c = findEvent(run('Colombia said it would withdraw its troops from Catatumbo if the ELN disarmed.'), 'RETREAT', 'COL');
  assert.equal(c?.hypothetical, true);
  const m = findEvent(run('Colombia said it could withdraw its troops from the Catatumbo region.'), 'RETREAT', 'COL');
  assert.equal(m?.hypothetical, true);
});

test('a condition in the reported content does not make the reporting act hypothetical', () => {
  const e = findEvent(run('India would strike deep into Pakistan if the attacks continued, Indian Defence Minister Rajnath Singh warned on Sunday.'), 'THREATEN');
  assert.ok(e);
  assert.equal(e.hypothetical, false);
});

test('an act named by its date ("since the February 2022 invasion") is not the news', () => {
  const r = run('Russia has occupied parts of four regions since the February 2022 invasion by Russian troops.');
  assert.equal(findEvent(r, 'ASSAULT'), undefined);
});

test('a coded participle keeps its "by" agent; the next verb takes another subject', () => {
  const r = run('Relatives of Kenyans held hostage by al-Shabaab protested in Nairobi on Monday.');
  const hold = findEvent(r, 'ASSAULT');
  assert.ok(hold && has(hold.actor, 'AL_SHABAAB') && !has(hold.actor, 'KEN'));
  const protest = findEvent(r, 'PROTEST');
  assert.ok(protest && !has(protest.actor, 'AL_SHABAAB'));
});

test('"without agreeing" is a negated agreement', () => {
  const e = findEvent(run('Serbian and Kosovan negotiators ended two days of talks in Brussels without agreeing to a border deal.'), 'AGREE');
  assert.ok(e);
  assert.equal(e.negated, true);
});

test('a share of a loan named by its lender is not a new loan', () => {
  const r = run('Japan will give Ukraine 3 billion dollars as its share of a $50 billion G7 loan, Tokyo said.');
  assert.equal(events(r).filter((e) => e.event === 'AID' && has(e.actor, 'G7')).length, 0);
});

test('a prosecutor seeking arrest warrants accuses; it requests nothing of the accused', () => {
  const r = run("ICC prosecutor Karim Khan said he was seeking an arrest warrant for Myanmar's military leader Min Aung Hlaing.");
  const e = findEvent(r, 'ACCUSE');
  assert.ok(e && has(e.recipient, 'MMR'));
  assert.equal(findEvent(r, 'REQUEST'), undefined);
});

test('allowing aid in is a material concession; easing an administrative rule is a verbal one', () => {
  const aid = run('Myanmar\'s junta allowed aid trucks into Rakhine state on Sunday.');
  assert.ok(findEvent(aid, 'RETREAT'));
  const students = run('Japan will allow Chinese students to stay at Japanese universities, Tokyo said.');
  const e = findEvent(students, 'CONCEDE', 'JPN');
  assert.ok(e);
  assert.equal(findEvent(students, 'RETREAT'), undefined);
});

test('pulling out of talks or a deal is SANCTION; pulling out of a town is RETREAT', () => {
  const talks = run('The ELN pulled out of peace talks with the Colombian government on Friday.');
  const e = findEvent(talks, 'SANCTION', 'ELN');
  assert.ok(e && has(e.recipient, 'COL'));
  assert.equal(findEvent(talks, 'RETREAT'), undefined);
  assert.ok(findEvent(run('Mali withdrew from the Algiers peace agreement, the junta said.'), 'SANCTION', 'MLI'));
  assert.ok(findEvent(run('Kenyan troops withdrew from the town of Kismayo.'), 'RETREAT', 'KEN'));
});

test('a host is the target of a visit; the host of talks stays the third party', () => {
  const e = findEvent(run('Qatar hosted Hamas leaders in Doha on Monday.'), 'CONSULT');
  assert.ok(e && has(e.actor, 'HAMAS') && has(e.recipient, 'QAT'));
  const r = run('Ruto and Abiy met in Nairobi at a summit hosted by Kenya.');
  // The host meets its guests (not its own president).
  const host = findEvent(r, 'CONSULT', 'KEN');
  assert.ok(host && has(host.recipient, 'ETH') && !has(host.recipient, 'KEN'), JSON.stringify(host));
  assert.ok(findEvent(run('Qatar hosted talks between Congo and Rwanda.'), 'CONSULT', 'QAT'));
});

test('lifting restrictions is a verbal concession; lifting a blockade a material one', () => {
  const r = run('Turkey lifted all restrictions on cargo flights to Armenia on Monday.');
  assert.ok(findEvent(r, 'CONCEDE', 'TUR'));
  assert.equal(findEvent(r, 'RETREAT'), undefined);
  assert.ok(findEvent(run('Saudi Arabia lifted its blockade of Qatar.'), 'RETREAT', 'SAU'));
});

test('accepting limits or demands is yielding; accepting a proposal is agreeing', () => {
  const r = run('North Korea could accept some limits on its missile programme, a South Korean official said.');
  assert.ok(findEvent(r, 'CONCEDE', 'PRK'));
  assert.equal(findEvent(r, 'AGREE'), undefined);
  assert.ok(findEvent(run('The ELN accepted the Colombian proposal on Monday.'), 'AGREE', 'ELN'));
});

test('the agent of a participle that modifies a thing is not the clause subject; a group "led by" X is X', () => {
  const r = run('Hundreds of radios used by Hamas fighters exploded across Gaza on Wednesday, killing nine people.');
  assert.equal(findEvent(r, 'ASSAULT', 'HAMAS'), undefined);
  assert.ok(findEvent(run('Rebels led by Hayat Tahrir al-Sham seized Aleppo.'), 'ASSAULT', 'HTS'));
});

test('approving a package of sanctions is a sanction, not an agreement', () => {
  const r = run('European Union countries approved a new package of sanctions against Belarus on Monday.');
  const e = findEvent(r, 'SANCTION', 'EU');
  assert.ok(e && has(e.recipient, 'BLR'));
  assert.equal(findEvent(r, 'AGREE'), undefined);
});

test('every coordinated gerund of an accusation is its content, not an event', () => {
  for (const text of [
    'The Tigray People\'s Liberation Front accused Eritrean troops of looting homes and killing civilians in the border town.',
    'Kyiv accused Moscow of abducting children and deporting them to Russia.',
    'Manila blamed Chinese coast guard vessels for ramming and blockading a Philippine supply boat.',
  ]) {
    const types = eventTypes(text);
    assert.deepEqual(types.filter((t) => t !== 'ACCUSE'), [], text);
    assert.ok(types.includes('ACCUSE'), text);
  }
  // A later clause of its own is still an event.
  assert.ok(eventTypes('Ukraine accused Russia of shelling Kherson, and Russian troops later attacked Zaporizhzhia.').includes('ASSAULT'));
});

test('what a demand asks for in a that-clause is no event', () => {
  const u = run('The U.N. Security Council demanded that the M23 halt its offensive and withdraw from occupied areas.');
  assert.equal(events(u).filter((e) => e.event === 'RETREAT').length, 0);
  assert.ok(findEvent(u, 'REQUEST', 'UNSC'));
  const p = run("Thousands of Serbian protesters blocked a Belgrade highway, demanding that Vucic's government accept an independent inquiry.");
  assert.equal(events(p).filter((e) => e.event === 'AGREE').length, 0);
  const n = run("Kabul rejected Islamabad's demand that the Taliban hand over the militants behind the attack.");
  assert.equal(events(n).filter((e) => e.event === 'RETREAT' || has(e.actor, 'TALIBAN')).length, 0);
});

test('a bare verb coordinated with an infinitive shares its governing verb', () => {
  const r = run('Beirut urged Washington to press Israel to halt its strikes and pull out of the five hilltop positions.');
  assert.equal(events(r).filter((e) => e.event === 'RETREAT').length, 0);
  // A finite conjunct has its own verb group: "refused ... and had rejected" is two events.
  const f = run('Hamas had refused to free the captives and had rejected all offers from the Egyptian mediators, an Israeli official said.');
  assert.ok(events(f).some((e) => e.event === 'REJECT' && has(e.recipient, 'EGY')));
});

test('"what they called" names something; it is no phone call', () => {
  const r = run("Thousands marched in Lahore chanting slogans against India, in rallies to celebrate what they called Pakistan's victory.");
  assert.equal(events(r).filter((e) => e.event === 'CONSULT').length, 0);
  const m = run('Russian missiles hit what Moscow called Ukrainian military targets in Odesa.');
  assert.equal(events(m).filter((e) => e.event === 'CONSULT').length, 0);
});
