/** Shared test helpers: the real knowledge base, loaded once, and record filters. */
import assert from 'node:assert/strict';
import { loadKnowledge } from '../src/knowledge/load.js';
import { code } from '../src/code.js';
import type { Actor, EventRecord, ParleyRecord, StatementRecord } from '../src/model/records.js';

export const kb = loadKnowledge();

export function run(text: string, published: string | null = '2024-08-20'): ParleyRecord[] {
  return code({ text, published }, kb);
}

export function events(records: ParleyRecord[]): EventRecord[] {
  return records.filter((r): r is EventRecord => r.kind === 'event');
}

/** The event types coded for a text, in order. */
export function eventTypes(text: string): string[] {
  return events(run(text)).map((e) => e.event);
}

export function statements(records: ParleyRecord[]): StatementRecord[] {
  return records.filter((r): r is StatementRecord => r.kind === 'statement');
}

export function ofKind<K extends ParleyRecord['kind']>(records: ParleyRecord[], kind: K): Extract<ParleyRecord, { kind: K }>[] {
  return records.filter((r) => r.kind === kind) as Extract<ParleyRecord, { kind: K }>[];
}

/** Codes an actor answers to: id, country, organisation. */
export function codesOf(a: Actor | null | undefined): string[] {
  if (!a) return [];
  return [a.id, a.country, a.org].filter((x): x is string => !!x);
}

export function has(list: Actor[], code: string): boolean {
  return list.some((a) => codesOf(a).includes(code));
}

export function findEvent(records: ParleyRecord[], type: string, actor?: string): EventRecord | undefined {
  return events(records).find((e) => e.event === type && (!actor || has(e.actor, actor)));
}

/** Asserts that the text codes an event of the type by the actor (and to the recipient, if given); returns it. */
export function expectEvent(text: string, type: string, actor: string, recipient?: string): EventRecord {
  const list = events(run(text));
  const e = list.find((x) => x.event === type && has(x.actor, actor));
  assert.ok(e, `${type} ${actor} in: ${text} (got ${list.map((x) => `${x.event} ${x.actor.map((a) => a.id ?? a.country).join('+')}`).join('; ')})`);
  if (recipient) assert.ok(has(e.recipient, recipient), `${recipient} is the recipient in: ${text}`);
  return e;
}

/** Asserts that the text codes no event of the type. */
export function lacksEvent(text: string, type: string): void {
  assert.ok(!eventTypes(text).includes(type), `no ${type} in: ${text}`);
}
