/** Words for records: one-line summaries, and the classes that colour them. */
import type { Actor, ArticleRecord, ParleyRecord } from '../../src/model/records.js';

export const who = (a: Actor | null | undefined): string => (a ? a.name ?? a.text : '?');
export const whoAll = (xs: Actor[]): string => (xs.length ? xs.map(who).join(' and ') : '?');

/** Force (violence and its threat) against words of conflict against cooperation. */
const FORCE = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'MOBILIZE']);
const VERBAL = new Set(['ACCUSE', 'REJECT', 'PROTEST', 'SANCTION']);

export type Tone = 'violence' | 'conflict' | 'diplomacy' | 'statement';

export function toneOf(kind: string, event?: string): Tone {
  if (kind !== 'event') return 'statement';
  if (FORCE.has(event ?? '')) return 'violence';
  if (VERBAL.has(event ?? '')) return 'conflict';
  return 'diplomacy';
}

export const TONE_LABEL: Record<Tone, string> = {
  violence: 'force: assault, coercion, threats, mobilisation',
  conflict: 'verbal conflict: accusations, rejections, protests, sanctions',
  diplomacy: 'diplomacy and cooperation',
  statement: 'statement',
};

type Sourced = Exclude<ParleyRecord, ArticleRecord>;

/** Reported words without the quotation marks the article put around them. */
const unquote = (s: string) => s.replace(/^["“”']+|["“”',]+$/g, '').trim();

/**
 * One line about a record; `labelOf` names a record id (a position's target proposal).
 * `withType: false` leaves the event type out, for lists that show it in a column.
 */
export function summary(r: Sourced, labelOf: (id: string) => string | null = () => null, withType = true): string {
  switch (r.kind) {
    case 'statement':
      return `${who(r.speaker)} ${r.cue}${r.addressee ? ` to ${who(r.addressee)}` : ''}: “${unquote(r.content)}”`;
    case 'event': {
      const flags = [r.negated && 'not', r.hypothetical && 'if', r.future && 'future'].filter(Boolean).join(', ');
      const head = withType ? `${r.event}${r.mode ? '/' + r.mode : ''}` : r.mode ?? '';
      return `${head}${flags ? ` (${flags})` : ''}${head || flags ? ': ' : ''}${whoAll(r.actor)}${r.recipient.length ? ` → ${whoAll(r.recipient)}` : ''}` +
        `${r.location ? ` in ${r.location.name}` : ''}${r.asserted_by ? ` — per ${who(r.asserted_by)}` : ''}`;
    }
    case 'proposal':
      return `proposal “${r.label}”${r.proposer.length ? ` by ${whoAll(r.proposer)}` : ''}${r.version ? `, version “${r.version}”` : ''}${r.version_of ? ' (a different version)' : ''}`;
    case 'position':
      return `${who(r.party)} ${r.stance} ${labelOf(r.target) ?? 'the proposal'}${r.asserted_by ? ` — per ${who(r.asserted_by)}` : ''}`;
    case 'demand':
      return `${who(r.party)} ${r.polarity}: ${r.content}${r.asserted_by ? ` — per ${who(r.asserted_by)}` : ''}`;
    case 'dispute':
      return `${who(r.disputed_by)} disputes: ${r.summary}`;
    case 'role':
      return `${who(r.actor)}: ${r.role}${r.negotiation ? ` in ${r.negotiation}` : ''}`;
  }
}

export function recordDate(r: Sourced & { published?: string | null }): string | null {
  const own = r.kind === 'event' || r.kind === 'statement' || r.kind === 'position' ? r.date : null;
  return own ?? r.published ?? null;
}
