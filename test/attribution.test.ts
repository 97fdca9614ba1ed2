import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, statements, codesOf } from './helpers.js';

const one = (text: string) => {
  const st = statements(run(text));
  assert.equal(st.length, 1, `one statement in: ${text}\n got ${JSON.stringify(st.map((s) => s.speaker.text))}`);
  return st[0]!;
};

test('speaker first, indirect, with "that"', () => {
  const s = one('Armenian Prime Minister Nikol Pashinyan said that the peace treaty was ready to be signed.');
  assert.equal(s.speaker.id, 'nikol-pashinyan');
  assert.equal(s.form, 'indirect');
  assert.equal(s.content, 'the peace treaty was ready to be signed');
  assert.equal(s.cue, 'said');
});

test('speaker last, with addressee and place', () => {
  const s = one('There will be no deal without a full withdrawal, Sergei Lavrov told journalists in Moscow.');
  assert.equal(s.speaker.id, 'sergei-lavrov');
  assert.equal(s.addressee?.text, 'journalists');
  assert.equal(s.location?.name, 'Moscow');
  assert.equal(s.content, 'There will be no deal without a full withdrawal');
});

test('the outlet a speaker talks to is the channel', () => {
  const s = one('An M23 spokesman told AFP that the rebels would stay in Goma.');
  assert.ok(codesOf(s.speaker).includes('M23'));
  assert.equal(s.channel, 'AFP');
});

test('inverted cue with an appositive and a channel after it', () => {
  const s = one('The army is running out of fuel, says Ahmed Salih, a Sudan analyst at the Rift Valley Institute to Bloomberg.');
  assert.equal(s.speaker.name, 'Ahmed Salih');
  assert.ok(s.channel && /Bloomberg/.test(s.channel));
});

test('"according to" before and after the content', () => {
  const a = one('According to the U.N., more than 10 million people have fled their homes in Sudan.');
  assert.equal(a.form, 'according_to');
  assert.equal(a.speaker.id, 'UN');
  const b = one('The convoy reached El Fasher on Sunday, according to the World Food Programme.');
  assert.equal(b.form, 'according_to');
  assert.equal(b.content, 'The convoy reached El Fasher on Sunday');
});

test('direct quote before the speaker', () => {
  const s = one('"We are not going anywhere," Hezbollah leader Naim Qassem said.');
  assert.equal(s.form, 'direct');
  assert.equal(s.speaker.id, 'naim-qassem');
  assert.match(s.content, /We are not going anywhere/);
});

test('partly quoted content is mixed', () => {
  const s = one('Zelenskiy said Russia was "playing for time" in the talks.');
  assert.equal(s.form, 'mixed');
});

test('passive speech cue: "is described by X as"', () => {
  const s = one('The Doha round is described by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani as decisive.');
  assert.equal(s.speaker.country, 'QAT');
});

test('reported speech inside reported speech gives two statements with their own speakers', () => {
  const st = statements(run('Hamas official Basem Naim told Reuters that when Washington says Israel has accepted, it is misleading the world.'));
  const speakers = st.map((s) => s.speaker.id ?? s.speaker.text);
  assert.ok(speakers.includes('basem-naim'), speakers.join(','));
  assert.ok(speakers.includes('USA'), speakers.join(','));
});

test('coordinated verbs share the subject: "condemns ... and says"', () => {
  const st = statements(run('The Kremlin, for its part, condemns the new sanctions and says they will backfire on Europe.'));
  assert.equal(st.length, 1);
  assert.equal(st[0]!.speaker.id, 'RUS');
});

test('"said yes to" is a stance, not reported speech', () => {
  assert.equal(statements(run('The plan that Kyiv said yes to was drafted in Jeddah.')).length, 0);
});

test('an unnamed speaker by title, and an office speaking for its owner', () => {
  const a = one('The strikes killed at least 12 people, a brigade spokesman said.');
  assert.equal(a.speaker.id, null);
  assert.equal(a.speaker.text, 'a brigade spokesman');
  const b = one("Sudan's foreign ministry said the decision was unjust.");
  assert.equal(b.speaker.id, 'SDN');
  assert.match(b.speaker.role ?? '', /foreign ministry/);
});

test('a noun phrase after "announced" is no reported speech; a clause after "said" is', () => {
  assert.equal(statements(run('The European Union announced new humanitarian funding for Sudan.')).length, 0);
  assert.equal(statements(run('Oman said the United States and the Houthis had agreed to stop targeting each other.')).length, 1);
});

test('sources the dictionaries do not know still speak: "according to two diplomats", "..., residents said"', () => {
  const a = one('The reservists have been called up, according to two diplomats in the region.');
  assert.equal(a.speaker.text, 'two diplomats in the region');
  assert.equal(a.form, 'according_to');
  const b = statements(run('The convoy was stopped at the border, residents and local officials said.'));
  assert.deepEqual(b.map((x) => x.speaker.text), ['residents', 'local officials']);
});

