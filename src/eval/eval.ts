/**
 * Scoring Parley against hand-coded gold sentences.
 *
 * Matching rules (documented in docs/evaluation.md):
 * - An event matches a gold event when the PLOVER type and the negation flag agree and the
 *   actor sets agree: every gold actor code names some system actor (by id, country or
 *   organisation) and every system actor is named by some gold actor code. When the gold event
 *   lists recipients, the recipient sets must agree the same way; an empty gold recipient list
 *   does not constrain the system.
 * - A statement matches a gold statement when the speaker agrees: the gold speaker string is
 *   the speaker's id or country code, or it occurs in (or contains) the speaker's name or text,
 *   ignoring case and a leading "the".
 * - Matching is one-to-one within a sentence, greedy in gold order.
 */
import type { Actor, EventRecord, ParleyRecord, StatementRecord } from '../model/records.js';
import type { Knowledge } from '../knowledge/types.js';
import { code } from '../code.js';

export interface GoldEvent {
  event: string;
  actor: string[];
  recipient?: string[];
  mode?: string;
  negated?: boolean;
  future?: boolean;
  hypothetical?: boolean;
}

export interface GoldStatement {
  speaker: string;
  addressee?: string;
  channel?: string;
}

export interface GoldItem {
  id: string;
  /** Items with the same `article` are coded together, in file order, as one article's paragraphs. */
  article?: string;
  conflict?: string;
  date?: string;
  text: string;
  heading?: boolean;
  events: GoldEvent[];
  statements: GoldStatement[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  id: string;
  text: string;
  what: string;
}

export interface EvalResult {
  sentences: number;
  events: Counts;
  /** Type, negation and source actors agree; recipients not compared. */
  eventActors: Counts;
  eventTypeOnly: Counts;
  statements: Counts;
  byType: Record<string, Counts>;
  byActor: Record<string, Counts>;
  modes: { future: [number, number]; hypothetical: [number, number] };
  misses: Miss[];
  falseAlarms: Miss[];
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

function codes(a: Actor): string[] {
  return [a.id, a.country, a.org].filter((x): x is string => typeof x === 'string' && x.length > 0).map((x) => x.toUpperCase());
}

function setsAgree(gold: string[], system: Actor[]): boolean {
  const g = gold.map((x) => x.toUpperCase());
  if (!g.every((code) => system.some((a) => codes(a).includes(code)))) return false;
  return system.every((a) => codes(a).some((c) => g.includes(c)));
}

/** `withRecipients` false gives the looser source-actor measure: type, negation and actor agree. */
function eventMatches(g: GoldEvent, e: EventRecord, withRecipients = true): boolean {
  if (g.event.toUpperCase() !== e.event) return false;
  if (Boolean(g.negated) !== e.negated) return false;
  if (!setsAgree(g.actor ?? [], e.actor)) return false;
  if (withRecipients && g.recipient && g.recipient.length > 0 && !setsAgree(g.recipient, e.recipient)) return false;
  return true;
}

function clean(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
}

export function speakerMatches(gold: string, a: Actor): boolean {
  const g = clean(gold);
  if (!g) return false;
  if (codes(a).map((x) => x.toLowerCase()).includes(g)) return true;
  for (const n of [a.name, a.text]) {
    if (!n) continue;
    const c = clean(n);
    if (c.includes(g) || (g.includes(c) && c.length >= 3)) return true;
  }
  return false;
}

const inc = (m: Record<string, Counts>, k: string, f: keyof Counts) => {
  (m[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++;
};

export function describeEvent(e: { event: string; actor: (string | Actor)[]; recipient?: (string | Actor)[]; negated?: boolean }): string {
  const n = (x: string | Actor) => (typeof x === 'string' ? x : x.id ?? x.country ?? `"${x.text}"`);
  return `${e.negated ? 'NOT ' : ''}${e.event} ${e.actor.map(n).join('+') || '?'} -> ${(e.recipient ?? []).map(n).join('+') || '-'}`;
}

/** Scores system records against gold items; `coded[i]` are the records for `gold[i]`. */
export function score(gold: GoldItem[], coded: ParleyRecord[][]): EvalResult {
  const res: EvalResult = {
    sentences: gold.length,
    events: { tp: 0, fp: 0, fn: 0 },
    eventActors: { tp: 0, fp: 0, fn: 0 },
    eventTypeOnly: { tp: 0, fp: 0, fn: 0 },
    statements: { tp: 0, fp: 0, fn: 0 },
    byType: {}, byActor: {},
    modes: { future: [0, 0], hypothetical: [0, 0] },
    misses: [], falseAlarms: [],
  };
  gold.forEach((item, idx) => {
    const records = coded[idx] ?? [];
    const events = records.filter((r): r is EventRecord => r.kind === 'event');
    const statements = records.filter((r): r is StatementRecord => r.kind === 'statement');
    // Events, one-to-one.
    const usedE = new Set<number>();
    for (const g of item.events ?? []) {
      const k = events.findIndex((e, j) => !usedE.has(j) && eventMatches(g, e));
      if (k >= 0) {
        usedE.add(k);
        res.events.tp++;
        inc(res.byType, g.event, 'tp');
        for (const c of g.actor) inc(res.byActor, c, 'tp');
        const e = events[k]!;
        if (g.future !== undefined) { res.modes.future[1]++; if (Boolean(g.future) === e.future) res.modes.future[0]++; }
        if (g.hypothetical !== undefined) { res.modes.hypothetical[1]++; if (Boolean(g.hypothetical) === e.hypothetical) res.modes.hypothetical[0]++; }
      } else {
        res.events.fn++;
        inc(res.byType, g.event, 'fn');
        for (const c of g.actor) inc(res.byActor, c, 'fn');
        const near = events.filter((e, j) => !usedE.has(j) && e.event === g.event.toUpperCase());
        res.misses.push({ id: item.id, text: item.text, what: `event ${describeEvent(g)}${near.length ? ` (got ${near.map(describeEvent).join('; ')})` : ''}` });
      }
    }
    events.forEach((e, j) => {
      if (usedE.has(j)) return;
      res.events.fp++;
      inc(res.byType, e.event, 'fp');
      for (const a of e.actor) inc(res.byActor, a.country ?? a.id ?? '?', 'fp');
      res.falseAlarms.push({ id: item.id, text: item.text, what: `event ${describeEvent(e)} [${e.rule}]` });
    });
    // Type, negation and source actors, recipients ignored, one-to-one.
    const usedA = new Set<number>();
    for (const g of item.events ?? []) {
      const k = events.findIndex((e, j) => !usedA.has(j) && eventMatches(g, e, false));
      if (k >= 0) { usedA.add(k); res.eventActors.tp++; } else res.eventActors.fn++;
    }
    res.eventActors.fp += events.length - usedA.size;
    // Event type alone.
    const goldTypes = (item.events ?? []).map((g) => g.event.toUpperCase());
    const sysTypes = events.map((e) => e.event as string);
    for (const t of goldTypes) {
      const k = sysTypes.indexOf(t);
      if (k >= 0) { res.eventTypeOnly.tp++; sysTypes.splice(k, 1); } else res.eventTypeOnly.fn++;
    }
    res.eventTypeOnly.fp += sysTypes.length;
    // Statements.
    const usedS = new Set<number>();
    for (const g of item.statements ?? []) {
      const k = statements.findIndex((s, j) => !usedS.has(j) && speakerMatches(g.speaker, s.speaker));
      if (k >= 0) { usedS.add(k); res.statements.tp++; }
      else {
        res.statements.fn++;
        res.misses.push({ id: item.id, text: item.text, what: `statement by ${g.speaker}${statements.length ? ` (got ${statements.map((s) => s.speaker.name ?? s.speaker.text).join(', ')})` : ''}` });
      }
    }
    statements.forEach((s, j) => {
      if (usedS.has(j)) return;
      res.statements.fp++;
      res.falseAlarms.push({ id: item.id, text: item.text, what: `statement by ${s.speaker.name ?? s.speaker.text} [${s.rule}]` });
    });
  });
  return res;
}

/**
 * Codes gold items: each on its own, or, when items carry an `article` key, each article's items
 * together as paragraphs of one document (so coreference and discourse carry across them), with
 * every record given back to the item its span starts in.
 */
export function codeGold(gold: GoldItem[], kb: Knowledge): ParleyRecord[][] {
  const out: ParleyRecord[][] = gold.map(() => []);
  const groups = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const key = g.article !== undefined ? `article:${g.article}` : `item:${i}`;
    const list = groups.get(key);
    if (list) list.push(i); else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    const first = gold[members[0]!]!;
    if (members.length === 1) { out[members[0]!] = code({ text: first.text, published: first.date ?? null }, kb); continue; }
    const starts: number[] = [];
    let text = '';
    for (const i of members) {
      if (text) text += '\n\n';
      starts.push(text.length);
      text += gold[i]!.text;
    }
    for (const r of code({ text, published: first.date ?? null }, kb)) {
      const at = 'span' in r && Array.isArray(r.span) ? r.span[0] : null;
      if (at === null) continue;
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > at) k--;
      out[members[k]!]!.push(r);
    }
  }
  return out;
}

export function parseGold(text: string, path: string): GoldItem[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  let items: unknown[];
  if (trimmed.startsWith('[')) {
    items = JSON.parse(trimmed) as unknown[];
  } else {
    items = trimmed.split('\n').filter((l) => l.trim()).map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (err) {
        throw new Error(`${path}:${i + 1}: not valid JSON (${(err as Error).message})`);
      }
    });
  }
  return items.map((x, i) => {
    const it = x as GoldItem;
    if (!it || typeof it.text !== 'string') throw new Error(`${path}: item ${i + 1} has no "text"`);
    return { ...it, id: it.id ?? `${i + 1}`, events: it.events ?? [], statements: it.statements ?? [] };
  });
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function renderResult(name: string, r: EvalResult, by: string[], showErrors: number): string {
  const lines: string[] = [];
  const row = (label: string, c: Counts) => {
    const { p, r: rec, f1 } = prf(c);
    return `  ${label.padEnd(28)} P ${pct(p)}  R ${pct(rec)}  F1 ${pct(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  lines.push(`${name}: ${r.sentences} sentences`);
  lines.push(row('events (type + actors)', r.events));
  lines.push(row('  source actor only', r.eventActors));
  lines.push(row('event type only', r.eventTypeOnly));
  lines.push(row('statements (speaker)', r.statements));
  const [fo, ft] = r.modes.future;
  const [ho, ht] = r.modes.hypothetical;
  if (ft) lines.push(`  future flag agrees on ${fo}/${ft} matched events; hypothetical on ${ho}/${ht}`);
  if (by.includes('type')) {
    lines.push('  by event type:');
    for (const k of Object.keys(r.byType).sort()) lines.push('  ' + row(k, r.byType[k]!));
  }
  if (by.includes('actor')) {
    lines.push('  by actor:');
    for (const k of Object.keys(r.byActor).sort()) lines.push('  ' + row(k, r.byActor[k]!));
  }
  if (showErrors > 0) {
    lines.push(`  misses (${r.misses.length}):`);
    for (const m of r.misses.slice(0, showErrors)) lines.push(`    [${m.id}] ${m.what}\n        ${m.text}`);
    lines.push(`  false alarms (${r.falseAlarms.length}):`);
    for (const m of r.falseAlarms.slice(0, showErrors)) lines.push(`    [${m.id}] ${m.what}\n        ${m.text}`);
  }
  return lines.join('\n') + '\n';
}
