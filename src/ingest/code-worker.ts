/**
 * A coding thread: loads the dictionaries once, then codes the articles it is sent. Kept free of
 * any database work, so that SQLite has a single writer (the main thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { code } from '../code.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { ArticleInput } from '../model/records.js';

const kb = loadKnowledge((workerData as { dataDir?: string } | null)?.dataDir);
const port = parentPort!;

port.on('message', (msg: { seq: number; input: ArticleInput }) => {
  try {
    port.postMessage({ seq: msg.seq, records: code(msg.input, kb) });
  } catch (err) {
    port.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
port.postMessage({ ready: true });
