/** The WHERE clause of record queries, shared by listing and counting. */
import { PLOVER_TYPES } from '../model/records.js';
import { shiftDay } from './linking.js';
import { SENTENCE_ROWID_FACTOR } from './schema.js';
import type { RecordQuery } from './types.js';

export function buildRecordWhere(q: RecordQuery): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.latestOnly !== false) where.push('a.latest = 1');
  if (q.reviews !== 'raw') {
    where.push(`coalesce((SELECT action FROM reviews WHERE record_id = r.id ORDER BY seq DESC LIMIT 1), '') != 'reject'`);
  }
  if (q.kind) {
    const kinds = Array.isArray(q.kind) ? q.kind : [q.kind];
    where.push(`r.kind IN (${kinds.map(() => '?').join(', ')})`);
    params.push(...kinds);
  }
  if (q.type) {
    const upper = q.type.toUpperCase();
    where.push('r.type = ?');
    params.push((PLOVER_TYPES as readonly string[]).includes(upper) ? upper : q.type);
  }
  if (q.actor) {
    where.push('r.id IN (SELECT record_id FROM record_actors WHERE actor = ?)');
    params.push(q.actor.trim().toLowerCase());
  }
  if (q.from) { where.push('r.date >= ?'); params.push(q.from); }
  if (q.to) { where.push('r.date < ?'); params.push(shiftDay(q.to, 1) ?? q.to); }
  if (q.outlet) { where.push('a.outlet = ? COLLATE NOCASE'); params.push(q.outlet); }
  if (q.article) { where.push('r.article = ?'); params.push(q.article); }
  if (q.q) {
    where.push(`(a.rowid * ${SENTENCE_ROWID_FACTOR} + r.sentence) IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)`);
    params.push(ftsQuery(q.q));
  }
  if (q.oneClusterMember) {
    // The representative is the first member that the other filters would keep, so rejecting
    // one report or superseding its article does not hide the whole event.
    const keep = [
      q.latestOnly !== false ? '(SELECT latest FROM articles WHERE id = l.article) = 1' : null,
      q.reviews !== 'raw' ? `coalesce((SELECT action FROM reviews WHERE record_id = l.record_id ORDER BY seq DESC LIMIT 1), '') != 'reject'` : null,
    ].filter(Boolean);
    where.push(`(el.cluster_id IS NULL OR r.id = (SELECT l.record_id FROM event_links l WHERE l.cluster_id = el.cluster_id
      ${keep.length ? 'AND ' + keep.join(' AND ') : ''} ORDER BY l.rowid LIMIT 1))`);
  }
  return { where: where.length ? 'WHERE ' + where.join(' AND ') : '', params };
}

/**
 * Plain words become an AND of quoted terms, so "cease-fire talks" does not read as FTS5 syntax;
 * a query that already uses quotes, OR/NOT/NEAR or a prefix star is passed through as written.
 */
export function ftsQuery(q: string): string {
  if (/["*()]|\b(OR|NOT|AND|NEAR)\b/.test(q)) return q;
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ') || '""';
}
