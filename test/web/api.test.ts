/** The HTTP API without a browser: auth, limits, errors, pagination, ingest, review, OpenAPI. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkAccess, isLocalHost, isLoopback } from '../../src/api/access.js';
import { createApp } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { api, auth, ingestExamples, startServe, type Served } from './serve-helper.js';

let s: Served;
let gaza: string;

before(async () => {
  s = await startServe();
  const ids = await ingestExamples(s);
  gaza = ids.find((x) => x.file.startsWith('gaza'))!.id;
});
after(async () => { await s?.stop(); });

/** GET with a Host header of our choosing (fetch does not let one set it). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: any }> {
  const u = new URL(s.url + path);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, headers: { Host: host } }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => { data += d.toString(); });
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('access', () => {
  test('writes need the bearer token', async () => {
    const none = await api(s, 'POST', '/api/articles', { text: 'Hamas said no.' });
    assert.equal(none.status, 401);
    assert.equal(none.body.error, 'unauthorized');
    assert.match(none.body.message, /token/);
    const wrong = await api(s, 'POST', '/api/articles', { text: 'Hamas said no.' }, { Authorization: 'Bearer nope' });
    assert.equal(wrong.status, 401);
    const review = await api(s, 'POST', '/api/records/x/review', { action: 'confirm' });
    assert.equal(review.status, 401);
  });

  test('reads are open on localhost, refused for a Host that is not this machine', async () => {
    assert.equal((await api(s, 'GET', '/api/articles')).status, 200);
    const rebound = await getWithHost('/api/articles', 'evil.example:8377');
    assert.equal(rebound.status, 403);
    assert.equal(rebound.body.error, 'forbidden');
    assert.equal((await getWithHost('/api/articles', 'localhost:1234')).status, 200);
  });

  test('reads from another machine need --public or the token', () => {
    const policy = { token: 'secret', public: false };
    const remote = { method: 'GET', remote: '10.1.2.3', host: 'example.org', authorization: null };
    assert.throws(() => checkAccess(policy, remote), (e: { status?: number }) => e.status === 403);
    assert.doesNotThrow(() => checkAccess({ ...policy, public: true }, remote));
    assert.doesNotThrow(() => checkAccess(policy, { ...remote, authorization: 'Bearer secret' }));
    assert.throws(() => checkAccess({ ...policy, public: true }, { ...remote, method: 'POST' }), (e: { status?: number }) => e.status === 401);
    assert.ok(isLoopback('::ffff:127.0.0.1') && isLoopback('::1') && !isLoopback('10.0.0.1'));
    assert.ok(isLocalHost('[::1]:80') && isLocalHost('127.0.0.1') && !isLocalHost('127.0.0.1.evil.com'));
  });

  test('a generated token is printed at start when PARLEY_TOKEN is not set', async () => {
    const other = await startServe([], { PARLEY_TOKEN: '' });
    try {
      const m = /write token (\S+)/.exec(other.output());
      assert.ok(m, other.output());
      assert.ok(m[1]!.length >= 24);
      const res = await api(other, 'POST', '/api/articles', { text: 'Qatar said talks would resume.' }, { Authorization: `Bearer ${m[1]}` });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    } finally {
      await other.stop();
    }
  });
});

describe('errors', () => {
  test('JSON errors with status codes', async () => {
    const cases: [string, string, unknown, number, string, Record<string, string>?][] = [
      ['GET', '/api/events?actr=HAMAS', undefined, 400, 'bad_request'],
      ['GET', '/api/events?from=20-08-2024', undefined, 400, 'bad_request'],
      ['GET', '/api/events?limit=ten', undefined, 400, 'bad_request'],
      ['GET', '/api/events?limit=100000', undefined, 400, 'bad_request'],
      ['GET', '/api/events?from=2024-09-01&to=2024-08-01', undefined, 400, 'bad_request'],
      ['GET', '/api/articles/sha256:nope', undefined, 404, 'not_found'],
      ['GET', '/api/records/nope', undefined, 404, 'not_found'],
      ['GET', '/api/nothing-here', undefined, 404, 'not_found'],
      ['DELETE', '/api/articles', undefined, 404, 'not_found'],
      ['POST', '/api/articles', '{"text": ', 400, 'bad_request'],
      ['POST', '/api/articles', { text: 'a', html: '<p>a</p>' }, 400, 'bad_request'],
      ['POST', '/api/articles', { txt: 'Hamas said no.' }, 400, 'bad_request'],
      ['POST', '/api/articles', { text: '   ' }, 400, 'empty'],
      ['POST', '/api/articles', { text: 'Hamas said no.', published: 'someday' }, 400, 'bad_request'],
      ['POST', '/api/articles', 'x', 415, 'unsupported_media_type', { 'Content-Type': 'application/xml' }],
      ['POST', '/api/records/nope/review', { action: 'confirm' }, 404, 'not_found'],
    ];
    for (const [method, path, body, status, code, headers] of cases) {
      const res = await api(s, method, path, body, { ...auth(s), ...headers });
      assert.equal(res.status, status, `${method} ${path}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error, code, `${method} ${path}`);
      assert.equal(typeof res.body.message, 'string');
      assert.ok(res.body.message.length > 5);
    }
  });

  test('request bodies over --max-body are refused with 413', async () => {
    const small = await startServe(['--max-body', '2000']);
    try {
      const res = await api(small, 'POST', '/api/articles', { text: 'Hamas said no. '.repeat(500) }, auth(small));
      assert.equal(res.status, 413);
      assert.equal(res.body.error, 'payload_too_large');
      assert.match(res.body.message, /2000/);
    } finally {
      await small.stop();
    }
  });
});

describe('reading', () => {
  test('lists page with limit and offset and report the total', async () => {
    const all = await api(s, 'GET', '/api/statements?limit=1000');
    assert.equal(all.status, 200);
    assert.ok(all.body.total >= 2, `statements: ${all.body.total}`);
    assert.equal(all.body.items.length, all.body.total);
    const first = await api(s, 'GET', '/api/statements?limit=1');
    const second = await api(s, 'GET', '/api/statements?limit=1&offset=1');
    assert.equal(first.body.items.length, 1);
    assert.equal(first.body.total, all.body.total);
    assert.equal(first.body.limit, 1);
    assert.equal(second.body.offset, 1);
    assert.notEqual(first.body.items[0].id, second.body.items[0].id);
    assert.equal(second.body.items[0].id, all.body.items[1].id);
    const articles = await api(s, 'GET', '/api/articles?limit=1');
    assert.equal(articles.body.total, 2);
    assert.equal(articles.body.items.length, 1);
  });

  test('filters: type, actor, dates, full text', async () => {
    const assaults = await api(s, 'GET', '/api/events?type=ASSAULT');
    assert.ok(assaults.body.total >= 1);
    assert.ok(assaults.body.items.every((e: { event: string }) => e.event === 'ASSAULT'));
    const none = await api(s, 'GET', '/api/events?from=1990-01-01&to=1990-12-31');
    assert.equal(none.body.total, 0);
    const hamas = await api(s, 'GET', '/api/events?actor=hamas');
    assert.ok(hamas.body.items.length >= 1);
    const gazaOnly = await api(s, 'GET', '/api/articles?q=Blinken');
    assert.equal(gazaOnly.body.total, 1);
    assert.equal(gazaOnly.body.items[0].id, gaza);
  });

  test('an article comes with text, sentences and every record on a span', async () => {
    const res = await api(s, 'GET', `/api/articles/${encodeURIComponent(gaza)}`);
    assert.equal(res.status, 200);
    assert.match(res.body.text, /Blinken/);
    assert.ok(res.body.sentences.length > 5);
    assert.ok(res.body.records.length > 5);
    for (const r of res.body.records) {
      const [a, b] = r.record.span;
      assert.ok(a >= 0 && b <= res.body.text.length && a < b, `span of ${r.record.id}`);
    }
  });

  test('talks and network', async () => {
    const t = await api(s, 'GET', '/api/talks');
    assert.equal(t.status, 200);
    assert.equal(t.body.articles >= 1, true);
    assert.ok(t.body.proposals.length >= 1, 'a proposal');
    assert.ok(t.body.matrix.length >= 1, 'the examples give at least one stance on a proposal (a coder regression otherwise)');
    for (const cell of t.body.matrix) assert.ok(cell.sources.length >= 1);
    const n = await api(s, 'GET', '/api/network');
    assert.equal(n.status, 200);
    assert.ok(Array.isArray(n.body.nodes) && Array.isArray(n.body.edges));
    for (const e of n.body.edges) assert.ok(e.weight >= 1 && n.body.nodes.some((x: { id: string }) => x.id === e.source));
    assert.equal((await api(s, 'GET', '/api/talks?actor=HAMAS')).status, 400);
  });
});

describe('writing', () => {
  test('the same text twice is a duplicate; an HTML page is reduced to its text', async () => {
    const text = 'Qatar said on Monday that talks in Doha would resume next week.';
    const first = await api(s, 'POST', '/api/articles', { text, published: '2024-08-21' }, auth(s));
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('location'), `/api/articles/${encodeURIComponent(first.body.id)}`);
    const again = await api(s, 'POST', '/api/articles', { text, published: '2024-08-21' }, auth(s));
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'duplicate');
    const html = `<html><head><title>Talks</title><script>alert(1)</script></head><body><article>
      <h1>Talks resume</h1><p>${'Egypt said on Tuesday that Hamas and Israel would send delegations to Cairo. '.repeat(4)}</p></article></body></html>`;
    const page = await api(s, 'POST', '/api/articles', { html, outlet: 'Wire' }, auth(s));
    assert.equal(page.status, 201, JSON.stringify(page.body));
    const stored = await api(s, 'GET', `/api/articles/${encodeURIComponent(page.body.id)}`);
    assert.match(stored.body.text, /delegations to Cairo/);
    assert.doesNotMatch(stored.body.text, /<p>|alert/);
    assert.equal(stored.body.outlet, 'Wire');
    const plain = await api(s, 'POST', '/api/articles?published=2024-08-22&title=Plain', 'Israel said it would send a team to Cairo.', { ...auth(s), 'Content-Type': 'text/plain' });
    assert.equal(plain.status, 201, JSON.stringify(plain.body));
  });

  test('reviews are stored, and a rejected record leaves the lists', async () => {
    const events = await api(s, 'GET', '/api/events?limit=1000');
    const target = events.body.items[0];
    const confirm = await api(s, 'POST', `/api/records/${encodeURIComponent(target.id)}/review`, { action: 'confirm', reviewer: 'tester' }, auth(s));
    assert.equal(confirm.status, 201);
    assert.equal(confirm.body.action, 'confirm');
    const reject = await api(s, 'POST', `/api/records/${encodeURIComponent(target.id)}/review`, { action: 'reject', note: 'wrong actor' }, auth(s));
    assert.equal(reject.status, 201);
    const detail = await api(s, 'GET', `/api/records/${encodeURIComponent(target.id)}`);
    assert.deepEqual(detail.body.reviews.map((r: { action: string }) => r.action), ['confirm', 'reject']);
    assert.equal(typeof detail.body.sentence, 'string');
    const after = await api(s, 'GET', '/api/events?limit=1000');
    assert.equal(after.body.total, events.body.total - 1);
    assert.ok(!after.body.items.some((e: { id: string }) => e.id === target.id));
    const bad = await api(s, 'POST', `/api/records/${encodeURIComponent(target.id)}/review`, { action: 'correct' }, auth(s));
    assert.equal(bad.status, 400);
    const corrected = { ...target, event: 'ACCUSE' };
    for (const k of ['review', 'cluster', 'outlet', 'url', 'published']) delete corrected[k];
    const fix = await api(s, 'POST', `/api/records/${encodeURIComponent(target.id)}/review`, { action: 'correct', corrected }, auth(s));
    assert.equal(fix.status, 201, JSON.stringify(fix.body));
    const accusations = await api(s, 'GET', '/api/events?limit=1000');
    assert.equal(accusations.body.items.find((e: { id: string }) => e.id === target.id)?.event, 'ACCUSE');
  });
});

describe('openapi', () => {
  test('describes every endpoint the server has', async () => {
    const res = await api(s, 'GET', '/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = res.body;
    assert.equal(doc.openapi, '3.1.0');
    const dir = mkdtempSync(join(tmpdir(), 'parley-openapi-'));
    const store = new SqliteStore(join(dir, 'x.db'));
    try {
      const app = createApp({ store, knowledge: () => { throw new Error('unused'); }, policy: { token: 't', public: false }, maxBodyBytes: 1000, webDir: null });
      const routes = app.routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL');
      assert.ok(routes.length >= 12);
      for (const r of routes) {
        const path = r.path.replace(/:(\w+)/g, '{$1}');
        assert.ok(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path} is described`);
      }
      for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
        for (const method of Object.keys(ops)) {
          assert.ok(routes.some((r) => r.method.toLowerCase() === method && r.path.replace(/:(\w+)/g, '{$1}') === path), `${method} ${path} exists`);
        }
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
