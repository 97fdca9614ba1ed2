/**
 * Starts the real `parley serve` (the built CLI) on a temporary database and a free port, and
 * ingests the example articles through the API, as a user would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from dist/test/web/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'dist/src/cli/main.js');

export interface Served {
  url: string;
  token: string;
  dir: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startServe(args: string[] = [], env: Record<string, string> = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
  const token = env.PARLEY_TOKEN ?? 'test-token-' + Math.random().toString(36).slice(2);
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'test.db'), '--port', '0', ...args], {
    env: { ...process.env, PARLEY_TOKEN: token, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`parley serve did not start in 20 s:\n${out}`)), 20_000);
    // The "open" line comes last, after the token line: wait for it so the output is complete.
    const check = () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && /parley serve: open /.test(out)) { clearTimeout(timer); resolveUrl(m[1]!); }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`parley serve exited with ${code}:\n${out}`)); });
  });
  return {
    url, token, dir, output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function api(s: Served, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(s.url + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try { parsed = JSON.parse(text); } catch { /* not JSON: keep the text */ }
  return { status: res.status, body: parsed, headers: res.headers };
}

export const auth = (s: Served) => ({ Authorization: `Bearer ${s.token}` });

/** Posts every examples/*.txt, dated by its file name (gaza-talks-2024-08-20.txt). */
export async function ingestExamples(s: Served): Promise<{ file: string; id: string }[]> {
  const dir = join(ROOT, 'examples');
  const out: { file: string; id: string }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const published = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1];
    const text = readFileSync(join(dir, file), 'utf8');
    const res = await api(s, 'POST', '/api/articles', { text, published, outlet: 'Example Wire', title: text.split('\n')[0] }, auth(s));
    if (res.status !== 201 && res.status !== 200) throw new Error(`ingest ${file}: ${res.status} ${JSON.stringify(res.body)}`);
    out.push({ file, id: res.body.id as string });
  }
  return out;
}
