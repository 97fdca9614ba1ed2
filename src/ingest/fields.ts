/**
 * Metadata columns of JSON Lines and CSV rows, under the names exports from common tools use.
 * The first present name wins.
 */
import type { ArticleInput } from '../model/records.js';
import { checkText, toDay } from './validate.js';
import { InputError, type ReadOptions } from './types.js';

const TEXT = ['text', 'body', 'content', 'article', 'full_text', 'story'];
const TITLE = ['title', 'headline', 'heading'];
const DATE = ['published', 'date', 'published_at', 'publish_date', 'pubdate', 'datetime', 'timestamp'];
const OUTLET = ['outlet', 'source', 'publisher', 'site', 'site_name', 'media'];
const URL_ = ['url', 'link', 'source_url', 'href'];
const LANGUAGE = ['language', 'lang'];

function pick(row: Record<string, unknown>, names: string[]): unknown {
  const lower = new Map(Object.keys(row).map((k) => [k.trim().toLowerCase(), k]));
  for (const n of names) {
    const key = lower.get(n);
    if (key !== undefined && row[key] !== undefined && row[key] !== null && row[key] !== '') return row[key];
  }
  return undefined;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  // JSON feeds often give the source as {"name": "..."}.
  if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

export function inputFromRow(row: Record<string, unknown>, opts: ReadOptions, what: string): ArticleInput {
  const rawText = pick(row, TEXT);
  if (rawText === undefined) {
    throw new InputError('malformed', `${what} has no text column (one of: ${TEXT.join(', ')})`);
  }
  const text = checkText(rawText, opts.maxBytes, what + ' text');
  return withDefaults({
    text,
    title: str(pick(row, TITLE)),
    published: toDay(pick(row, DATE)),
    outlet: str(pick(row, OUTLET)),
    url: str(pick(row, URL_)),
    language: str(pick(row, LANGUAGE)) ?? undefined,
  }, opts);
}

export function withDefaults(input: ArticleInput, opts: ReadOptions): ArticleInput {
  const d = opts.defaults;
  return {
    ...input,
    published: input.published ?? d.published ?? null,
    outlet: input.outlet ?? d.outlet ?? null,
    url: input.url ?? d.url ?? null,
  };
}
