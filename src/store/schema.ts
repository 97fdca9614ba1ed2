/**
 * Numbered schema migrations. Each runs once, in order, in its own transaction, and bumps
 * schema_version; a database opened by newer code is brought up to date on open. Never edit a
 * migration that has shipped: add the next one.
 */
import type Database from 'better-sqlite3';

export const MIGRATIONS: string[] = [
  // 1: articles, machine records, reviews apart from them, event links, sentence search.
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,           -- stable integer key: sentence search rows derive from it
    id TEXT NOT NULL UNIQUE,             -- sha256 of the normalised text
    doc_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    latest INTEGER NOT NULL DEFAULT 1,   -- 1 for the newest version of its doc key
    title TEXT, outlet TEXT, url TEXT, published TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    source TEXT,
    text TEXT NOT NULL,
    sentences TEXT NOT NULL,             -- JSON SentenceInfo[]
    record_count INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_doc ON articles(doc_key, version);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_published ON articles(published);

  CREATE TABLE records (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT,                           -- PLOVER type of events; stance, role, form otherwise
    date TEXT,                           -- the record's own date, else the article's
    sentence INTEGER,
    json TEXT NOT NULL
  );
  CREATE INDEX records_article ON records(article);
  CREATE INDEX records_kind_date ON records(kind, date);
  CREATE INDEX records_type_date ON records(type, date);

  -- Every actor of a record, under each name it can be asked for by (id, name, country, text).
  CREATE TABLE record_actors (
    actor TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (actor, record_id)
  ) WITHOUT ROWID;
  CREATE INDEX record_actors_record ON record_actors(record_id);

  -- Reviewer decisions: append-only history, never touched by recoding; the latest one counts.
  CREATE TABLE reviews (
    seq INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
    corrected TEXT,
    reviewer TEXT,
    note TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX reviews_record ON reviews(record_id, seq);

  -- One row per event record: which real-world event (cluster) it reports.
  CREATE TABLE event_links (
    record_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    article TEXT NOT NULL,
    event TEXT NOT NULL,
    date TEXT,
    actor_key TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    tokens TEXT NOT NULL                 -- space-separated content words of the evidence
  );
  CREATE INDEX event_links_match ON event_links(event, actor_key, recipient_key, date);
  CREATE INDEX event_links_cluster ON event_links(cluster_id);
  CREATE INDEX event_links_article ON event_links(article);

  -- Contentless: the text lives once, in articles; rowid = article rowid * 2^20 + sentence index.
  CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
  );
  `,
];

export const SENTENCE_ROWID_FACTOR = 1 << 20;

export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  let current = row.v ?? 0;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this parley (${MIGRATIONS.length})`);
  }
  while (current < MIGRATIONS.length) {
    const next = current + 1;
    db.transaction(() => {
      db.exec(MIGRATIONS[next - 1]!);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(next);
    }).immediate();
    current = next;
  }
  return current;
}
