/**
 * Codes articles on worker threads (one per core by default). With zero workers it codes on the
 * calling thread, which is simpler and faster for a handful of articles.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { code } from '../code.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Knowledge } from '../knowledge/types.js';
import type { ArticleInput, ParleyRecord } from '../model/records.js';

export interface Coder {
  code(input: ArticleInput): Promise<ParleyRecord[]>;
  close(): Promise<void>;
  readonly size: number;
  /** Set when coding cannot work at all (dictionaries that do not load): stop, do not retry. */
  readonly fatal: Error | null;
}

interface Pending { resolve(r: ParleyRecord[]): void; reject(e: Error): void }

export function defaultWorkers(): number {
  return availableParallelism();
}

export function createCoder(workers: number, dataDir?: string): Coder {
  return workers > 0 ? new WorkerCoder(workers, dataDir) : new InlineCoder(dataDir);
}

class InlineCoder implements Coder {
  readonly size = 1;
  private kb: Knowledge | null = null;
  fatal: Error | null = null;
  constructor(private readonly dataDir?: string) {}
  async code(input: ArticleInput): Promise<ParleyRecord[]> {
    if (!this.kb) {
      try {
        this.kb = loadKnowledge(this.dataDir);
      } catch (err) {
        this.fatal = err as Error;
        throw err;
      }
    }
    return code(input, this.kb);
  }
  async close(): Promise<void> {}
}

class WorkerCoder implements Coder {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private seq = 0;
  private failure: Error | null = null;

  constructor(readonly size: number, dataDir?: string) {
    for (let i = 0; i < size; i++) this.spawn(dataDir);
  }

  private spawn(dataDir?: string): void {
    const worker = new Worker(new URL('./code-worker.js', import.meta.url), { workerData: { dataDir } });
    const slot = { worker, pending: new Map<number, Pending>() };
    worker.on('message', (msg: { seq?: number; records?: ParleyRecord[]; error?: string }) => {
      if (msg.seq === undefined) return;
      const p = slot.pending.get(msg.seq);
      if (!p) return;
      slot.pending.delete(msg.seq);
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.records!);
    });
    // A thread that dies (dictionaries that do not load, out of memory) fails what it held and
    // every later call: retrying would only fail the same way for every article.
    const die = (err: Error) => {
      this.failure ??= err;
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
    };
    worker.on('error', die);
    worker.on('exit', (code) => { if (code !== 0) die(new Error(`coding thread exited with code ${code}`)); });
    this.workers.push(slot);
  }

  code(input: ArticleInput): Promise<ParleyRecord[]> {
    if (this.failure) return Promise.reject(this.failure);
    // The least busy thread: articles differ in length, so round-robin would leave one idle.
    let slot = this.workers[0]!;
    for (const w of this.workers) if (w.pending.size < slot.pending.size) slot = w;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  get fatal(): Error | null {
    return this.failure;
  }
}
