import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cli', 'main.js');

function parley(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'parley-cli-'));
}

const CITIES = ['Geneva', 'Doha', 'Cairo', 'Nairobi', 'Istanbul', 'Amman', 'Riyadh', 'Oslo'];
const GROUPS = ['the government', 'the rebels', 'the opposition alliance', 'the army', 'the militia'];

/** A short wire story, different for every n. */
function story(n: number): string {
  const city = CITIES[n % CITIES.length]!;
  const group = GROUPS[n % GROUPS.length]!;
  return `${city.toUpperCase()}, May ${1 + (n % 28)} (Wire) - Delegations from ${group} and its rivals met in ${city} on Tuesday ` +
    `for round ${n} of talks on a ceasefire, a mediator said.\n\nThe mediator said ${n % 7 + 2} prisoners would be exchanged ` +
    `if the truce held. Officials of ${group} rejected a demand to withdraw from ${n % 11 + 3} villages.`;
}

function count(db: string, sql: string): number {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
}

test('ingest: a mixed directory with bad files goes on, names each bad file, sums up, exits 1', () => {
  const d = tmp();
  const inDir = join(d, 'in');
  mkdirSync(join(inDir, 'sub'), { recursive: true });
  writeFileSync(join(inDir, 'a.txt'), story(1));
  writeFileSync(join(inDir, 'sub', 'b.jsonl'), [JSON.stringify({ text: story(2), url: 'https://w.example/2' }), '{oops', ''].join('\n'));
  writeFileSync(join(inDir, 'c.csv'), `title,date,outlet,text\nRound 3,2024-05-03,Wire,"${story(3)}"\n`);
  writeFileSync(join(inDir, 'd.bin'), Buffer.from([0, 1, 2, 3, 4]));
  writeFileSync(join(inDir, 'e.txt'), '');
  const db = join(d, 'p.db');
  const r = parley(['ingest', '--db', db, '--workers', '1', '--date', '2024-05-01', inDir]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^ingested 3 \(0 new versions, \d+ records\), duplicates 0, skipped 3 \((binary 1|empty 1|malformed 1)(, (binary 1|empty 1|malformed 1)){2}\)/);
  assert.match(r.stderr, /b\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /d\.bin: .*binary/);
  assert.match(r.stderr, /e\.txt: .*empty/);
  assert.equal(count(db, 'SELECT count(*) AS n FROM articles'), 3);
  assert.equal(count(db, "SELECT count(*) AS n FROM articles WHERE published = '2024-05-01'"), 2, '--date fills in only where missing');
  // Good files only, again: everything is a duplicate, exit 0.
  const again = parley(['ingest', '--db', db, '--workers', '0', join(inDir, 'a.txt'), join(inDir, 'c.csv')]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^ingested 0 .*duplicates 2, skipped 0/);
  // Usage mistakes exit 2.
  assert.equal(parley(['ingest', '--db', db]).code, 2);
  assert.equal(parley(['ingest', '--db', db, '--workers', 'many', inDir]).code, 2);
});

test('ingest from standard input: JSON Lines and plain text are recognised', () => {
  const d = tmp();
  const db = join(d, 'p.db');
  const jl = parley(['ingest', '--db', db, '--workers', '0', '-'], [story(10), story(11)].map((t) => JSON.stringify({ text: t })).join('\n'));
  assert.equal(jl.code, 0, jl.stderr);
  assert.match(jl.stdout, /^ingested 2 /);
  const txt = parley(['ingest', '--db', db, '--workers', '0', '--outlet', 'Stdin Wire', '-'], story(12));
  assert.equal(txt.code, 0, txt.stderr);
  assert.equal(count(db, "SELECT count(*) AS n FROM articles WHERE outlet = 'Stdin Wire'"), 1);
  const empty = parley(['ingest', '--db', db, '--workers', '0', '-'], '');
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /standard input is empty/);
});

