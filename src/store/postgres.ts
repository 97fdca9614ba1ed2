/**
 * The Store over PostgreSQL, for teams: several `parley ingest --db postgres://...` processes, on
 * one machine or several, may write at once. What makes that safe:
 * - article ids are unique (INSERT ... ON CONFLICT DO NOTHING), so the same text is stored once;
 * - a transaction takes advisory locks on the doc keys and event-link keys it will touch, all at
 *   its start and in one sorted order (no deadlock), so version numbers and event clusters are
 *   decided by one writer at a time for each document and each kind of event.
 * Same tables and meaning as the SQLite store; full-text search uses tsvector with the 'simple'
 * configuration (no stemming, like SQLite's unicode61).
 */
import { talksSummaries } from './talks.js';
import { newReview, recodeRows } from './rows.js';
import pg from 'pg';
import type { ArticleInput, ArticleRecord, EventRecord, ParleyRecord, PloverType, SentenceInfo } from '../model/records.js';
import { PLOVER_TYPES } from '../model/records.js';
import { LINK_MIN_JACCARD, jaccard, linkKey, shiftDay, type LinkKey } from './linking.js';
import { actorSearchKeys, recordDate, recordType } from './record-columns.js';
import { articleOf, articleRow, reviewOf, storedArticle, storedRecord, type ArticleDbRow, type RecordDbRow, type ReviewDbRow } from './rows.js';
import { migratePg } from './postgres-schema.js';
import type {
  ArticleQuery, ArticleRow, ArticleWithText, ClusterQuery, EventCluster, IngestItem, IngestResult,
  RecodeReport, RecordKind, RecordQuery, Review, ReviewInput, Store, StoreStats, StoredRecord, TalksQuery, TalksSummary,
} from './types.js';

type Client = pg.PoolClient;

const RECORD_SELECT = `
  SELECT r.id, r.article, r.kind, r.json, el.cluster_id, a.outlet, a.url, a.published,
         rv.action AS rv_action, rv.corrected AS rv_corrected, rv.reviewer AS rv_reviewer, rv.note AS rv_note, rv.at AS rv_at
  FROM records r
  JOIN articles a ON a.id = r.article
  LEFT JOIN event_links el ON el.record_id = r.id
  LEFT JOIN reviews rv ON rv.seq = (SELECT max(seq) FROM reviews WHERE record_id = r.id)`;

const LATEST_ACTION = (col: string) => `coalesce((SELECT action FROM reviews WHERE record_id = ${col} ORDER BY seq DESC LIMIT 1), '')`;

/** Collects $n placeholders as a query is built. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function recordWhere(q: RecordQuery, p: Params): string {
  const where: string[] = [];
  if (q.latestOnly !== false) where.push('a.latest = 1');
  if (q.reviews !== 'raw') where.push(`${LATEST_ACTION('r.id')} != 'reject'`);
  if (q.kind) {
    const kinds = Array.isArray(q.kind) ? q.kind : [q.kind];
    where.push(`r.kind = ANY(${p.add(kinds)})`);
  }
  if (q.type) {
    const upper = q.type.toUpperCase();
    where.push(`r.type = ${p.add((PLOVER_TYPES as readonly string[]).includes(upper) ? (upper as PloverType) : q.type)}`);
  }
  if (q.actor) where.push(`r.id IN (SELECT record_id FROM record_actors WHERE actor = ${p.add(q.actor.trim().toLowerCase())})`);
  if (q.from) where.push(`r.date >= ${p.add(q.from)}`);
  if (q.to) where.push(`r.date < ${p.add(shiftDay(q.to, 1) ?? q.to)}`);
  if (q.outlet) where.push(`lower(a.outlet) = lower(${p.add(q.outlet)})`);
  if (q.article) where.push(`r.article = ${p.add(q.article)}`);
  if (q.q) {
    where.push(`EXISTS (SELECT 1 FROM sentences s WHERE s.article_rowid = a.rowid AND s.idx = r.sentence
                AND s.tsv @@ websearch_to_tsquery('simple', ${p.add(q.q)}))`);
  }
  if (q.oneClusterMember) {
    const keep = [
      q.latestOnly !== false ? '(SELECT latest FROM articles WHERE id = l.article) = 1' : null,
      q.reviews !== 'raw' ? `${LATEST_ACTION('l.record_id')} != 'reject'` : null,
    ].filter(Boolean);
    where.push(`(el.cluster_id IS NULL OR r.id = (SELECT l.record_id FROM event_links l WHERE l.cluster_id = el.cluster_id
      ${keep.length ? 'AND ' + keep.join(' AND ') : ''} ORDER BY l.seq LIMIT 1))`);
  }
  return where.length ? 'WHERE ' + where.join(' AND ') : '';
}

/** A 64-bit advisory lock key for a string (first 8 bytes of its md5, computed by the server). */
const LOCK_SQL = "SELECT pg_advisory_xact_lock(('x' || substr(md5($1), 1, 16))::bit(64)::bigint)";

