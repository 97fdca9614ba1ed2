/**
 * PostgreSQL migrations: the same tables as schema.ts in PostgreSQL's dialect, numbered the same
 * way (schema_version). Sentences get a tsvector instead of an FTS5 table.
 */
import type pg from 'pg';

export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    rowid BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    latest INTEGER NOT NULL DEFAULT 1,
    title TEXT, outlet TEXT, url TEXT, published TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    source TEXT,
    text TEXT NOT NULL,
    sentences TEXT NOT NULL,
    record_count INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_doc ON articles(doc_key, version);
  CREATE INDEX articles_outlet ON articles(lower(outlet));
  CREATE INDEX articles_published ON articles(published);

  CREATE TABLE records (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT,
    date TEXT,
    sentence INTEGER,
    json TEXT NOT NULL
  );
  CREATE INDEX records_article ON records(article);
  CREATE INDEX records_kind_date ON records(kind, date);
  CREATE INDEX records_type_date ON records(type, date);

  CREATE TABLE record_actors (
    actor TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (actor, record_id)
  );
  CREATE INDEX record_actors_record ON record_actors(record_id);

  CREATE TABLE reviews (
    seq BIGSERIAL PRIMARY KEY,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
    corrected TEXT,
    reviewer TEXT,
    note TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX reviews_record ON reviews(record_id, seq);

  CREATE TABLE event_links (
    seq BIGSERIAL,
    record_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    article TEXT NOT NULL,
    event TEXT NOT NULL,
    date TEXT,
    actor_key TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    tokens TEXT NOT NULL
  );
  CREATE INDEX event_links_match ON event_links(event, actor_key, recipient_key, date);
  CREATE INDEX event_links_cluster ON event_links(cluster_id, seq);
  CREATE INDEX event_links_article ON event_links(article);

  CREATE TABLE sentences (
    article_rowid BIGINT NOT NULL,
    idx INTEGER NOT NULL,
    tsv TSVECTOR NOT NULL,
    PRIMARY KEY (article_rowid, idx)
  );
  CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
  `,
];

/** Brings the database up to date; several processes opening a new database at once wait in turn. */
export async function migratePg(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7401)');
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
      let current = rows[0]?.v ?? 0;
      if (current > PG_MIGRATIONS.length) throw new Error(`database schema version ${current} is newer than this parley (${PG_MIGRATIONS.length})`);
      while (current < PG_MIGRATIONS.length) {
        await client.query('BEGIN');
        try {
          await client.query(PG_MIGRATIONS[current]!);
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [current + 1]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
        current++;
      }
      return current;
    } finally {
      await client.query('SELECT pg_advisory_unlock(7401)');
    }
  } finally {
    client.release();
  }
}