test('a participle clause after "officials said," carries on the report; the content is before the speaker', () => {
  const a = one('Shelling hit a school in Kramatorsk, regional officials said, prompting calls for more air defence.');
  assert.equal(a.speaker.text, 'regional officials');
  assert.match(a.content, /^Shelling hit a school in Kramatorsk$/);
});

const speakers = (text: string) => statements(run(text)).map((s) => s.speaker.id ?? s.speaker.text);

test('source phrases with a postmodifier speak as a whole, with the state named in them', () => {
  const a = one('Kyiv has asked for more Patriot batteries, two sources familiar with the request said.');
  assert.equal(a.speaker.text, 'two sources familiar with the request');
  const b = one('Khartoum will not attend the Geneva talks, an official in Sudan\'s foreign ministry said on Sunday.');
  assert.equal(b.speaker.text, "an official in Sudan's foreign ministry");
  assert.equal(b.speaker.country, 'SDN');
  const c = one('Islamabad has recalled its trade envoy, the foreign ministry in Islamabad said.');
  // (The actor layer resolves "the foreign ministry" to the one state in play; the phrase around it adds nothing.)
  assert.match(c.speaker.text, /^the foreign ministry/);
  assert.equal(c.speaker.country, 'PAK');
  // A name at the head of the subject stays the speaker; the place after "in" does not.
  const d = one('Houthi officials in Sanaa said the group would keep targeting ships.');
  assert.equal(d.speaker.id, 'HOUTHIS');
  // Unknown subjects at the start of a sentence, and after "but".
  assert.equal(one('The interior ministry said its forces had arrested three suspects.').speaker.text, 'The interior ministry');
  // ("the government" is Congo's: the actor layer resolves it to the one state in play.)
  assert.deepEqual(speakers('M23 said it would hold Goma, but the government in Kinshasa said the rebels must withdraw.'), ['M23', 'COD']);
});

test('the name before an appositive speaks, not the group the appositive names', () => {
  const a = one('The Qassam Brigades, the armed wing of Hamas, said its fighters had destroyed two tanks.');
  assert.equal(a.speaker.id, 'QASSAM_BRIGADES');
  const b = one("Kataib Hezbollah, an Iraqi militia backed by Tehran, said its drones had struck a U.S. base.");
  assert.match(b.speaker.text, /^Kataib Hezbollah$/);
});

test('a participle after a comma takes the subject of the clause it hangs on, not of a clause inside it', () => {
  assert.deepEqual(speakers('Hamas urged Cairo on Sunday to ensure that Israel would not resume the war, saying it had no trust in Israeli promises.'), ['HAMAS']);
  assert.deepEqual(speakers('Zelenskiy on Monday rejected the Kremlin\'s demand that Ukraine cede the Donbas, saying Ukrainians would never accept it.').map(String), ['volodymyr-zelenskyy']);
  // After a statement, the participle goes on with its speaker: one statement, not two.
  assert.deepEqual(speakers('Aliyev said Baku had reopened the border crossing, calling it a step towards peace.'), ['ilham-aliyev']);
  assert.deepEqual(speakers('Russia fired 40 drones at Kharkiv overnight, the Ukrainian air force said, adding that 35 had been shot down.'), ['UKR']);
});

test('one statement per speaker and sentence; coordinated speech verbs share the first speaker', () => {
  assert.deepEqual(speakers('The Houthis said they would widen their blockade and warned shipping firms that any vessel bound for Eilat would be targeted.'), ['HOUTHIS']);
  assert.deepEqual(speakers('Putin said Moscow was open to talks, but insisted that Kyiv must first withdraw its troops.'), ['vladimir-putin']);
});

test('conjoined sources each speak; named states speaking together make one joint statement', () => {
  assert.deepEqual(speakers('Al-Shabaab fighters stormed the base at dawn, killing nine soldiers, a local elder and a military officer said.'), ['a local elder', 'a military officer']);
  assert.deepEqual(speakers('Egypt and Qatar said the talks would resume in Cairo next week.'), ['EGY']);
  const j = statements(run('The RSF shelled the market in El Obeid, according to residents and a medical charity.'));
  assert.deepEqual(j.map((x) => x.speaker.text), ['residents', 'a medical charity']);
});

