/**
 * Splits a byte stream into lines without decoding it first, so each line is checked for UTF-8
 * on its own and an error names its line. A line longer than `maxBytes` is not kept in memory:
 * it is reported by its length only.
 */
import type { Readable } from 'node:stream';

export interface Line {
  number: number;
  bytes: Buffer | null;
  /** Set when the line was longer than the limit (bytes is then null). */
  oversize: number;
}

export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const finish = (): Line => {
    const line: Line = size > maxBytes
      ? { number, bytes: null, oversize: size }
      : { number, bytes: Buffer.concat(parts), oversize: 0 };
    parts = [];
    size = 0;
    number++;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl === -1 ? chunk.length : nl;
      if (size + (end - start) <= maxBytes) parts.push(chunk.subarray(start, end));
      size += end - start;
      if (nl === -1) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield finish();
}
