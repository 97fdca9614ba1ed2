/**
 * Rows for other event datasets' tools. Each takes a stored event (reviews already applied)
 * and the size of its cluster, so one real-world event is one row with several sources.
 *
 * - PLOVER JSON Lines: the event as PLOVER names things (event, mode, context, actor, recipient).
 * - ACLED-like CSV: ACLED's event_type / sub_event_type vocabulary mapped from PLOVER and mode.
 * - GDELT-like CAMEO: tab-separated rows with actor codes (ISO3 + sector) and the CAMEO code.
 */
import type { Actor, EventRecord } from '../model/records.js';
import type { StoredRecord } from './types.js';

export type ExportFormat = 'plover' | 'acled' | 'cameo';
export const EXPORT_FORMATS: ExportFormat[] = ['plover', 'acled', 'cameo'];

export interface ClusterSources { articles: number; outlets: string[]; urls: string[] }

function names(actors: Actor[]): string {
  return actors.map((a) => a.name ?? a.text).join('; ');
}

function first<T>(xs: T[]): T | null {
  return xs.length ? xs[0]! : null;
}

export function ploverRow(s: StoredRecord, sources: ClusterSources): Record<string, unknown> {
  const e = s.record as EventRecord;
  const a = first(e.actor);
  const r = first(e.recipient);
  return {
    id: e.id,
    cluster: s.cluster,
    date: e.date ?? s.published,
    event: e.event,
    mode: e.mode,
    context: e.context,
    actor: a ? a.name ?? a.text : null,
    actor_id: a?.id ?? null,
    actor_country: a?.country ?? null,
    actor_sector: a?.sector ?? null,
    recipient: r ? r.name ?? r.text : null,
    recipient_id: r?.id ?? null,
    recipient_country: r?.country ?? null,
    recipient_sector: r?.sector ?? null,
    actors: e.actor,
    recipients: e.recipient,
    location: e.location,
    negated: e.negated,
    hypothetical: e.hypothetical,
    future: e.future,
    cameo: e.cameo,
    article: e.article,
    outlet: s.outlet,
    url: s.url,
    num_articles: sources.articles,
    outlets: sources.outlets,
    reviewed: s.review?.action ?? null,
  };
}

export const ACLED_COLUMNS = [
  'event_id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'country',
  'location', 'latitude', 'longitude', 'source', 'notes',
];

/** ACLED's categories for a PLOVER event: violence by its mode, the rest as strategic developments. */
export function acledType(e: EventRecord): [string, string] {
  const mode = (e.mode ?? '').toLowerCase();
  switch (e.event) {
    case 'ASSAULT':
      if (/air|drone|aerial/.test(mode)) return ['Explosions/Remote violence', 'Air/drone strike'];
      if (/shell|artillery|missile|rocket/.test(mode)) return ['Explosions/Remote violence', 'Shelling/artillery/missile attack'];
      if (/bomb|explos|ied|mine/.test(mode)) return ['Explosions/Remote violence', 'Remote explosive/landmine/IED'];
      if (/abduct|kidnap/.test(mode)) return ['Violence against civilians', 'Abduction/forced disappearance'];
      if (/sexual/.test(mode)) return ['Violence against civilians', 'Sexual violence'];
      return ['Battles', 'Armed clash'];
    case 'PROTEST':
      return /riot|violent/.test(mode) ? ['Riots', 'Violent demonstration'] : ['Protests', 'Peaceful protest'];
    case 'COERCE':
      if (/arrest|detain/.test(mode)) return ['Strategic developments', 'Arrests'];
      if (/seiz|destroy|loot/.test(mode)) return ['Strategic developments', 'Looting/property destruction'];
      return ['Strategic developments', 'Other'];
    case 'AGREE':
      return ['Strategic developments', 'Agreement'];
    case 'RETREAT':
      return ['Strategic developments', 'Non-violent transfer of territory'];
    case 'MOBILIZE':
      return ['Strategic developments', 'Change to group/activity'];
    default:
      return ['Strategic developments', 'Other'];
  }
}

export function acledRow(s: StoredRecord, sources: ClusterSources): string[] {
  const e = s.record as EventRecord;
  const [type, sub] = acledType(e);
  const notes = `${e.event}${e.mode ? '/' + e.mode : ''}${e.negated ? ' (negated)' : ''}${e.hypothetical ? ' (hypothetical)' : ''}`;
  return [
    e.id, e.date ?? s.published ?? '', type, sub,
    e.actor[0] ? e.actor[0].name ?? e.actor[0].text : '',
    names(e.actor.slice(1)),
    names(e.recipient),
    e.location?.country ?? e.actor[0]?.country ?? '',
    e.location?.name ?? '',
    e.location?.lat !== undefined ? String(e.location.lat) : '',
    e.location?.lon !== undefined ? String(e.location.lon) : '',
    sources.outlets.length ? sources.outlets.join('; ') : s.outlet ?? '',
    notes,
  ];
}

export function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

export const CAMEO_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor2Code', 'Actor2Name',
  'Actor2CountryCode', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'NumSources', 'NumArticles',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'SOURCEURL',
];

/** CAMEO actor type codes for the sectors the actor dictionary uses. */
const SECTOR_CODE: Record<string, string> = {
  government: 'GOV', military: 'MIL', police: 'COP', rebel: 'REB', insurgent: 'INS', opposition: 'OPP',
  judiciary: 'JUD', legislature: 'LEG', media: 'MED', ngo: 'NGO', igo: 'IGO', civilian: 'CVL', business: 'BUS',
  party: 'PTY', religious: 'REL', diplomatic: 'GOV', militia: 'REB', refugees: 'REF', health: 'HLH',
};

export function cameoActorCode(a: Actor | null): string {
  if (!a) return '';
  const sector = a.sector ? SECTOR_CODE[a.sector.toLowerCase()] ?? '' : '';
  return (a.country ?? '') + sector;
}

/** GDELT's QuadClass: verbal/material cooperation (1, 2), verbal/material conflict (3, 4). */
export function quadClass(root: number): number {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

export function cameoRow(s: StoredRecord, sources: ClusterSources): string[] | null {
  const e = s.record as EventRecord;
  if (!e.cameo || e.negated || e.hypothetical) return null; // GDELT rows are events that happened.
  const code = e.cameo.replace(/\D/g, '');
  if (!code) return null;
  const a1 = first(e.actor);
  const a2 = first(e.recipient);
  const date = (e.date ?? s.published ?? '').replace(/-/g, '').slice(0, 8);
  return [
    e.id, date, cameoActorCode(a1), a1 ? a1.name ?? a1.text : '', a1?.country ?? '',
    cameoActorCode(a2), a2 ? a2.name ?? a2.text : '', a2?.country ?? '',
    code, code.slice(0, 3), code.slice(0, 2), String(quadClass(Number(code.slice(0, 2)))),
    String(sources.outlets.length || 1), String(sources.articles),
    e.location?.name ?? '', e.location?.country ?? '',
    e.location?.lat !== undefined ? String(e.location.lat) : '', e.location?.lon !== undefined ? String(e.location.lon) : '',
    s.url ?? '',
  ].map((c) => c.replace(/[\t\n\r]/g, ' '));
}
