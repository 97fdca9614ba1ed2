import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../../src/ingest/sources.js';
import type { ReadOptions, SourceArticle, SourceError, SourceEvent } from '../../src/ingest/types.js';

const OPTS: ReadOptions = { maxBytes: 64 * 1024, defaults: {} };

const STORY = [
  'GENEVA, May 14 (Wire) - Envoys from the two sides met face to face for the first time in a year on Tuesday,',
  'a United Nations spokesperson said, as mediators pressed for an extension of the truce.',
  '',
  'The talks, hosted at the Palais des Nations, were expected to last three days.',
].join('\n');

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'parley-read-'));
}

async function read(paths: string[], opts: ReadOptions = OPTS): Promise<{ ok: SourceArticle[]; errors: SourceError[] }> {
  const events: SourceEvent[] = [];
  for await (const e of readSources(paths, opts)) events.push(e);
  return {
    ok: events.filter((e): e is SourceArticle => e.kind === 'article'),
    errors: events.filter((e): e is SourceError => e.kind === 'error'),
  };
}

test('plain text: one article per file, defaults applied', async () => {
  const d = dir();
  writeFileSync(join(d, 'story.txt'), STORY);
  const { ok, errors } = await read([join(d, 'story.txt')], { ...OPTS, defaults: { published: '2024-05-14', outlet: 'Wire' } });
  assert.equal(errors.length, 0);
  assert.equal(ok.length, 1);
  assert.equal(ok[0]!.input.text, STORY);
  assert.equal(ok[0]!.input.published, '2024-05-14');
  assert.equal(ok[0]!.input.outlet, 'Wire');
  assert.equal(ok[0]!.path, join(d, 'story.txt'));
});

test('HTML: main text without navigation, paragraphs kept, metadata from meta, time and JSON-LD', async () => {
  const d = dir();
  const paras = STORY.split('\n\n').map((p) => `<p>${p.replace(/\n/g, ' ')}</p>`).join('\n');
  writeFileSync(join(d, 'page.html'), `<!doctype html><html><head>
    <title>Envoys meet in Geneva | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="og:title" content="Envoys meet in Geneva">
    <meta property="article:published_time" content="2024-05-14T09:30:00Z">
    <link rel="canonical" href="https://news.example/envoys">
    </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Envoys meet in Geneva</h1>${paras}<p>${'Diplomats said the agenda covered prisoners, aid and a line of control. '.repeat(4)}</p></article>
    <footer>Copyright Example News</footer><script>var x = 1;</script></body></html>`);
  writeFileSync(join(d, 'ld.htm'), `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Truce extended","datePublished":"2024-06-01T10:00:00+02:00","publisher":{"name":"LD Wire"}}</script></head>
    <body><div><p>${'The truce was extended by a week, both delegations said in a joint statement on Saturday. '.repeat(5)}</p></div></body></html>`);
  writeFileSync(join(d, 'time.html'), `<html><body><article><time datetime="2024-07-02">2 July</time><p>${'Talks collapsed in the early hours after the delegations failed to agree on a map. '.repeat(5)}</p></article></body></html>`);
  const { ok, errors } = await read([d]);
  assert.deepEqual(errors, []);
  const byName = Object.fromEntries(ok.map((a) => [a.source.split('/').pop(), a.input]));
  const page = byName['page.html']!;
  assert.equal(page.title, 'Envoys meet in Geneva');
  assert.equal(page.outlet, 'Example News');
  assert.equal(page.published, '2024-05-14');
  assert.equal(page.url, 'https://news.example/envoys');
  assert.match(page.text, /^(Envoys meet in Geneva\n\n)?GENEVA, May 14/);
  assert.match(page.text, /mediators pressed for an extension of the truce\.\n\nThe talks, hosted/);
  assert.doesNotMatch(page.text, /Home|Copyright|var x/);
  assert.equal(byName['ld.htm']!.published, '2024-06-01');
  assert.equal(byName['ld.htm']!.title, 'Truce extended');
  assert.equal(byName['ld.htm']!.outlet, 'LD Wire');
  assert.equal(byName['time.html']!.published, '2024-07-02');
});

test('HTML declared as latin-1 is decoded by its charset', async () => {
  const d = dir();
  const html = `<html><head><meta charset="iso-8859-1"></head><body><p>${'Caf\u00e9 owners in the old town said the ceasefire had brought customers back. '.repeat(5)}</p></body></html>`;
  writeFileSync(join(d, 'latin.html'), Buffer.from(html, 'latin1'));
  const { ok, errors } = await read([d]);
  assert.deepEqual(errors, []);
  assert.match(ok[0]!.input.text, /Café owners/);
});

