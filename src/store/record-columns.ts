/**
 * What the store indexes about a record, whatever its kind: a type to filter on, a date, and
 * every actor in any role. Kept here so SQLite and any other store index the same way.
 */
import type { Actor, ParleyRecord } from '../model/records.js';

export function recordType(r: ParleyRecord): string | null {
  switch (r.kind) {
    case 'event': return r.event;
    case 'statement': return r.form;
    case 'position': return r.stance;
    case 'role': return r.role;
    case 'demand': return r.polarity;
    default: return null;
  }
}

export function recordDate(r: ParleyRecord, articleDate: string | null): string | null {
  const own = r.kind === 'event' || r.kind === 'statement' || r.kind === 'position' ? r.date : null;
  return own ?? articleDate ?? null;
}

function isActor(v: unknown): v is Actor {
  return typeof v === 'object' && v !== null && 'text' in v && 'id' in v && 'country' in v;
}

/** Every actor the record names, found by shape so new record fields are indexed too. */
export function recordActors(r: ParleyRecord): Actor[] {
  const out: Actor[] = [];
  for (const v of Object.values(r)) {
    if (isActor(v)) out.push(v);
    else if (Array.isArray(v)) for (const x of v) if (isActor(x)) out.push(x);
  }
  return out;
}

/** The lowercased names an actor filter can match: id, name, country and the words used. */
export function actorSearchKeys(r: ParleyRecord): string[] {
  const keys = new Set<string>();
  for (const a of recordActors(r)) {
    for (const k of [a.id, a.name, a.country, a.text]) if (k && k.trim()) keys.add(k.trim().toLowerCase());
  }
  return [...keys];
}