export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool, readonly schemaVersion: number) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      return new PostgresStore(pool, await migratePg(pool));
    } catch (err) {
      await pool.end();
      throw err;
    }
  }

  private async tx<T>(body: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await body(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private async all<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, values)).rows as T[];
  }

  // ---- writing ---------------------------------------------------------------------------------

  async ingest(item: IngestItem): Promise<IngestResult> {
    return (await this.ingestBatch([item]))[0]!;
  }

  async ingestBatch(items: IngestItem[]): Promise<IngestResult[]> {
    const prepared = items.map((item) => ({ item, art: articleOf(item) }));
    return this.tx(async (c) => {
      await this.lockAll(c, prepared.flatMap(({ item, art }) => [
        'doc:' + item.docKey,
        ...item.records.filter((r): r is EventRecord => r.kind === 'event').map((e) => 'link:' + linkLockKey(this.keyOf(art, e))),
      ]));
      const out: IngestResult[] = [];
      for (const { item, art } of prepared) out.push(await this.writeArticle(c, item, art));
      return out;
    });
  }

  private async lockAll(c: Client, keys: string[]): Promise<void> {
    for (const k of [...new Set(keys)].sort()) await c.query(LOCK_SQL, [k]);
  }

  private keyOf(art: ArticleRecord, e: EventRecord): LinkKey {
    const s = art.sentences[e.sentence];
    return linkKey(e, art.published, s ? art.text.slice(s.start, s.end) : '');
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.all('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
  }

  private async writeArticle(c: Client, item: IngestItem, art: ArticleRecord): Promise<IngestResult> {
    const existing = (await c.query<{ version: number }>('SELECT version FROM articles WHERE id = $1', [art.id])).rows[0];
    if (existing) return { status: 'duplicate', id: art.id, version: existing.version };
    const unnamed = item.docKey === 'text:';
    const prev = unnamed ? null : (await c.query<{ v: number | null }>('SELECT max(version) AS v FROM articles WHERE doc_key = $1', [item.docKey])).rows[0]?.v;
    const version = (prev ?? 0) + 1;
    if (version > 1) await c.query('UPDATE articles SET latest = 0 WHERE doc_key = $1 AND latest = 1', [item.docKey]);
    const records = item.records.filter((r) => r.kind !== 'article');
    const ins = await c.query<{ rowid: string }>(`
      INSERT INTO articles (id, doc_key, version, latest, title, outlet, url, published, language, source, text, sentences, record_count, ingested_at)
      VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
      ON CONFLICT (id) DO NOTHING RETURNING rowid`,
      [art.id, item.docKey, version, art.title, art.outlet, art.url, art.published, art.language, item.source ?? null,
       art.text, JSON.stringify(art.sentences), records.length, new Date().toISOString()]);
    // Another writer stored the same text between our check and our insert (different doc key).
    if (ins.rowCount === 0) return { status: 'duplicate', id: art.id, version: 1 };
    const rowid = Number(ins.rows[0]!.rowid);
    await this.writeSentences(c, rowid, art.text, art.sentences);
    await this.writeRecords(c, art, records);
    return { status: version > 1 ? 'version' : 'new', id: art.id, version };
  }

  private async writeSentences(c: Client, rowid: number, text: string, sentences: SentenceInfo[]): Promise<void> {
    if (!sentences.length) return;
    await c.query(`INSERT INTO sentences (article_rowid, idx, tsv)
                   SELECT $1, i - 1, to_tsvector('simple', t) FROM unnest($2::text[]) WITH ORDINALITY AS u(t, i)`,
      [rowid, sentences.map((s) => text.slice(s.start, s.end))]);
  }

  private async writeRecords(c: Client, art: ArticleRecord, records: ParleyRecord[]): Promise<void> {
    for (const r of records) {
      const sentence = 'sentence' in r ? r.sentence : null;
      const res = await c.query(
        'INSERT INTO records (id, article, kind, type, date, sentence, json) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING',
        [r.id, art.id, r.kind, recordType(r), recordDate(r, art.published), sentence, JSON.stringify(r)]);
      if (res.rowCount === 0) continue;
      const keys = actorSearchKeys(r);
      if (keys.length) {
        await c.query('INSERT INTO record_actors (actor, record_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [keys, r.id]);
      }
      if (r.kind === 'event') await this.linkEvent(c, art, r);
    }
  }

  private async linkEvent(c: Client, art: ArticleRecord, e: EventRecord): Promise<void> {
    const key = this.keyOf(art, e);
    let cluster = e.id;
    if (key.date && (key.actorKey || key.recipientKey)) {
      const { rows } = await c.query<{ cluster_id: string; tokens: string }>(`
        SELECT cluster_id, tokens FROM event_links
        WHERE event = $1 AND actor_key = $2 AND recipient_key = $3 AND date BETWEEN $4 AND $5 AND article != $6
        ORDER BY seq LIMIT 200`,
        [key.event, key.actorKey, key.recipientKey, shiftDay(key.date, -1), shiftDay(key.date, 1), art.id]);
      let best = LINK_MIN_JACCARD;
      for (const cand of rows) {
        const score = jaccard(key.tokens, cand.tokens ? cand.tokens.split(' ') : []);
        if (score >= best) { best = score; cluster = cand.cluster_id; }
      }
    }
    await c.query(`
      INSERT INTO event_links (record_id, cluster_id, article, event, date, actor_key, recipient_key, tokens)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      ON CONFLICT (record_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id`,
      [e.id, cluster, art.id, key.event, key.date, key.actorKey, key.recipientKey, key.tokens.join(' ')]);
  }

  // ---- reading ---------------------------------------------------------------------------------

  async articles(q: ArticleQuery = {}): Promise<ArticleRow[]> {
    const p = new Params();
    const where: string[] = [];
    if (q.latestOnly !== false) where.push('a.latest = 1');
    if (q.outlet) where.push(`lower(a.outlet) = lower(${p.add(q.outlet)})`);
    if (q.from) where.push(`a.published >= ${p.add(q.from)}`);
    if (q.to) where.push(`a.published < ${p.add(shiftDay(q.to, 1) ?? q.to)}`);
    if (q.docKey) where.push(`a.doc_key = ${p.add(q.docKey)}`);
    if (q.q) where.push(`a.rowid IN (SELECT article_rowid FROM sentences WHERE tsv @@ websearch_to_tsquery('simple', ${p.add(q.q)}))`);
    const rows = await this.all<ArticleDbRow>(`
      SELECT a.rowid::float8 AS rowid, a.id, a.doc_key, a.version, a.title, a.outlet, a.url, a.published, a.language, a.source, a.ingested_at, a.record_count
      FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY a.rowid LIMIT ${p.add(q.limit ?? null)} OFFSET ${p.add(q.offset ?? 0)}`, p.values);
    return rows.map(articleRow);
  }

  async article(id: string): Promise<ArticleWithText | null> {
    const [row] = await this.all<ArticleDbRow>('SELECT rowid::float8 AS rowid, * FROM articles WHERE id = $1', [id]);
    if (!row) return null;
    return { ...articleRow(row), text: row.text!, sentences: JSON.parse(row.sentences!) as SentenceInfo[] };
  }

  async records(q: RecordQuery = {}): Promise<StoredRecord[]> {
    const p = new Params();
    const where = recordWhere(q, p);
    const rows = await this.all<RecordDbRow>(
      `${RECORD_SELECT} ${where} ORDER BY a.rowid, r.sentence, r.id LIMIT ${p.add(q.limit ?? null)} OFFSET ${p.add(q.offset ?? 0)}`, p.values);
    return rows.map((row) => storedRecord(row, q.reviews === 'raw'));
  }

  async *iterateRecords(q: RecordQuery = {}): AsyncIterableIterator<StoredRecord> {
    const page = 500;
    let offset = q.offset ?? 0;
    let left = q.limit ?? Infinity;
    while (left > 0) {
      const rows = await this.records({ ...q, offset, limit: Math.min(page, left) });
      yield* rows;
      if (rows.length < Math.min(page, left)) return;
      offset += rows.length;
      left -= rows.length;
    }
  }

  async countRecords(q: RecordQuery = {}): Promise<number> {
    const p = new Params();
    const where = recordWhere(q, p);
    const [row] = await this.all<{ n: string }>(`SELECT count(*) AS n FROM records r JOIN articles a ON a.id = r.article
      LEFT JOIN event_links el ON el.record_id = r.id ${where}`, p.values);
    return Number(row!.n);
  }

  async record(id: string): Promise<StoredRecord | null> {
    const [row] = await this.all<RecordDbRow>(`${RECORD_SELECT} WHERE r.id = $1`, [id]);
    return row ? storedRecord(row, false) : null;
  }

  async clusters(q: ClusterQuery = {}): Promise<EventCluster[]> {
    const p = new Params();
    const where = [`${LATEST_ACTION('el.record_id')} != 'reject'`, 'a.latest = 1'];
    if (q.id) where.push(`el.cluster_id = ${p.add(q.id)}`);
    if (q.type) where.push(`(el.event = ${p.add(q.type.toUpperCase())} OR el.event LIKE ${p.add(q.type.toUpperCase() + ':%')})`);
    if (q.actor) where.push(`el.record_id IN (SELECT record_id FROM record_actors WHERE actor = ${p.add(q.actor.toLowerCase())})`);
    if (q.from) where.push(`el.date >= ${p.add(q.from)}`);
    if (q.to) where.push(`el.date <= ${p.add(q.to)}`);
    if (q.outlet) where.push(`el.cluster_id IN (SELECT l.cluster_id FROM event_links l JOIN articles o ON o.id = l.article WHERE lower(o.outlet) = lower(${p.add(q.outlet)}))`);
    const rows = await this.all<{ id: string; event: string; date: string | null; records: string[]; articles: string[]; outlets: (string | null)[] }>(`
      SELECT el.cluster_id AS id, min(el.event) AS event, min(el.date) AS date,
             array_agg(el.record_id ORDER BY el.seq) AS records,
             array_agg(DISTINCT el.article) AS articles,
             array_agg(DISTINCT a.outlet) AS outlets
      FROM event_links el JOIN articles a ON a.id = el.article
      WHERE ${where.join(' AND ')}
      GROUP BY el.cluster_id
      HAVING count(DISTINCT el.article) >= ${p.add(q.minArticles ?? 1)}
      ORDER BY min(el.seq) LIMIT ${p.add(q.limit ?? null)} OFFSET ${p.add(q.offset ?? 0)}`, p.values);
    return rows.map((r) => ({
      id: r.id, event: r.event.split(':')[0]!, date: r.date, records: r.records, articles: r.articles,
      outlets: r.outlets.filter((o): o is string => o !== null),
    }));
  }

  async talks(q: TalksQuery = {}): Promise<TalksSummary[]> {
    return talksSummaries(this, q);
  }

  // ---- reviews ---------------------------------------------------------------------------------

  async review(input: ReviewInput): Promise<Review> {
    const [row] = await this.all<{ kind: string; article: string }>('SELECT kind, article FROM records WHERE id = $1', [input.recordId]);
    if (!row) throw new Error(`no record with id ${input.recordId}`);
    const review = newReview(input, row);
    const corrected = review.corrected;
    await this.pool.query('INSERT INTO reviews (record_id, action, corrected, reviewer, note, at) VALUES ($1, $2, $3, $4, $5, $6)',
      [review.recordId, review.action, corrected ? JSON.stringify(corrected) : null, review.reviewer, review.note, review.at]);
    return review;
  }

  async reviews(recordId?: string): Promise<Review[]> {
    const rows = recordId
      ? await this.all<ReviewDbRow>('SELECT * FROM reviews WHERE record_id = $1 ORDER BY seq', [recordId])
      : await this.all<ReviewDbRow>('SELECT * FROM reviews ORDER BY seq');
    return rows.map(reviewOf);
  }

  async orphanReviews(): Promise<Review[]> {
    return (await this.all<ReviewDbRow>(`
      SELECT * FROM reviews rv WHERE rv.seq = (SELECT max(seq) FROM reviews WHERE record_id = rv.record_id)
        AND NOT EXISTS (SELECT 1 FROM records WHERE id = rv.record_id) ORDER BY rv.seq`)).map(reviewOf);
  }

  // ---- recoding --------------------------------------------------------------------------------

  async recode(
    coder: (input: ArticleInput) => ParleyRecord[] | Promise<ParleyRecord[]>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RecodeReport> {
    const count = async (sql: string) => Number((await this.all<{ n: string }>(sql))[0]!.n);
    const total = await count('SELECT count(*) AS n FROM articles');
    const recordsBefore = await count('SELECT count(*) AS n FROM records');
    const errors: RecodeReport['errors'] = [];
    await this.pool.query('DELETE FROM event_links');
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = await this.all<ArticleDbRow>('SELECT articles.rowid::float8 AS rowid, * FROM articles WHERE articles.rowid > $1 ORDER BY articles.rowid LIMIT 64', [last]);
      if (rows.length === 0) break;
      last = rows[rows.length - 1]!.rowid;
      const coded = await recodeRows(rows, coder, errors);
      await this.tx(async (c) => {
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!;
          const records = coded[i];
          const art = records?.find((r): r is ArticleRecord => r.kind === 'article');
          if (!records || !art) {
            const stored = { ...storedArticle(row), sentences: JSON.parse(row.sentences!) as SentenceInfo[] };
            const old = (await c.query<{ json: string }>("SELECT json FROM records WHERE article = $1 AND kind = 'event'", [row.id])).rows;
            for (const o of old) await this.linkEvent(c, stored, JSON.parse(o.json) as EventRecord);
            if (records && !art) errors.push({ article: row.id, message: 'coder returned no article record' });
            continue;
          }
          const fixed: ArticleRecord = { ...art, id: row.id, text: row.text! };
          await c.query('DELETE FROM record_actors WHERE record_id IN (SELECT id FROM records WHERE article = $1)', [row.id]);
          await c.query('DELETE FROM event_links WHERE article = $1', [row.id]);
          await c.query('DELETE FROM records WHERE article = $1', [row.id]);
          await c.query('DELETE FROM sentences WHERE article_rowid = $1', [row.rowid]);
          await this.writeSentences(c, row.rowid, fixed.text, fixed.sentences);
          const machine = records.filter((r) => r.kind !== 'article');
          await this.writeRecords(c, fixed, machine);
          await c.query('UPDATE articles SET sentences = $1, record_count = $2 WHERE rowid = $3', [JSON.stringify(fixed.sentences), machine.length, row.rowid]);
        }
      });
      done += rows.length;
      onProgress?.(done, total);
    }
    const recordsAfter = await count('SELECT count(*) AS n FROM records');
    return { articles: done, recordsBefore, recordsAfter, orphanReviews: await this.orphanReviews(), errors };
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string) => Number((await this.all<{ n: string }>(sql))[0]!.n);
    const kinds = await this.all<{ kind: string; n: string }>('SELECT kind, count(*) AS n FROM records GROUP BY kind');
    return {
      articles: await one('SELECT count(*) AS n FROM articles'),
      documents: await one('SELECT count(*) AS n FROM articles WHERE latest = 1'),
      records: Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])),
      reviews: await one('SELECT count(*) AS n FROM reviews'),
      clusters: await one('SELECT count(DISTINCT cluster_id) AS n FROM event_links'),
      schemaVersion: this.schemaVersion,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Events that could be linked to each other share this key (the date window is left out). */
function linkLockKey(k: LinkKey): string {
  return `${k.event}|${k.actorKey}|${k.recipientKey}`;
}
