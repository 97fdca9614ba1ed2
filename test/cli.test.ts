import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'src', 'cli', 'main.js');
const root = join(here, '..', '..');
const parley = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });

test('parley code writes JSON Lines: article first, then records in sentence order', () => {
  const r = parley(['code', 'examples/gaza-talks-2024-08-20.txt', '--date', '2024-08-20', '--outlet', 'Example Wire']);
  assert.equal(r.status, 0, r.stderr);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records[0].kind, 'article');
  assert.equal(records[0].outlet, 'Example Wire');
  assert.equal(records[0].published, '2024-08-20');
  const sentences = records.slice(1).map((x: { sentence: number }) => x.sentence);
  assert.deepEqual(sentences, [...sentences].sort((a, b) => a - b));
  for (const x of records.slice(1)) {
    assert.equal(x.article, records[0].id);
    assert.ok(typeof x.rule === 'string' && x.rule.length > 0);
    assert.ok(Array.isArray(x.span) && x.span[0] < x.span[1]);
  }
  assert.ok(records.some((x: { kind: string }) => x.kind === 'event'));
  assert.ok(records.some((x: { kind: string }) => x.kind === 'statement'));
});

test('ids are stable across runs', () => {
  const a = parley(['code', 'examples/sudan-talks-2024-08-15.txt', '--date', '2024-08-15']);
  const b = parley(['code', 'examples/sudan-talks-2024-08-15.txt', '--date', '2024-08-15']);
  assert.equal(a.stdout, b.stdout);
});

test('stdin with "-"', () => {
  const r = parley(['code', '-', '--date', '2024-05-01'], 'Ukrainian forces shot down 12 Russian drones overnight, the air force said.');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('"kind":"event"'));
});

test('bad input is named, the batch goes on, and the exit code says so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  const bin = join(dir, 'image.txt');
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '   \n');
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Egypt hosted talks between Israeli and Hamas negotiators on Sunday.');
  const r = parley(['code', bin, empty, join(dir, 'missing.txt'), good, '--date', '2024-08-20']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /image\.txt: binary data/);
  assert.match(r.stderr, /empty\.txt: empty/);
  assert.match(r.stderr, /missing\.txt: cannot read \(ENOENT\)/);
  assert.equal(r.stdout.trim().split('\n').filter((l) => l.includes('"kind":"article"')).length, 1);
});

test('usage errors: bad date, unknown option, unknown command', () => {
  assert.equal(parley(['code', 'x.txt', '--date', '20 Aug']).status, 2);
  const u = parley(['code', 'x.txt', '--colour']);
  assert.equal(u.status, 2);
  assert.match(u.stderr, /unknown option --colour/);
  assert.equal(parley(['frobnicate']).status, 2);
});

test('parley talks prints the table and --json the same state as data', () => {
  const t = parley(['talks', 'examples/gaza-talks-2024-08-20.txt', '--date', '2024-08-20']);
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout, /PROPOSALS/);
  assert.match(t.stdout, /STANCES/);
  const j = parley(['talks', 'examples/gaza-talks-2024-08-20.txt', '--date', '2024-08-20', '--json']);
  const state = JSON.parse(j.stdout);
  assert.ok(Array.isArray(state.proposals) && state.proposals.length >= 1);
  assert.ok(Array.isArray(state.matrix));
});

test('parley eval codes items that share an article together, so a pronoun finds its antecedent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  const items = [
    { id: 'p1', date: '2024-03-05', text: "Pakistan's army chief Asim Munir met Afghan Taliban officials in Kabul on Monday.", events: [{ event: 'CONSULT', actor: ['PAK'] }], statements: [] },
    { id: 'p2', date: '2024-03-05', text: 'He accused them of sheltering militants who attack Pakistani troops.', events: [{ event: 'ACCUSE', actor: ['PAK'] }], statements: [] },
  ];
  const apart = join(dir, 'apart.jsonl');
  const together = join(dir, 'together.jsonl');
  writeFileSync(apart, items.map((x) => JSON.stringify(x)).join('\n'));
  writeFileSync(together, items.map((x) => JSON.stringify({ ...x, article: 'pak-afg' })).join('\n'));
  const a = parley(['eval', apart, '--json']);
  const t = parley(['eval', together, '--json']);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(t.status, 0, t.stderr);
  // Alone, "He" names nobody; in its article it is the army chief, so Pakistan.
  assert.equal(JSON.parse(a.stdout)['apart.jsonl'].events.r, 0.5);
  assert.equal(JSON.parse(t.stdout)['together.jsonl'].events.r, 1);
});

test('parley eval scores a gold file and honours --min-f1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  const gold = join(dir, 'g.jsonl');
  writeFileSync(gold, [
    JSON.stringify({ id: 'a', date: '2024-01-10', text: 'Russia attacked Ukraine overnight.', events: [{ event: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'] }], statements: [] }),
    JSON.stringify({ id: 'b', date: '2024-01-10', text: 'China imposed sanctions on Lithuania.', events: [{ event: 'PROTEST', actor: ['LTU'] }], statements: [] }),
    // Right type and source, wrong target: a miss for the dyad measure, a hit for the source-actor one.
    JSON.stringify({ id: 'c', date: '2024-01-10', text: 'Serbia accused Kosovo of provocations.', events: [{ event: 'ACCUSE', actor: ['SRB'], recipient: ['ALB'] }], statements: [] }),
  ].join('\n'));
  const r = parley(['eval', gold, '--by', 'type']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /events \(type \+ actors\)\s+P\s+33\.3\s+R\s+33\.3/);
  assert.match(r.stdout, /source actor only\s+P\s+66\.7\s+R\s+66\.7/);
  assert.match(r.stdout, /\[b\] event PROTEST LTU/);
  assert.equal(parley(['eval', gold, '--min-f1', '0.9']).status, 1);
});
