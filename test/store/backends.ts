/**
 * The stores the store tests run against: SQLite always; PostgreSQL too when PARLEY_TEST_PG
 * gives a server URL (e.g. postgres://postgres@localhost:5432/postgres), each test on a fresh
 * database created there and dropped at the end.
 */
import { after } from 'node:test';
import { join } from 'node:path';
import pg from 'pg';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from './fixtures.js';

export interface Backend {
  name: string;
  open(): Promise<Store>;
}

const PG_URL = process.env.PARLEY_TEST_PG;
const created: string[] = [];

/** A new empty PostgreSQL database's URL. */
export async function freshPgUrl(): Promise<string> {
  const name = `parley_test_${process.pid}_${created.length}_${Date.now() % 1e6}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    // Test files run in parallel: concurrent CREATE DATABASE can find the template busy, so retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
        break;
      } catch (err) {
        if (attempt >= 10 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(PG_URL!);
  url.pathname = '/' + name;
  return url.toString();
}

if (PG_URL) {
  after(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
}

export const BACKENDS: Backend[] = [
  { name: 'sqlite', open: async () => new SqliteStore(join(tempDir(), 'parley.db')) },
  ...(PG_URL ? [{ name: 'postgres', open: async () => PostgresStore.open(await freshPgUrl()) }] : []),
];