test('gapped relative clauses report speech: "what X called", "a move X called", "what it said were"', () => {
  assert.deepEqual(speakers('Hezbollah fired dozens of rockets at Safed in what the group called a response to the Beirut strike.').filter((x) => x !== 'ISR'), ['HEZBOLLAH']);
  assert.ok(speakers('Russia struck what it said were Ukrainian drone workshops in Zaporizhzhia.').includes('RUS'));
  assert.ok(speakers('Ethiopia began filling the dam, a move Cairo called a threat to its water security.').includes('EGY'));
  // "called" for a phone call or an appeal is no speech.
  assert.deepEqual(speakers('Macron called Tebboune on Monday.'), []);
  assert.deepEqual(speakers('The African Union called for an immediate ceasefire in Sudan.'), []);
  // A complement clause keeps its own subject: "the ministry said the strikes ..." is no relative.
  assert.deepEqual(speakers('Reuters reported that the ministry said the strikes had killed 12 people.').includes('the ministry'), true);
});

test('"call" names what something is: "calling it a war crime"', () => {
  assert.deepEqual(speakers("Ukraine's foreign ministry condemned the strike on the hospital in Kharkiv, calling it a deliberate war crime."), ['UKR']);
  assert.deepEqual(speakers('The Moldovan government called the decision unfriendly.').length, 1);
});

test('no statement: a negated cue, "recalled its ambassador", chants, and a clause coordinated after a comma', () => {
  assert.deepEqual(speakers('Israel says it has killed the commander, a claim Hezbollah did not immediately confirm.'), ['ISR']);
  assert.deepEqual(speakers('The strike prompted Algeria to recall its ambassador from Madrid.'), []);
  assert.deepEqual(speakers('Thousands of protesters marched in Tehran, chanting "Death to America".'), []);
  assert.deepEqual(speakers('China imposed tariffs on U.S. coal, and Washington responded with new export controls.'), []);
  assert.deepEqual(speakers('Azerbaijan shelled the village overnight, and Armenia vowed a firm response.'), []);
});

test('citing a source: the source speaks; citing a reason: the subject does', () => {
  const a = speakers('Rebel forces have entered Homs, Syrian state media reported, citing a military source.');
  assert.ok(a.includes('a military source'), a.join(','));
  assert.ok(a.includes('SYR'), a.join(','));
  assert.deepEqual(speakers('Gazprom cut gas supplies to Moldova on Wednesday, citing unpaid debts.'), ['GAZPROM']);
});

test('an unnamed source phrase ends where its relative clause or participle starts; evidence beside it speaks not', () => {
  const a = statements(run('Sudanese troops have massed near El Obeid, according to two aid workers who visited the city last week.'));
  assert.deepEqual(a.map((x) => x.speaker.text), ['two aid workers']);
  const b = statements(run('Chad has moved armoured units toward the border, according to three regional diplomats and satellite images reviewed by analysts.'));
  assert.deepEqual(b.map((x) => x.speaker.text), ['three regional diplomats']);
});

test('a reduced passive with an "as" cue speaks for its agent', () => {
  const st = statements(run('The junta extended emergency rule by six months on Friday, a step described by the National Unity Government as a power grab.'));
  const ngu = st.find((x) => /National Unity Government/.test(x.speaker.text));
  assert.ok(ngu && ngu.content === 'a power grab', JSON.stringify(st.map((x) => [x.speaker.text, x.content])));
  // Without an "as", a participle with "by" reports nothing said.
  assert.equal(statements(run('The talks, described by diplomats, ended on Friday.')).length, 0);
});

test('a gapped relative with "as" after a denial verb reports what the speaker called it', () => {
  const st = statements(run('Bamako accused Algiers of harbouring rebels, an accusation Algerian Foreign Minister Ahmed Attaf dismissed as absurd.'));
  assert.ok(st.some((x) => /Attaf/.test(x.speaker.text) && x.content === 'absurd'), JSON.stringify(st.map((x) => [x.speaker.text, x.content])));
});

test('", warning that ..." after a threat is the threatener speaking', () => {
  const st = statements(run('Turkish Defence Minister Yasar Guler threatened on Monday to strike Kurdish positions again, warning that Ankara would not wait for Baghdad to act.'));
  assert.ok(st.some((x) => /Guler/.test(x.speaker.text) && /Ankara would not wait/.test(x.content)), JSON.stringify(st.map((x) => [x.speaker.text, x.content])));
});

test('a second party after the addressee of "told" opens the content, without "that"', () => {
  const a = one('Kremlin aide Yuri Ushakov told reporters the two sides had agreed to meet again in Istanbul.');
  assert.ok(codesOf(a.speaker).includes('yuri-ushakov'), JSON.stringify(a.speaker));
  assert.ok(a.content.startsWith('the two sides'), a.content);
  const b = one('Sudanese army spokesman Nabil Abdallah told reporters the RSF had shelled El Obeid overnight.');
  assert.ok(b.content.startsWith('the RSF'), b.content);
  const c = one('Iran\'s U.N. envoy Amir Saeid Iravani told the Security Council Israel had violated the ceasefire twice.');
  assert.ok(c.content.startsWith('Israel'), c.content);
});
