/**
 * The Store over an embedded SQLite file (better-sqlite3). One writer at a time (SQLite's rule);
 * WAL so readers (the HTTP API, a second CLI) never block it. Every article is written inside a
 * transaction, so a crash or a kill -9 leaves each article either wholly stored or absent.
 */
import { talksSummaries } from './talks.js';
import { newReview, recodeRows } from './rows.js';
import Database from 'better-sqlite3';
import type { ArticleInput, ArticleRecord, EventRecord, ParleyRecord, SentenceInfo } from '../model/records.js';
import { LINK_MIN_JACCARD, jaccard, linkKey, shiftDay } from './linking.js';
import { actorSearchKeys, recordDate, recordType } from './record-columns.js';
import { SENTENCE_ROWID_FACTOR, migrate } from './schema.js';
import { buildRecordWhere, ftsQuery } from './sqlite-query.js';
import { articleOf, articleRow, reviewOf, storedArticle, storedRecord, type ArticleDbRow, type RecordDbRow, type ReviewDbRow } from './rows.js';
import type {
  ArticleQuery, ArticleRow, ArticleWithText, ClusterQuery, EventCluster, IngestItem, IngestResult,
  RecodeReport, RecordKind, RecordQuery, Review, ReviewInput, Store, StoreStats, StoredRecord,
  TalksQuery, TalksSummary,
} from './types.js';

