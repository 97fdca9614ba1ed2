import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { BACKENDS } from './backends.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import type { ParleyRecord } from '../../src/model/records.js';
import { HAMAS, ISR, RUS, UKR, event, item, statement, tempDir } from './fixtures.js';

const WIRE = 'Israeli aircraft struck targets in Gaza on Tuesday. Hamas said the strikes killed four people. Egypt called for calm.';

test('the schema is migrated to the latest version, in WAL mode, and reopening changes nothing', async () => {
  const path = join(tempDir(), 'p.db');
  const s = new SqliteStore(path);
  assert.equal(s.schemaVersion, MIGRATIONS.length);
  assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
  await s.close();
  const again = new SqliteStore(path);
  const rows = again.db.prepare('SELECT version FROM schema_version').all();
  assert.equal(rows.length, MIGRATIONS.length);
  await again.close();
});

test('a database from a newer parley is refused, not damaged', async () => {
  const path = join(tempDir(), 'p.db');
  await new SqliteStore(path).close();
  const db = new Database(path);
  db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length + 1);
  db.close();
  assert.throws(() => new SqliteStore(path), /newer than this parley/);
});

for (const backend of BACKENDS) {
  test(`${backend.name}: the same normalised text is stored once, whatever its line ends, BOM or url`, async () => {
    const s = await backend.open();
    const first = await s.ingest(item({ text: WIRE, url: 'https://wire.example/a' }));
    assert.equal(first.status, 'new');
    assert.equal(first.version, 1);
    const paragraphs = WIRE.replace(/\. /g, '.\n\n');
    const lf = await s.ingest(item({ text: paragraphs, url: 'https://wire.example/b' }));
    const crlf = await s.ingest(item({ text: paragraphs.replace(/\n/g, '\r\n') + '  \r\n', url: 'https://wire.example/b' }));
    assert.equal(crlf.status, 'duplicate', 'CRLF line ends normalise to the same text');
    assert.equal(crlf.id, lf.id);
    const same = await s.ingest(item({ text: '\uFEFF' + WIRE.replace('Gaza ', 'Gaza\u00A0') + '\n\n\n', url: 'https://wire.example/other' }));
    assert.equal(same.status, 'duplicate', 'BOM, no-break spaces and trailing blank lines too, whatever the url');
    assert.equal(same.id, first.id);
    const stats = await s.stats();
    assert.equal(stats.articles, 2);
    await s.close();
  });

  test(`${backend.name}: a changed text under the same url becomes version 2 and hides version 1 by default`, async () => {
    const s = await backend.open();
    const url = 'https://wire.example/story?utm_source=feed';
    const v1 = await s.ingest(item({ text: WIRE, url, published: '2024-03-05' }, (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS])]));
    const v2 = await s.ingest(item({ text: WIRE + ' The army said it was investigating.', url: 'https://wire.example/story#top', published: '2024-03-05' },
      (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS])]));
    assert.deepEqual([v1.status, v1.version], ['new', 1]);
    assert.deepEqual([v2.status, v2.version], ['version', 2]);
    const latest = await s.articles();
    assert.deepEqual(latest.map((a) => [a.id, a.version]), [[v2.id, 2]]);
    const all = await s.articles({ latestOnly: false });
    assert.equal(all.length, 2);
    assert.equal((await s.records({ kind: 'event' })).length, 1, 'only the latest version counts');
    assert.equal((await s.records({ kind: 'event', latestOnly: false })).length, 2);
    // Outlet + title is the key when there is no url.
    const t1 = await s.ingest(item({ text: 'Talks resumed in Doha.', outlet: 'Wire', title: 'Talks resume' }));
    const t2 = await s.ingest(item({ text: 'Talks resumed in Doha on Sunday.', outlet: 'wire', title: 'Talks  resume' }));
    assert.deepEqual([t1.version, t2.status, t2.version], [1, 'version', 2]);
    await s.close();
  });

  test(`${backend.name}: each article is all or nothing: a failing batch leaves no part of any article`, async () => {
    const s = await backend.open();
    const good = item({ text: WIRE, url: 'u1' }, (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS])]);
    const bad = item({ text: 'Another story entirely.', url: 'u2' }, (a) => [
      { ...event(a, 0, 'ASSAULT', [ISR], [HAMAS]), kind: 'event', json: undefined } as unknown as ParleyRecord,
    ]);
    // A record whose id is null violates NOT NULL: the whole transaction must roll back.
    (bad.records[1] as { id: string | null }).id = null;
    await assert.rejects(s.ingestBatch([good, bad]));
    const stats = await s.stats();
    assert.equal(stats.articles, 0);
    assert.deepEqual(stats.records, {});
    await s.close();
  });

  test(`${backend.name}: records can be filtered by kind, type, actor, dates, outlet and full text`, async () => {
    const s = await backend.open();
    await s.ingest(item({ text: WIRE, outlet: 'Wire A', published: '2024-03-05', url: 'a' }, (a) => [
      event(a, 0, 'ASSAULT', [ISR], [HAMAS]),
      statement(a, 1, HAMAS, 'the strikes killed four people'),
    ]));
    await s.ingest(item({ text: 'Russian forces shelled Kharkiv overnight. Kyiv condemned the attack.', outlet: 'Wire B', published: '2024-04-01', url: 'b' },
      (a) => [event(a, 0, 'ASSAULT', [RUS], [UKR]), event(a, 1, 'ACCUSE', [UKR], [RUS])]));
    assert.equal((await s.records({ kind: 'event' })).length, 3);
    assert.equal((await s.records({ type: 'assault' })).length, 2);
    assert.equal((await s.records({ kind: 'event', actor: 'rus' })).length, 2, 'actor by id, any role');
    assert.equal((await s.records({ actor: 'Hamas' })).length, 2, 'actor by name, events and statements');
    assert.equal((await s.records({ kind: 'event', from: '2024-03-06' })).length, 2);
    assert.equal((await s.records({ kind: 'event', to: '2024-03-05' })).length, 1);
    assert.equal((await s.records({ outlet: 'wire b' })).length, 2);
    const shelled = await s.records({ q: 'shelled Kharkiv' });
    assert.deepEqual(shelled.map((r) => (r.record as { event?: string }).event), ['ASSAULT']);
    assert.equal((await s.records({ q: 'cease-fire' })).length, 0, 'punctuation in a query is not FTS syntax');
    assert.equal((await s.records({ kind: 'event', limit: 1, offset: 1 })).length, 1);
    assert.equal(await s.countRecords({ kind: 'event' }), 3);
    const found = await s.articles({ q: 'Kharkiv' });
    assert.equal(found.length, 1);
    assert.equal(found[0]!.outlet, 'Wire B');
    await s.close();
  });

  test(`${backend.name}: reviews are kept apart, the latest applies, rejected records are left out and corrections replace`, async () => {
    const s = await backend.open();
    let ids: string[] = [];
    await s.ingest(item({ text: WIRE, published: '2024-03-05', url: 'a' }, (a) => {
      const recs = [event(a, 0, 'ASSAULT', [ISR], [HAMAS]), event(a, 2, 'REQUEST', [actorEgypt()], [])];
      ids = recs.map((r) => r.id);
      return recs;
    }));
    await s.review({ recordId: ids[0]!, action: 'confirm', reviewer: 'ana' });
    await s.review({ recordId: ids[1]!, action: 'reject', reviewer: 'ana', note: 'not a request' });
    assert.deepEqual((await s.records({ kind: 'event' })).map((r) => r.id), [ids[0]]);
    assert.equal((await s.records({ kind: 'event', reviews: 'raw' })).length, 2);
    const machine = (await s.record(ids[0]!))!.machine;
    await s.review({ recordId: ids[0]!, action: 'correct', corrected: { ...machine, event: 'COERCE' } as ParleyRecord, reviewer: 'ben' });
    const after = await s.record(ids[0]!);
    assert.equal((after!.record as { event: string }).event, 'COERCE');
    assert.equal((after!.machine as { event: string }).event, 'ASSAULT', 'machine output untouched');
    assert.equal(after!.review!.reviewer, 'ben');
    assert.equal((await s.reviews(ids[0]!)).length, 2);
    await assert.rejects(s.review({ recordId: 'ev:nope', action: 'confirm' }), /no record/);
    await assert.rejects(s.review({ recordId: ids[0]!, action: 'correct', corrected: { ...machine, kind: 'statement' } as ParleyRecord }), /kind/);
    await s.close();
  });

  function actorEgypt() {
    return { text: 'Egypt', id: 'EGY', name: 'Egypt', country: 'EGY', sector: 'government', role: null };
  }

  test(`${backend.name}: recode replaces machine records, keeps reviews, and reports reviews whose record is gone`, async () => {
    const s = await backend.open();
    let ids: string[] = [];
    await s.ingest(item({ text: WIRE, published: '2024-03-05', url: 'a' }, (a) => {
      const recs = [event(a, 0, 'ASSAULT', [ISR], [HAMAS]), event(a, 2, 'REQUEST', [actorEgypt()], [])];
      ids = recs.map((r) => r.id);
      return recs;
    }));
    await s.review({ recordId: ids[0]!, action: 'reject', reviewer: 'ana' });
    await s.review({ recordId: ids[1]!, action: 'confirm', reviewer: 'ana' });
    // New dictionaries: the same ASSAULT (same id) and no REQUEST any more, plus a statement.
    const report = await s.recode((input) => {
      const built = item(input, (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS]), statement(a, 1, HAMAS, 'four killed')]);
      return built.records;
    });
    assert.equal(report.articles, 1);
    assert.equal(report.recordsBefore, 2);
    assert.equal(report.recordsAfter, 2);
    assert.deepEqual(report.orphanReviews.map((r) => r.recordId), [ids[1]]);
    assert.equal((await s.reviews()).length, 2, 'no review deleted');
    assert.equal((await s.records({ kind: 'event' })).length, 0, 'the rejection still applies after recoding');
    assert.equal((await s.records({ kind: 'statement' })).length, 1);
    assert.equal((await s.records({ q: 'killed' })).length, 1, 'sentence search rebuilt');
    await s.close();
  });

  test(`${backend.name}: a coder failing on one article during recode keeps that article's records`, async () => {
    const s = await backend.open();
    await s.ingest(item({ text: WIRE, url: 'a', published: '2024-03-05' }, (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS])]));
    const report = await s.recode(() => { throw new Error('dictionary broken'); });
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0]!.message, /dictionary broken/);
    assert.equal((await s.records({ kind: 'event' })).length, 1);
    assert.equal((await s.clusters()).length, 1);
    await s.close();
  });
}
