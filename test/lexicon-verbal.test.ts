/** Verbal-type lexicon coverage (data/lexicon/events.json): entries fire, restricted senses do not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, events, findEvent, has } from './helpers.js';

test('ACCUSE idioms: lash out at, hit out at, point the finger at, voiced anger at', () => {
  const a = findEvent(run("Somalia's president lashed out at Kenya over the maritime dispute."), 'ACCUSE', 'SOM');
  assert.ok(a && has(a.recipient, 'KEN'));
  const h = run('Ethiopia hit out at Egypt over the Nile dam.');
  assert.ok(has(findEvent(h, 'ACCUSE', 'ETH')?.recipient ?? [], 'EGY'));
  assert.equal(findEvent(h, 'ASSAULT'), undefined, '"hit out at" is no attack');
  const f = findEvent(run('Turkey pointed the finger at the PKK for the bombing in Ankara.'), 'ACCUSE', 'TUR');
  assert.ok(f && has(f.recipient, 'PKK') && f.mode === 'allege');
  const v = findEvent(run('Pakistan voiced anger at India over the killings in Kashmir.'), 'ACCUSE', 'PAK');
  assert.ok(v && has(v.recipient, 'IND'));
  // The state noun without a support verb is no act.
  assert.equal(findEvent(run("Pakistan's anger at India grew after the killings in Kashmir."), 'ACCUSE'), undefined);
});

test('REJECT: balk at, shrug off, vote against; block only a resolution, bid or nomination', () => {
  const b = findEvent(run("Cyprus balked at Turkey's proposal for a two-state solution."), 'REJECT', 'CYP');
  assert.ok(b && has(b.recipient, 'TUR'));
  assert.ok(findEvent(run('China voted against the resolution on Myanmar.'), 'REJECT', 'CHN'));
  const k = findEvent(run("Hungary blocked Ukraine's bid to join the European Union."), 'REJECT', 'HUN');
  assert.ok(k && has(k.recipient, 'UKR'));
  assert.equal(findEvent(run('Serbia blocked the border crossing with Kosovo.'), 'REJECT'), undefined, 'blocking a crossing is no veto');
  const r = findEvent(run('Venezuela resisted U.S. pressure to hold early elections.'), 'REJECT', 'VEN');
  assert.ok(r && has(r.recipient, 'USA'));
  assert.equal(findEvent(run('Ukraine resisted the Russian offensive near Kharkiv.'), 'REJECT'), undefined, 'resisting an offensive is fighting');
});

test('REQUEST: apply for membership, invoke a treaty article, lean on', () => {
  const a = findEvent(run('Finland applied for NATO membership in May.'), 'REQUEST', 'FIN');
  assert.ok(a && has(a.recipient, 'NATO'));
  const f = findEvent(run('Egypt applied for a new loan from the IMF.'), 'REQUEST', 'EGY');
  assert.ok(f && f.mode === 'assist' && has(f.recipient, 'IMF'));
  assert.equal(findEvent(run('Thousands of Colombians applied for jobs in Panama.'), 'REQUEST'), undefined, 'job applications are no request');
  assert.ok(findEvent(run("Poland invoked NATO's Article 4 after the drone incursion."), 'REQUEST', 'POL'));
  const l = findEvent(run('Washington leaned on Israel to allow more aid into Gaza.'), 'REQUEST', 'USA');
  assert.ok(l && has(l.recipient, 'ISR'));
});

test('SUPPORT: paid tribute, expressed gratitude, threw its weight behind, voted in favour', () => {
  const t = findEvent(run('France paid tribute to Chad for its role in the Sahel.'), 'SUPPORT', 'FRA');
  assert.ok(t && has(t.recipient, 'TCD'));
  const g = findEvent(run('The European Union expressed gratitude to Jordan for hosting Syrian refugees.'), 'SUPPORT', 'EU');
  assert.ok(g && has(g.recipient, 'JOR'));
  const w = findEvent(run("The United States threw its weight behind Kenya's plan for Haiti."), 'SUPPORT', 'USA');
  assert.ok(w && has(w.recipient, 'KEN'));
  assert.ok(findEvent(run('Germany voted in favour of the resolution on Kosovo.'), 'SUPPORT', 'DEU'));
  assert.equal(findEvent(run('A tribute concert for the victims was held in Bamako.'), 'SUPPORT'), undefined);
});

test('AGREE: reached an understanding, a settlement; a treaty only with a support verb', () => {
  const u = findEvent(run('Greece and Turkey reached an understanding on their maritime boundary.'), 'AGREE');
  assert.ok(u && has(u.actor, 'GRC') && has(u.recipient, 'TUR'));
  const s = findEvent(run('Ethiopia and Eritrea reached a settlement over Badme.'), 'AGREE');
  assert.ok(s && has(s.actor, 'ETH'));
  const c = findEvent(run('Ethiopia and Kenya concluded a treaty on border security.'), 'AGREE');
  assert.ok(c && has(c.recipient, 'KEN'));
  assert.equal(findEvent(run('The treaty between Ethiopia and Kenya dates from 1963.'), 'AGREE'), undefined);
  assert.equal(events(run('Israeli settlements in the West Bank expanded last year.')).filter((e) => e.event === 'AGREE').length, 0, 'a settlement as a place is no agreement');
});

test('CONSULT: phone conversation, huddled with, reached out to an actor', () => {
  assert.equal(findEvent(run('Pakistan took aim at the inflation problem.'), 'ACCUSE'), undefined, 'taking aim at a problem accuses no one');
  const p = findEvent(run('Modi held a phone conversation with Xi on Tuesday.'), 'CONSULT');
  assert.ok(p && p.mode === 'phone' && has(p.recipient, 'xi-jinping'));
  const h = findEvent(run('Erdogan huddled with Putin in Sochi.'), 'CONSULT');
  assert.ok(h && has(h.recipient, 'vladimir-putin'));
  const r = findEvent(run('Washington reached out to Venezuela after the election.'), 'CONSULT', 'USA');
  assert.ok(r && has(r.recipient, 'VEN'));
  assert.equal(findEvent(run('Colombia reached out to bond markets after the downgrade.'), 'CONSULT'), undefined, 'reaching out to non-actors is no consultation');
});

test('support verbs: put/exert pressure on, inked or worked out a deal, came to an agreement', () => {
  const p = findEvent(run('The European Union put pressure on Serbia to de-escalate in northern Kosovo.'), 'REQUEST', 'EU');
  assert.ok(p && has(p.recipient, 'SRB'));
  const x = findEvent(run('China exerted pressure on Myanmar to end the fighting.'), 'REQUEST', 'CHN');
  assert.ok(x && has(x.recipient, 'MMR'));
  const d = findEvent(run('Sudan and South Sudan worked out a deal on oil transit fees.'), 'AGREE');
  assert.ok(d && has(d.actor, 'SDN') && has(d.recipient, 'SSD'));
  const c = findEvent(run('Armenia and Azerbaijan came to an agreement on the border commission.'), 'AGREE');
  assert.ok(c && has(c.recipient, 'AZE'));
  // "put" carries only event nouns: putting troops somewhere is no request.
  assert.equal(findEvent(run('India put more troops along the Line of Control.'), 'REQUEST'), undefined);
});

test('throw out a proposal rejects it; throwing out people does not; spoke by phone consults', () => {
  const t = findEvent(run("Ethiopia threw out Eritrea's proposal for a joint border force."), 'REJECT', 'ETH');
  assert.ok(t && has(t.recipient, 'ERI'));
  assert.equal(findEvent(run('Libyan police threw out the Egyptian workers.'), 'REJECT'), undefined);
  const s = findEvent(run('Blinken spoke by phone with Wang Yi on Friday.'), 'CONSULT');
  assert.ok(s && s.mode === 'phone' && has(s.recipient, 'wang-yi'));
  const g = findEvent(run("The United States gave its blessing to Kenya's plan for Haiti."), 'SUPPORT', 'USA');
  assert.ok(g && has(g.recipient, 'KEN'));
});

test('shoot down a proposal rejects it while a drone shot down stays an attack; legal action accuses', () => {
  const r = run("India shot down Pakistan's proposal for a neutral venue.");
  assert.ok(has(findEvent(r, 'REJECT', 'IND')?.recipient ?? [], 'PAK'));
  assert.equal(findEvent(r, 'ASSAULT'), undefined);
  const d = run('The Houthis shot down a U.S. drone over Yemen.');
  assert.ok(findEvent(d, 'ASSAULT', 'HOUTHIS'));
  assert.equal(findEvent(d, 'REJECT'), undefined);
  const l = findEvent(run('Guyana took legal action against Venezuela at the World Court.'), 'ACCUSE', 'GUY');
  assert.ok(l && l.mode === 'allege' && has(l.recipient, 'VEN'));
});

test('diplomatic displeasure nouns accuse with a support verb; an offer agrees', () => {
  const d = findEvent(run('Beijing expressed strong dissatisfaction with Manila over the reef incident.'), 'ACCUSE', 'CHN');
  assert.ok(d && has(d.recipient, 'PHL'));
  const r = findEvent(run('China lodged stern representations with South Korea.'), 'ACCUSE', 'CHN');
  assert.ok(r && has(r.recipient, 'KOR'));
  const o = findEvent(run("Kenya's offer to mediate between Ethiopia and Egypt was welcomed."), 'AGREE', 'KEN');
  assert.ok(o, 'an offer is AGREE by its author');
});

test('came out in support of / against, stood in solidarity with', () => {
  const s = findEvent(run("The Arab League came out in support of Egypt's reconstruction plan."), 'SUPPORT', 'ARAB_LEAGUE');
  assert.ok(s && has(s.recipient, 'EGY'));
  const a = findEvent(run("Hungary came out against Ukraine's accession talks."), 'REJECT', 'HUN');
  assert.ok(a && has(a.recipient, 'UKR'));
  const t = findEvent(run('Turkey stood in solidarity with Azerbaijan after the shelling.'), 'SUPPORT', 'TUR');
  assert.ok(t && has(t.recipient, 'AZE'));
  assert.equal(events(run('Pakistani negotiators came out of the meeting in Doha.')).filter((e) => e.event === 'REJECT' || e.event === 'SUPPORT').length, 0);
});

test('ACCUSE: blame pinned, laid, placed or shifted on a party', () => {
  for (const [text, actor, target] of [
    ['Israel pinned the blame for the strike on Hamas.', 'ISR', 'HAMAS'],
    ['Kyiv laid the blame on Moscow for the blast at the dam.', 'UKR', 'RUS'],
    ['Ankara placed the blame squarely on the PKK.', 'TUR', 'PKK'],
    ['Pakistan shifted the blame onto India for the bombing in Quetta.', 'PAK', 'IND'],
    ['Serbia will lay the blame on Kosovo for the clashes.', 'SRB', 'XKX'],
  ] as const) {
    const ev = findEvent(run(text), 'ACCUSE', actor);
    assert.ok(ev && has(ev.recipient, target), text);
  }
});

test('SUPPORT: signing an agreement document, whatever it is called; instruments signed alone are not', () => {
  for (const [text, actor, other] of [
    ['The foreign ministers of Armenia and Azerbaijan signed a declaration of principles in Washington.', 'ARM', 'AZE'],
    ['Hamas signed a memorandum with Fatah in Beijing on Tuesday.', 'HAMAS', 'FATAH'],
    ['Kosovo and Serbia signed a protocol on freedom of movement in Brussels.', 'XKX', 'SRB'],
  ] as const) {
    const ev = findEvent(run(text), 'SUPPORT', actor);
    assert.ok(ev && has(ev.recipient, other), text);
  }
  assert.equal(findEvent(run('Zelenskiy signed a directive on the mobilisation of reservists.'), 'SUPPORT'), undefined);
  assert.equal(findEvent(run('Trump signed a proclamation restricting entry from 12 countries.'), 'SUPPORT'), undefined);
  assert.equal(findEvent(run('Hungary signed a petition against the EU migration pact.'), 'SUPPORT'), undefined);
});

test('ACCUSE: taking issue with a party or its act', () => {
  const t = findEvent(run('Beijing took issue with Washington over the new tariffs.'), 'ACCUSE', 'CHN');
  assert.ok(t && has(t.recipient, 'USA'));
  const g = findEvent(run('Russia took issue with the G7 statement on Ukraine.'), 'ACCUSE', 'RUS');
  assert.ok(g && has(g.recipient, 'G7'));
});