test('JSON Lines: text and metadata columns under common names; bad lines named by number', async () => {
  const d = dir();
  const lines = [
    JSON.stringify({ text: STORY, title: 'Envoys meet', published: '2024-05-14T08:00:00Z', outlet: 'Wire', url: 'https://w.example/1' }),
    '',
    JSON.stringify({ body: 'Second story about the truce talks in Doha.', headline: 'Doha', date: 'Tue, 14 May 2024 23:30:00 -0500', source: { name: 'Other' }, link: 'https://o.example/2' }),
    '{"text": "broken json',
    JSON.stringify({ title: 'no text here' }),
    JSON.stringify({ text: '   ' }),
    JSON.stringify(['an', 'array']),
    JSON.stringify({ text: 'x'.repeat(70 * 1024) }),
  ];
  writeFileSync(join(d, 'feed.jsonl'), lines.join('\r\n') + '\n');
  const { ok, errors } = await read([join(d, 'feed.jsonl')]);
  assert.equal(ok.length, 2);
  assert.deepEqual(ok[0]!.input, { text: STORY, title: 'Envoys meet', published: '2024-05-14', outlet: 'Wire', url: 'https://w.example/1', language: undefined });
  assert.equal(ok[0]!.source, join(d, 'feed.jsonl') + ':1');
  assert.equal(ok[1]!.input.published, '2024-05-14', 'the day as written, not shifted to UTC');
  assert.equal(ok[1]!.input.outlet, 'Other');
  assert.deepEqual(errors.map((e) => [e.source.split(':').pop(), e.reason]), [
    ['4', 'malformed'], ['5', 'malformed'], ['6', 'empty'], ['7', 'malformed'], ['8', 'too_large'],
  ]);
  assert.match(errors[0]!.message, /not valid JSON/);
  assert.match(errors[1]!.message, /no text column/);
});

test('JSON Lines: invalid UTF-8 and binary lines are reported, the rest is read', async () => {
  const d = dir();
  const good = Buffer.from(JSON.stringify({ text: 'Talks resumed on Monday.' }) + '\n');
  const badUtf8 = Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from(' talks"}\n')]);
  const binary = Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a]);
  writeFileSync(join(d, 'mixed.ndjson'), Buffer.concat([good, badUtf8, binary, good]));
  const { ok, errors } = await read([join(d, 'mixed.ndjson')]);
  assert.equal(ok.length, 2);
  assert.deepEqual(errors.map((e) => [e.source.split(':').pop(), e.reason]), [['2', 'encoding'], ['3', 'binary']]);
});

test('CSV: header names the columns; quoted newlines; a malformed row is named and skipped', async () => {
  const d = dir();
  const csv = [
    'title,published,source,url,text',
    `Envoys meet,2024-05-14,Wire,https://w.example/1,"${STORY.replace(/"/g, '""')}"`,
    'Doha round,2024-05-15,Other,https://o.example/2,"Mediators said a new round would open in Doha, ""soon""."',
    'Bad row,2024-05-16,Other',
    'Empty text,2024-05-17,Other,https://o.example/4,',
    'Last,2024-05-18,Other,https://o.example/5,Prisoner exchange completed.',
  ].join('\n');
  writeFileSync(join(d, 'rows.csv'), '\uFEFF' + csv + '\n');
  const { ok, errors } = await read([join(d, 'rows.csv')]);
  assert.equal(ok.length, 3);
  assert.equal(ok[0]!.input.text, STORY);
  assert.equal(ok[0]!.input.outlet, 'Wire');
  assert.equal(ok[1]!.input.text, 'Mediators said a new round would open in Doha, "soon".');
  assert.equal(ok[2]!.input.published, '2024-05-18');
  assert.deepEqual(errors.map((e) => [e.source.split(':').pop(), e.reason]), [['7', 'malformed'], ['8', 'malformed']]);
  assert.match(errors[0]!.message, /malformed CSV row/);
});

test('CSV without a text column, and with an unclosed quote, are reported', async () => {
  const d = dir();
  writeFileSync(join(d, 'notext.csv'), 'title,date\nA,2024-01-01\n');
  writeFileSync(join(d, 'unclosed.csv'), 'title,text\nA,"never closed\n');
  const { ok, errors } = await read([join(d, 'notext.csv'), join(d, 'unclosed.csv')]);
  assert.equal(ok.length, 0);
  assert.deepEqual(errors.map((e) => [e.source, e.reason]), [[join(d, 'notext.csv') + ':2', 'malformed'], [join(d, 'unclosed.csv') + ':2', 'malformed']]);
});

