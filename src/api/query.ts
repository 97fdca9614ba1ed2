/**
 * Query-string parsing for the read endpoints: the CLI's filters and pagination, checked strictly
 * so that a typo (?actr=HAMAS) is a 400 with a message rather than an unfiltered answer.
 */
import type { ArticleQuery, RecordQuery } from '../store/types.js';
import { badRequest } from './errors.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export const RECORD_FILTERS = ['actor', 'type', 'from', 'to', 'outlet', 'q'] as const;
export const ARTICLE_FILTERS = ['from', 'to', 'outlet', 'q'] as const;
const PAGING = ['limit', 'offset'] as const;

export type Params = Record<string, string>;

/** Rejects parameters the endpoint does not know, naming the ones it does. */
export function onlyKnown(params: Params, known: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) throw badRequest(`unknown query parameter '${name}' (known: ${known.join(', ') || 'none'})`);
  }
}

function day(params: Params, name: string): string | undefined {
  const v = params[name];
  if (v === undefined || v === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw badRequest(`'${name}' must be a date as YYYY-MM-DD, got '${v}'`);
  return v;
}

function whole(params: Params, name: string, fallback: number, max: number): number {
  const v = params[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw badRequest(`'${name}' must be a whole number, got '${v}'`);
  if (n > max) throw badRequest(`'${name}' must be at most ${max}, got ${n}`);
  return n;
}

const text = (params: Params, name: string) => (params[name]?.trim() ? params[name]!.trim() : undefined);

export interface Paging { limit: number; offset: number }

export function paging(params: Params): Paging {
  return { limit: whole(params, 'limit', DEFAULT_LIMIT, MAX_LIMIT), offset: whole(params, 'offset', 0, Number.MAX_SAFE_INTEGER) };
}

/** Record filters without paging (what counting and whole-store computations use). */
export function recordFilters(params: Params, extra: readonly string[] = []): RecordQuery {
  onlyKnown(params, [...RECORD_FILTERS, ...PAGING, ...extra]);
  const from = day(params, 'from');
  const to = day(params, 'to');
  if (from && to && from > to) throw badRequest(`'from' (${from}) is after 'to' (${to})`);
  return { actor: text(params, 'actor'), type: text(params, 'type'), from, to, outlet: text(params, 'outlet'), q: text(params, 'q') };
}

export function articleFilters(params: Params): ArticleQuery {
  onlyKnown(params, [...ARTICLE_FILTERS, ...PAGING]);
  const from = day(params, 'from');
  const to = day(params, 'to');
  if (from && to && from > to) throw badRequest(`'from' (${from}) is after 'to' (${to})`);
  return { from, to, outlet: text(params, 'outlet'), q: text(params, 'q') };
}
