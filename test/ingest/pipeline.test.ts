import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestEvents } from '../../src/ingest/pipeline.js';
import { createCoder, type Coder } from '../../src/ingest/pool.js';
import { readSources } from '../../src/ingest/sources.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { SourceEvent } from '../../src/ingest/types.js';

const STORIES = [
  'Negotiators from both sides met in Doha on Monday to discuss a ceasefire, Qatari officials said.',
  'The United Nations called on the warring parties to allow aid convoys into the besieged city.',
  'Rebel commanders rejected the proposal, saying it did not guarantee the withdrawal of troops.',
  'Egypt and Qatar, which mediated the talks, said a new round would start next week in Cairo.',
];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'parley-pipe-'));
}

async function* events(list: SourceEvent[]): AsyncGenerator<SourceEvent> {
  for (const e of list) yield e;
}

function article(text: string, source: string, url: string | null = null): SourceEvent {
  return { kind: 'article', input: { text, url, published: '2024-05-14' }, source, path: null };
}

test('pipeline: codes with the real coder on worker threads, in input order, duplicates found before coding', async () => {
  const store = new SqliteStore(join(tmp(), 'p.db'));
  const coder = createCoder(2);
  let coded = 0;
  const counting: Coder = { size: coder.size, get fatal() { return coder.fatal; }, close: () => coder.close(), code: (i) => { coded++; return coder.code(i); } };
  try {
    const list = [
      ...STORIES.map((s, i) => article(s, `in:${i + 1}`, `https://w.example/${i}`)),
      article(STORIES[0]!, 'in:5', 'https://elsewhere.example/x'),
      article(STORIES[1] + '\r\n', 'in:6'),
      { kind: 'error', source: 'in:7', reason: 'binary', message: 'looks binary' } as SourceEvent,
      article(STORIES[2] + ' A spokesman declined to comment.', 'in:8', 'https://w.example/2'),
    ];
    const summary = await ingestEvents(store, events(list), counting, { inFlight: 2, batchSize: 2 });
    assert.equal(summary.ingested, 5);
    assert.equal(summary.versions, 1);
    assert.equal(summary.duplicates, 2);
    assert.deepEqual(summary.skipped, { binary: 1 });
    assert.equal(coded, 5, 'duplicates are not coded');
    const rows = await store.articles({ latestOnly: false });
    assert.deepEqual(rows.map((r) => r.source), ['in:1', 'in:2', 'in:3', 'in:4', 'in:8']);
    assert.equal(rows[4]!.version, 2);
    // A second run over the same input adds nothing and codes nothing.
    coded = 0;
    const again = await ingestEvents(store, events(list), counting);
    assert.equal(again.ingested, 0);
    assert.equal(again.duplicates, 7);
    assert.equal(coded, 0);
  } finally {
    await coder.close();
    await store.close();
  }
});

test('pipeline: an article the coder fails on is skipped and reported, the rest goes on', async () => {
  const store = new SqliteStore(join(tmp(), 'p.db'));
  const real = createCoder(0);
  const flaky: Coder = {
    size: 1, fatal: null, close: async () => {},
    code: (input) => (input.text.includes('Rebel') ? Promise.reject(new Error('boom')) : real.code(input)),
  };
  const errors: string[] = [];
  const summary = await ingestEvents(store, events(STORIES.map((s, i) => article(s, `in:${i + 1}`))), flaky, {
    onError: (e) => errors.push(`${e.source} ${e.reason} ${e.message}`),
  });
  assert.equal(summary.ingested, 3);
  assert.deepEqual(summary.skipped, { coding_failed: 1 });
  assert.deepEqual(errors, ['in:3 coding_failed coding failed (boom)']);
  await store.close();
});

test('pipeline: dictionaries that do not load stop the run with their error', async () => {
  const d = tmp();
  mkdirSync(join(d, 'in'));
  writeFileSync(join(d, 'in', 'a.txt'), STORIES[0]!);
  const store = new SqliteStore(join(d, 'p.db'));
  const coder = createCoder(1, join(d, 'no-such-data'));
  try {
    await assert.rejects(ingestEvents(store, readSources([join(d, 'in')], { maxBytes: 1e6, defaults: {} }), coder), /no-such-data/);
    assert.equal((await store.stats()).articles, 0);
  } finally {
    await coder.close();
    await store.close();
  }
});
