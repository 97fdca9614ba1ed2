/** Opens the store that --db names: a postgres:// URL for PostgreSQL, else a SQLite file path. */
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'parley.db';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//.test(db);
}

export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(db)) {
    // Loaded only when asked for, so SQLite users never load the pg driver.
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(db);
  }
  return new SqliteStore(db);
}
