import { createHash } from 'node:crypto';

/**
 * The text every offset refers to. Normalising first means that the same story copied from a
 * web page or a terminal (CRLF, non-breaking spaces, curly quotes kept) gets the same id.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u200C\u200D\u2060]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function articleId(normalised: string): string {
  return 'sha256:' + createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/** Short stable id for a record: the same inputs always give the same id. */
export function recordId(prefix: string, ...parts: (string | number)[]): string {
  return prefix + ':' + createHash('sha1').update(parts.join('\u0001'), 'utf8').digest('hex').slice(0, 16);
}
