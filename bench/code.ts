/**
 * `npm run bench`: codes the Brown corpus (about 1 million words of edited American English)
 * on one core and prints sentences per second, MB per second and peak RSS.
 * Options: --repeat N (default 1), --categories LETTERS (default all), --warmup N (articles coded
 * before the clock starts, default 3).
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge/load.js';
import { analyse } from '../src/code.js';
import { brownArticles } from './brown.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const repeat = Number(arg('repeat', '1'));
const categories = arg('categories', 'abcdefghjklmnpr');

const t0 = performance.now();
const kb = loadKnowledge();
const loadMs = performance.now() - t0;
const articles = brownArticles(categories);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

// Warm up the JIT on a few articles so that the figure is the steady state.
for (const a of articles.slice(0, Number(arg('warmup', '3')))) analyse({ text: a.text, published: '1961-06-01' }, kb);

let sentences = 0;
let records = 0;
const start = performance.now();
for (let r = 0; r < repeat; r++) {
  for (const a of articles) {
    const res = analyse({ text: a.text, published: '1961-06-01' }, kb);
    sentences += res.doc.sentences.length;
    records += res.records.length;
  }
}
const secs = (performance.now() - start) / 1000;
// The kernel's high-water mark of the resident set (KiB): the true peak, and free to read once at
// the end (polling rss() per article cost 2% of the run).
const maxRss = process.resourceUsage().maxRSS * 1024;
const mb = (bytes * repeat) / 1e6;
console.log(`knowledge base loaded in ${loadMs.toFixed(0)} ms`);
console.log(`coded ${articles.length * repeat} Brown files, ${mb.toFixed(1)} MB, ${sentences} sentences, ${records} records in ${secs.toFixed(2)} s on one core`);
console.log(`${Math.round(sentences / secs)} sentences/s, ${(mb / secs).toFixed(2)} MB/s, peak RSS ${(maxRss / 1e6).toFixed(0)} MB`);
