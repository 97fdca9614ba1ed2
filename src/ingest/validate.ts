/**
 * Checks that run before any parsing, so that a binary file or a wrong encoding is reported as
 * such rather than as a strange parse error or, worse, coded as gibberish.
 */
import { InputError } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A NUL byte, or more than 2% control characters that text never has, means binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** Decodes UTF-8 strictly (a BOM is dropped later by normalisation). */
export function decodeUtf8(bytes: Uint8Array, what = 'text'): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError('encoding', `${what} is not valid UTF-8 (first bad byte at offset ${at})`);
  }
}

export function checkBytes(bytes: Uint8Array, maxBytes: number, what = 'text'): string {
  if (bytes.length > maxBytes) throw new InputError('too_large', `${what} is ${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  if (looksBinary(bytes)) throw new InputError('binary', `${what} looks binary (NUL or control bytes), not text`);
  return decodeUtf8(bytes, what);
}

/** Checks a text field taken out of a structured record (JSON, CSV, feed). */
export function checkText(text: unknown, maxBytes: number, what = 'text'): string {
  if (typeof text !== 'string') throw new InputError('malformed', `${what} is missing or not a string`);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new InputError('too_large', `${what} is ${bytes} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  if (text.includes('\u0000')) throw new InputError('binary', `${what} contains NUL characters`);
  // Decoders that are not strict (csv-parse, XML) leave U+FFFD where the bytes were not UTF-8.
  if (text.includes('\uFFFD')) throw new InputError('encoding', `${what} is not valid UTF-8 (replacement characters found)`);
  if (!text.trim()) throw new InputError('empty', `${what} is empty`);
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** YYYY-MM-DD from the many shapes dates take in metadata, or null. */
export function toDay(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // RFC 822 (RSS pubDate): keep the day as written, not shifted to UTC.
  const rfc = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/i.exec(s);
  if (rfc) {
    const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(rfc[2]!.toLowerCase()) / 3 + 1;
    return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