test('kill -9 in the middle of an ingest, run again: no article lost, none duplicated, none half stored', async () => {
  const d = tmp();
  const inDir = join(d, 'in');
  mkdirSync(inDir);
  const N = 1500;
  for (let i = 0; i < N; i++) writeFileSync(join(inDir, `${String(i).padStart(5, '0')}.txt`), story(i));
  const db = join(d, 'p.db');
  const child = spawn(process.execPath, [MAIN, 'ingest', '--db', db, '--workers', '2', inDir], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stored = 0;
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    try {
      stored = count(db, 'SELECT count(*) AS n FROM articles');
    } catch {
      continue; // not created yet
    }
    if (stored > 0) break;
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(stored > 0 && stored < N, `killed mid-run (${stored} of ${N} stored)`);

  const r = parley(['ingest', '--db', db, '--workers', '2', inDir]);
  assert.equal(r.code, 0, r.stderr);
  const m = /^ingested (\d+) .*duplicates (\d+), skipped 0/.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.equal(Number(m[1]) + Number(m[2]), N);
  assert.ok(Number(m[2]) >= stored, 'what was stored before the kill is recognised, not coded again');
  assert.equal(count(db, 'SELECT count(*) AS n FROM articles'), N);
  assert.equal(count(db, 'SELECT count(DISTINCT doc_key) AS n FROM articles'), N);
  assert.equal(count(db, 'SELECT count(*) AS n FROM articles WHERE version != 1'), 0);
  // Every article has exactly the records it was stored with.
  assert.equal(count(db, 'SELECT coalesce(sum(record_count), 0) AS n FROM articles'), count(db, 'SELECT count(*) AS n FROM records'));
  assert.equal(count(db, 'SELECT count(*) AS n FROM records WHERE article NOT IN (SELECT id FROM articles)'), 0);
});

test('review, recode and export through the command line', () => {
  const d = tmp();
  const db = join(d, 'p.db');
  const file = join(d, 'stories.jsonl');
  writeFileSync(file, [0, 1, 2, 3].map((i) => JSON.stringify({ text: story(i), published: '2024-05-0' + (i + 1), outlet: 'Wire' })).join('\n'));
  assert.equal(parley(['ingest', '--db', db, '--workers', '0', file]).code, 0);
  const total = count(db, 'SELECT count(*) AS n FROM records');
  assert.ok(total > 0, 'the coder found records in the stories');
  const ids = (new Database(db, { readonly: true }).prepare('SELECT id FROM records ORDER BY id LIMIT 2').all() as { id: string }[]).map((x) => x.id);

  const rej = parley(['review', ids[0]!, '--reject', '--by', 'ana', '--db', db]);
  assert.equal(rej.code, 0, rej.stderr);
  assert.match(rej.stdout, /^reject .* by ana/);
  assert.equal(parley(['review', 'nope:1', '--confirm', '--db', db]).code, 1);
  assert.equal(parley(['review', ids[1]!, '--correct', '{not json', '--db', db]).code, 2);

  const rec = parley(['recode', '--db', db, '--workers', '0']);
  assert.equal(rec.code, 0, rec.stderr);
  assert.match(rec.stdout, new RegExp(`^recoded 4 articles: records ${total} -> ${total}, 0 reviews without their record`));
  assert.equal(count(db, 'SELECT count(*) AS n FROM reviews'), 1, 'the review survived recoding');
  assert.equal(count(db, 'SELECT count(*) AS n FROM records'), total, 'record ids are stable: recoding the same text adds nothing');

  for (const format of ['plover', 'acled', 'cameo']) {
    const out = join(d, `export.${format}`);
    const r = parley(['export', '--format', format, '--out', out, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(out, 'utf8');
    assert.doesNotMatch(text, new RegExp(ids[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${format}: the rejected record is left out`);
  }
  const ev = parley(['events', '--db', db, '--json', '--limit', '100']);
  assert.equal(ev.code, 0, ev.stderr);
  for (const line of ev.stdout.trim().split('\n').filter(Boolean)) assert.equal((JSON.parse(line) as { kind: string }).kind, 'event');
  assert.equal(parley(['statements', '--db', db, '--from', 'May 1']).code, 2, 'dates must be YYYY-MM-DD');
});

test('postgres: two ingests of the same files at once store each article once, none lost', { skip: !process.env.PARLEY_TEST_PG && 'PARLEY_TEST_PG not set' }, async () => {
  const { freshPgUrl } = await import('../store/backends.js');
  const url = await freshPgUrl();
  const d = tmp();
  const inDir = join(d, 'in');
  mkdirSync(inDir);
  const N = 300;
  for (let i = 0; i < N; i++) writeFileSync(join(inDir, `${String(i).padStart(4, '0')}.txt`), story(i));
  // Two versions of one document arrive in the two runs: it must end as versions 1 and 2, not two 1s.
  writeFileSync(join(d, 'v1.jsonl'), JSON.stringify({ text: story(9001), url: 'https://w.example/doc' }) + '\n');
  writeFileSync(join(d, 'v2.jsonl'), JSON.stringify({ text: story(9002), url: 'https://w.example/doc' }) + '\n');
  const run = (extra: string) => new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [MAIN, 'ingest', '--db', url, '--workers', '1', inDir, extra], { stdio: 'ignore' });
    child.on('exit', (code) => resolve(code ?? -1));
  });
  const codes = await Promise.all([run(join(d, 'v1.jsonl')), run(join(d, 'v2.jsonl'))]);
  assert.deepEqual(codes, [0, 0]);
  const pgmod = await import('pg');
  const client = new pgmod.default.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    assert.equal(await one('SELECT count(*) AS n FROM articles'), N + 2);
    assert.equal(await one("SELECT count(DISTINCT version) AS n FROM articles WHERE doc_key = 'url:https://w.example/doc'"), 2);
    assert.equal(await one('SELECT count(*) AS n FROM articles WHERE latest = 1'), N + 1);
    assert.equal(await one('SELECT coalesce(sum(record_count), 0) AS n FROM articles'), await one('SELECT count(*) AS n FROM records'));
  } finally {
    await client.end();
  }
});