test('RSS and Atom feeds: one article per item, HTML descriptions made plain', async () => {
  const d = dir();
  writeFileSync(join(d, 'wire.rss'), `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire World</title>
<item><title>Envoys meet</title><link>https://w.example/1</link><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>
<description>short teaser</description><content:encoded><![CDATA[<p>Envoys met in Geneva.</p><p>Mediators pressed for a truce.</p>]]></content:encoded></item>
<item><title>Doha round</title><link>https://w.example/2</link><pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate><description>A new round opened in Doha &amp; Cairo.</description></item>
<item><title>Nothing</title></item>
</channel></rss>`);
  writeFileSync(join(d, 'atom.xml'), `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title type="text">Truce holds</title><link rel="alternate" href="https://a.example/t"/><published>2024-06-01T10:00:00Z</published>
<content type="html">&lt;p&gt;The truce held overnight, residents said.&lt;/p&gt;</content></entry></feed>`);
  const { ok, errors } = await read([d]);
  const inputs = ok.map((a) => a.input);
  assert.deepEqual(inputs.map((i) => [i.title, i.outlet, i.published, i.url]), [
    ['Truce holds', 'Atom Wire', '2024-06-01', 'https://a.example/t'],
    ['Envoys meet', 'Wire World', '2024-05-14', 'https://w.example/1'],
    ['Doha round', 'Wire World', '2024-05-15', 'https://w.example/2'],
  ]);
  assert.equal(inputs[1]!.text, 'Envoys met in Geneva.\n\nMediators pressed for a truce.');
  assert.equal(inputs[2]!.text, 'A new round opened in Doha & Cairo.');
  assert.deepEqual(errors.map((e) => [e.source.split('/').pop(), e.reason]), [['wire.rss#3', 'empty']]);
});

test('malformed XML names its line; a directory is walked recursively in name order, hidden files skipped', async () => {
  const d = dir();
  mkdirSync(join(d, 'b', 'deep'), { recursive: true });
  writeFileSync(join(d, 'a.txt'), 'First story about a ceasefire.');
  writeFileSync(join(d, 'b', 'deep', 'c.txt'), 'Third story about a prisoner swap.');
  writeFileSync(join(d, 'b', 'b.txt'), 'Second story about aid convoys.');
  writeFileSync(join(d, '.hidden.txt'), 'never read');
  writeFileSync(join(d, 'z.rss'), '<rss><channel><title>x</title>\n<item><title>a</item></channel></rss>');
  const { ok, errors } = await read([d]);
  assert.deepEqual(ok.map((a) => a.input.text.split(' ')[0]), ['First', 'Second', 'Third']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.source, join(d, 'z.rss') + ':2');
  assert.equal(errors[0]!.reason, 'malformed');
});

test('bad single files: binary, invalid UTF-8, empty, too large, missing, not HTML', async () => {
  const d = dir();
  writeFileSync(join(d, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(d, 'control.txt'), Buffer.from('ab\x01\x02\x03\x04\x05\x06cd'));
  writeFileSync(join(d, 'latin1.txt'), Buffer.from('Caf\xe9 talks', 'latin1'));
  writeFileSync(join(d, 'empty.txt'), '  \n\n ');
  writeFileSync(join(d, 'big.txt'), 'word '.repeat(20_000));
  writeFileSync(join(d, 'plain.html'), 'just words, no markup at all');
  writeFileSync(join(d, 'noext'), Buffer.from([0x00, 0x01, 0x02]));
  const { ok, errors } = await read([d, join(d, 'missing.txt')]);
  assert.equal(ok.length, 0);
  const reasons = Object.fromEntries(errors.map((e) => [e.source.split('/').pop(), e.reason]));
  assert.deepEqual(reasons, {
    'big.txt': 'too_large', 'control.txt': 'binary', 'empty.txt': 'empty', 'image.txt': 'binary', 'latin1.txt': 'encoding',
    'noext': 'binary', 'plain.html': 'malformed', 'missing.txt': 'unreadable',
  });
  const latin = errors.find((e) => e.source.endsWith('latin1.txt'))!;
  assert.match(latin.message, /not valid UTF-8 \(first bad byte at offset 3\)/);
});

test('a file without a known extension is recognised by its content', async () => {
  const d = dir();
  writeFileSync(join(d, 'rows'), JSON.stringify({ text: 'One.' }) + '\n' + JSON.stringify({ text: 'Two.' }) + '\n');
  writeFileSync(join(d, 'page'), `<html><body><p>${'A page about the talks and the truce that followed them. '.repeat(5)}</p></body></html>`);
  writeFileSync(join(d, 'arr.json'), JSON.stringify([{ text: 'Three.' }, 7]));
  const { ok, errors } = await read([d]);
  assert.deepEqual(ok.map((a) => a.input.text.slice(0, 6)), ['Three.', 'A page', 'One.', 'Two.']);
  assert.deepEqual(errors.map((e) => [e.source.split('/').pop(), e.reason]), [['arr.json[1]', 'malformed']]);
});
