/** Reading article text from a file or stdin, refusing what is not text. */
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class ReadError extends Error {}

export function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** Decode bytes as UTF-8 text, or explain why they are not an article. */
export function decodeText(bytes: Buffer, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) throw new ReadError(`${name}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes`);
  if (bytes.includes(0)) throw new ReadError(`${name}: binary data (NUL bytes), not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad > text.length / 200) throw new ReadError(`${name}: not valid UTF-8 text (${bad} undecodable bytes)`);
  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\x01-\x08\x0E-\x1F\x7F]/g) ?? []).length;
  if (controls > text.length / 100 + 2) throw new ReadError(`${name}: looks binary (${controls} control characters)`);
  if (text.trim().length === 0) throw new ReadError(`${name}: empty`);
  return text;
}

export async function readArticleText(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  if (path === '-') return decodeText(await readStdin(), 'stdin', maxBytes);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ReadError(`${path}: is a directory (use 'parley ingest' for directories)`);
    size = st.size;
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (size > maxBytes) throw new ReadError(`${path}: ${size} bytes is over the limit of ${maxBytes} bytes`);
  return decodeText(readFileSync(path), path, maxBytes);
}
