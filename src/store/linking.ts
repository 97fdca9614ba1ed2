/**
 * Cross-article event linking: the same real-world event told by several outlets should count
 * once. Two event records are linked when they have the same PLOVER type, the same actor and
 * recipient sets (by dictionary id, else country, else words), dates at most one day apart, and
 * evidence sentences that share enough content words.
 */
import type { Actor, EventRecord } from '../model/records.js';

/** Token Jaccard at or above this joins a cluster. Type, actors and date already agree. */
export const LINK_MIN_JACCARD = 0.2;

const STOPWORDS = new Set(
  ('the a an and or but of to in on at for from by with as is are was were be been has have had it its ' +
   'this that these those he she they them his her their said says say on after before over into than ' +
   'not no also which who whom what when where while would could will can may might about against')
    .split(' '),
);

export function actorKey(actors: Actor[]): string {
  const keys = actors.map((a) => a.id ?? a.country ?? a.text.trim().toLowerCase());
  return [...new Set(keys)].sort().join('|');
}

export function evidenceTokens(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)))].sort();
}

export function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const setB = new Set(b);
  let shared = 0;
  for (const w of a) if (setB.has(w)) shared++;
  return shared / (a.length + b.length - shared);
}

/** YYYY-MM-DD shifted by `days`, or null for a date that is not a full day. */
export function shiftDay(date: string | null, days: number): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(date + 'T00:00:00Z');
  if (Number.isNaN(t)) return null;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export interface LinkKey {
  event: string;
  date: string | null;
  actorKey: string;
  recipientKey: string;
  tokens: string[];
}

export function linkKey(event: EventRecord, articleDate: string | null, sentenceText: string): LinkKey {
  return {
    event: event.event + (event.negated ? ':negated' : '') + (event.hypothetical ? ':hypothetical' : ''),
    date: fullDay(event.date) ?? fullDay(articleDate),
    actorKey: actorKey(event.actor),
    recipientKey: actorKey(event.recipient),
    tokens: evidenceTokens(sentenceText),
  };
}

function fullDay(d: string | null | undefined): string | null {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}