const RECORD_SELECT = `
  SELECT r.id, r.article, r.kind, r.json, el.cluster_id, a.outlet, a.url, a.published,
         rv.action AS rv_action, rv.corrected AS rv_corrected, rv.reviewer AS rv_reviewer,
         rv.note AS rv_note, rv.at AS rv_at
  FROM records r
  JOIN articles a ON a.id = r.article
  LEFT JOIN event_links el ON el.record_id = r.id
  LEFT JOIN reviews rv ON rv.seq = (SELECT max(seq) FROM reviews WHERE record_id = r.id)`;

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly schemaVersion: number;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a process kill (only power loss may drop the last commits).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 30000');
    this.db.pragma('cache_size = -32000');
    this.schemaVersion = migrate(this.db);
  }

  // ---- writing ---------------------------------------------------------------------------------

  async ingest(item: IngestItem): Promise<IngestResult> {
    return this.db.transaction(() => this.writeArticle(item)).immediate();
  }

  async ingestBatch(items: IngestItem[]): Promise<IngestResult[]> {
    return this.db.transaction(() => items.map((item) => this.writeArticle(item))).immediate();
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.stmt('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  /** Must run inside a transaction. */
  private writeArticle(item: IngestItem): IngestResult {
    const art = articleOf(item);
    const existing = this.stmt('SELECT version FROM articles WHERE id = ?').get(art.id) as { version: number } | undefined;
    if (existing) return { status: 'duplicate', id: art.id, version: existing.version };

    const unnamed = item.docKey === 'text:';
    const prev = unnamed
      ? undefined
      : (this.stmt('SELECT max(version) AS v FROM articles WHERE doc_key = ?').get(item.docKey) as { v: number | null });
    const version = (prev?.v ?? 0) + 1;
    if (version > 1) this.stmt('UPDATE articles SET latest = 0 WHERE doc_key = ? AND latest = 1').run(item.docKey);

    const records = item.records.filter((r) => r.kind !== 'article');
    const info = this.stmt(`
      INSERT INTO articles (id, doc_key, version, latest, title, outlet, url, published, language, source,
                            text, sentences, record_count, ingested_at)
      VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      art.id, item.docKey, version, art.title, art.outlet, art.url, art.published, art.language,
      item.source ?? null, art.text, JSON.stringify(art.sentences), records.length, new Date().toISOString(),
    );
    const rowid = Number(info.lastInsertRowid);
    this.writeSentences(rowid, art.text, art.sentences);
    this.writeRecords(art, records);
    return { status: version > 1 ? 'version' : 'new', id: art.id, version };
  }

  private writeSentences(rowid: number, text: string, sentences: SentenceInfo[]): void {
    const insert = this.stmt('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)');
    const n = Math.min(sentences.length, SENTENCE_ROWID_FACTOR);
    for (let i = 0; i < n; i++) insert.run(rowid * SENTENCE_ROWID_FACTOR + i, text.slice(sentences[i]!.start, sentences[i]!.end));
  }

  private deleteSentences(rowid: number, count: number): void {
    const del = this.stmt('DELETE FROM sentences_fts WHERE rowid = ?');
    for (let i = 0; i < Math.min(count, SENTENCE_ROWID_FACTOR); i++) del.run(rowid * SENTENCE_ROWID_FACTOR + i);
  }

  private writeRecords(art: ArticleRecord, records: ParleyRecord[]): void {
    const insert = this.stmt(
      'INSERT OR IGNORE INTO records (id, article, kind, type, date, sentence, json) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertActor = this.stmt('INSERT OR IGNORE INTO record_actors (actor, record_id) VALUES (?, ?)');
    for (const r of records) {
      const sentence = 'sentence' in r ? r.sentence : null;
      const res = insert.run(r.id, art.id, r.kind, recordType(r), recordDate(r, art.published), sentence, JSON.stringify(r));
      if (res.changes === 0) continue;
      for (const key of actorSearchKeys(r)) insertActor.run(key, r.id);
      if (r.kind === 'event') this.linkEvent(art, r);
    }
  }

  /** Puts an event into the cluster of the best-matching event of another article, or its own. */
  private linkEvent(art: ArticleRecord, e: EventRecord): void {
    const s = art.sentences[e.sentence];
    const key = linkKey(e, art.published, s ? art.text.slice(s.start, s.end) : '');
    let cluster = e.id;
    if (key.date && (key.actorKey || key.recipientKey)) {
      const candidates = this.stmt(`
        SELECT cluster_id, tokens FROM event_links
        WHERE event = ? AND actor_key = ? AND recipient_key = ? AND date BETWEEN ? AND ? AND article != ?
        ORDER BY rowid LIMIT 200`).all(
        key.event, key.actorKey, key.recipientKey, shiftDay(key.date, -1), shiftDay(key.date, 1), art.id,
      ) as { cluster_id: string; tokens: string }[];
      let best = LINK_MIN_JACCARD;
      for (const c of candidates) {
        const score = jaccard(key.tokens, c.tokens ? c.tokens.split(' ') : []);
        if (score >= best) {
          best = score;
          cluster = c.cluster_id;
          if (score === 1) break;
        }
      }
    }
    this.stmt(`INSERT OR REPLACE INTO event_links (record_id, cluster_id, article, event, date, actor_key, recipient_key, tokens)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(e.id, cluster, art.id, key.event, key.date, key.actorKey, key.recipientKey, key.tokens.join(' '));
  }

  private deleteRecordsOf(articleId: string): void {
    this.stmt('DELETE FROM record_actors WHERE record_id IN (SELECT id FROM records WHERE article = ?)').run(articleId);
    this.stmt('DELETE FROM event_links WHERE article = ?').run(articleId);
    this.stmt('DELETE FROM records WHERE article = ?').run(articleId);
  }

  // ---- reading ---------------------------------------------------------------------------------

  async articles(q: ArticleQuery = {}): Promise<ArticleRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.latestOnly !== false) where.push('a.latest = 1');
    if (q.outlet) { where.push('a.outlet = ? COLLATE NOCASE'); params.push(q.outlet); }
    if (q.from) { where.push('a.published >= ?'); params.push(q.from); }
    if (q.to) { where.push('a.published < ?'); params.push(shiftDay(q.to, 1) ?? q.to); }
    if (q.docKey) { where.push('a.doc_key = ?'); params.push(q.docKey); }
    if (q.q) {
      where.push(`a.rowid IN (SELECT rowid / ${SENTENCE_ROWID_FACTOR} FROM sentences_fts WHERE sentences_fts MATCH ?)`);
      params.push(ftsQuery(q.q));
    }
    const sql = `SELECT a.rowid, a.id, a.doc_key, a.version, a.title, a.outlet, a.url, a.published, a.language,
                        a.source, a.ingested_at, a.record_count
                 FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                 ORDER BY a.rowid LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...params, q.limit ?? -1, q.offset ?? 0) as ArticleDbRow[];
    return rows.map(articleRow);
  }

  async article(id: string): Promise<ArticleWithText | null> {
    const row = this.stmt('SELECT rowid, * FROM articles WHERE id = ?').get(id) as ArticleDbRow | undefined;
    if (!row) return null;
    return { ...articleRow(row), text: row.text!, sentences: JSON.parse(row.sentences!) as SentenceInfo[] };
  }

  async records(q: RecordQuery = {}): Promise<StoredRecord[]> {
    const { where, params } = buildRecordWhere(q);
    const sql = `${RECORD_SELECT} ${where} ORDER BY a.rowid, r.sentence, r.id LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...params, q.limit ?? -1, q.offset ?? 0) as RecordDbRow[];
    return rows.map((row) => storedRecord(row, q.reviews === 'raw'));
  }

  /** Streams records without loading them all: what exports of a large store use. */
  async *iterateRecords(q: RecordQuery = {}): AsyncIterableIterator<StoredRecord> {
    const { where, params } = buildRecordWhere(q);
    const sql = `${RECORD_SELECT} ${where} ORDER BY a.rowid, r.sentence, r.id LIMIT ? OFFSET ?`;
    for (const row of this.db.prepare(sql).iterate(...params, q.limit ?? -1, q.offset ?? 0)) {
      yield storedRecord(row as RecordDbRow, q.reviews === 'raw');
    }
  }

  async countRecords(q: RecordQuery = {}): Promise<number> {
    const { where, params } = buildRecordWhere(q);
    const sql = `SELECT count(*) AS n FROM records r JOIN articles a ON a.id = r.article
                 LEFT JOIN event_links el ON el.record_id = r.id ${where}`;
    return (this.db.prepare(sql).get(...params) as { n: number }).n;
  }

  async record(id: string): Promise<StoredRecord | null> {
    const row = this.db.prepare(`${RECORD_SELECT} WHERE r.id = ?`).get(id) as RecordDbRow | undefined;
    return row ? storedRecord(row, false) : null;
  }

  async clusters(q: ClusterQuery = {}): Promise<EventCluster[]> {
    const where: string[] = [
      `coalesce((SELECT action FROM reviews WHERE record_id = el.record_id ORDER BY seq DESC LIMIT 1), '') != 'reject'`,
      'a.latest = 1',
    ];
    const params: unknown[] = [];
    if (q.id) { where.push('el.cluster_id = ?'); params.push(q.id); }
    if (q.type) { where.push('(el.event = ? OR el.event LIKE ?)'); params.push(q.type.toUpperCase(), q.type.toUpperCase() + ':%'); }
    if (q.actor) { where.push('el.record_id IN (SELECT record_id FROM record_actors WHERE actor = ?)'); params.push(q.actor.toLowerCase()); }
    if (q.from) { where.push('el.date >= ?'); params.push(q.from); }
    if (q.to) { where.push('el.date <= ?'); params.push(q.to); }
    if (q.outlet) {
      where.push('el.cluster_id IN (SELECT l.cluster_id FROM event_links l JOIN articles o ON o.id = l.article WHERE o.outlet = ? COLLATE NOCASE)');
      params.push(q.outlet);
    }
    const sql = `
      SELECT el.cluster_id AS id, el.event AS event, min(el.date) AS date,
             json_group_array(el.record_id) AS records,
             json_group_array(DISTINCT el.article) AS articles,
             json_group_array(DISTINCT a.outlet) AS outlets
      FROM event_links el JOIN articles a ON a.id = el.article
      WHERE ${where.join(' AND ')}
      GROUP BY el.cluster_id
      HAVING count(DISTINCT el.article) >= ?
      ORDER BY min(el.rowid) LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...params, q.minArticles ?? 1, q.limit ?? -1, q.offset ?? 0) as
      { id: string; event: string; date: string | null; records: string; articles: string; outlets: string }[];
    return rows.map((r) => ({
      id: r.id,
      event: r.event.split(':')[0]!,
      date: r.date,
      records: JSON.parse(r.records) as string[],
      articles: JSON.parse(r.articles) as string[],
      outlets: (JSON.parse(r.outlets) as (string | null)[]).filter((o): o is string => o !== null),
    }));
  }

  async talks(q: TalksQuery = {}): Promise<TalksSummary[]> {
    return talksSummaries(this, q);
  }

  // ---- reviews ---------------------------------------------------------------------------------

  async review(input: ReviewInput): Promise<Review> {
    const row = this.stmt('SELECT kind, article FROM records WHERE id = ?').get(input.recordId) as
      { kind: string; article: string } | undefined;
    if (!row) throw new Error(`no record with id ${input.recordId}`);
    const review = newReview(input, row);
    const corrected = review.corrected;
    this.stmt('INSERT INTO reviews (record_id, action, corrected, reviewer, note, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(review.recordId, review.action, corrected ? JSON.stringify(corrected) : null, review.reviewer, review.note, review.at);
    return review;
  }

  async reviews(recordId?: string): Promise<Review[]> {
    const rows = (recordId
      ? this.stmt('SELECT * FROM reviews WHERE record_id = ? ORDER BY seq').all(recordId)
      : this.stmt('SELECT * FROM reviews ORDER BY seq').all()) as ReviewDbRow[];
    return rows.map(reviewOf);
  }

  async orphanReviews(): Promise<Review[]> {
    const rows = this.stmt(`
      SELECT * FROM reviews rv
      WHERE rv.seq = (SELECT max(seq) FROM reviews WHERE record_id = rv.record_id)
        AND NOT EXISTS (SELECT 1 FROM records WHERE id = rv.record_id)
      ORDER BY rv.seq`).all() as ReviewDbRow[];
    return rows.map(reviewOf);
  }

  // ---- recoding --------------------------------------------------------------------------------

  async recode(
    coder: (input: ArticleInput) => ParleyRecord[] | Promise<ParleyRecord[]>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RecodeReport> {
    const total = (this.stmt('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const recordsBefore = (this.stmt('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    const errors: RecodeReport['errors'] = [];
    // Links are rebuilt in ingest order, as if the corpus were ingested again.
    this.db.exec('DELETE FROM event_links');
    const page = this.stmt('SELECT rowid, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 64');
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = page.all(last) as ArticleDbRow[];
      if (rows.length === 0) break;
      last = rows[rows.length - 1]!.rowid;
      const coded = await recodeRows(rows, coder, errors);
      this.db.transaction(() => {
        rows.forEach((row, i) => {
          const records = coded[i];
          const oldSentences = JSON.parse(row.sentences!) as SentenceInfo[];
          const art = records?.find((r): r is ArticleRecord => r.kind === 'article');
          if (!records || !art) {
            // Keep the old records, but relink its events so clusters stay complete.
            const old = (this.stmt("SELECT json FROM records WHERE article = ? AND kind = 'event'").all(row.id) as { json: string }[]);
            const stored = { ...storedArticle(row), sentences: oldSentences };
            for (const o of old) this.linkEvent(stored, JSON.parse(o.json) as EventRecord);
            if (records && !art) errors.push({ article: row.id, message: 'coder returned no article record' });
            return;
          }
          const fixed: ArticleRecord = { ...art, id: row.id, text: row.text! };
          this.deleteRecordsOf(row.id);
          this.deleteSentences(row.rowid, oldSentences.length);
          this.writeSentences(row.rowid, fixed.text, fixed.sentences);
          const machine = records.filter((r) => r.kind !== 'article');
          this.writeRecords(fixed, machine);
          this.stmt('UPDATE articles SET sentences = ?, record_count = ? WHERE rowid = ?')
            .run(JSON.stringify(fixed.sentences), machine.length, row.rowid);
        });
      }).immediate();
      done += rows.length;
      onProgress?.(done, total);
    }
    const recordsAfter = (this.stmt('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    return { articles: done, recordsBefore, recordsAfter, orphanReviews: await this.orphanReviews(), errors };
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const kinds = this.db.prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind').all() as { kind: string; n: number }[];
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      documents: one('SELECT count(*) AS n FROM articles WHERE latest = 1'),
      records: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
      reviews: one('SELECT count(*) AS n FROM reviews'),
      clusters: one('SELECT count(DISTINCT cluster_id) AS n FROM event_links'),
      schemaVersion: this.schemaVersion,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private readonly cache = new Map<string, Database.Statement>();
  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}

