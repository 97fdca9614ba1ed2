/** Option parsing shared by the store commands (node:util parseArgs, so no dependency). */
import { parseArgs } from 'node:util';
import { DEFAULT_DB } from '../store/open.js';
import type { RecordQuery } from '../store/types.js';

export class UsageError extends Error {}

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export const DB_OPTION: Spec = { db: { type: 'string' } };

export const FILTER_OPTIONS: Spec = {
  actor: { type: 'string' }, type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
  outlet: { type: 'string' }, q: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
};

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: Spec): Parsed {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as Parsed;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function dbPath(values: Record<string, unknown>): string {
  return typeof values.db === 'string' ? values.db : process.env.PARLEY_DB ?? DEFAULT_DB;
}

export function intOption(values: Record<string, unknown>, name: string): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number, got '${String(v)}'`);
  return n;
}

export function dayOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--${name} needs a date as YYYY-MM-DD, got '${String(v)}'`);
  return v;
}

export function recordFilters(values: Record<string, unknown>): RecordQuery {
  return {
    actor: values.actor as string | undefined,
    type: values.type as string | undefined,
    from: dayOption(values, 'from'),
    to: dayOption(values, 'to'),
    outlet: values.outlet as string | undefined,
    q: values.q as string | undefined,
    limit: intOption(values, 'limit'),
    offset: intOption(values, 'offset'),
  };
}

/** Runs a command body, turning usage mistakes into exit code 2 with a message. */
export async function guarded(name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`parley ${name}: ${err.message}\n\n${usage}`);
      return 2;
    }
    throw err;
  }
}
