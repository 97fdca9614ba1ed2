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
  const b = one('The convoy was stopped at the border, residents and local officials said.');
  assert.equal(b.speaker.text, 'residents and local officials');
});

test('a participle clause after "officials said," carries on the report; the content is before the speaker', () => {
  const a = one('Shelling hit a school in Kramatorsk, regional officials said, prompting calls for more air defence.');
  assert.equal(a.speaker.text, 'regional officials');
  assert.match(a.content, /^Shelling hit a school in Kramatorsk$/);
});
