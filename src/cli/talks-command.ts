/** `parley talks FILES... [--json]`: the merged state of the talks across articles. */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from './main.js';
import { parseArgs, str } from './args.js';
import { readArticleText, ReadError } from './read-input.js';
import { code, InputError } from '../code.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { ParleyRecord } from '../model/records.js';
import { mergeTalks, renderTalks } from '../negotiation/talks.js';

const HELP = `usage: parley talks [FILE...] [options]

Merges the negotiation records of several articles into one state of the talks: proposals and
their versions, a party-by-proposal table of stances (every source kept), open demands, roles,
disputes and a dated timeline.

FILE is either the JSON Lines output of 'parley code' (one or more articles) or a plain-text
article, coded on the fly with --date. Without FILE, the articles in the store are merged
(reviews applied).

options:
  --date YYYY-MM-DD   publication date for plain-text articles
  --db PATH|URL       the store to read when no FILE is given (default parley.db)
  --from, --to D      only articles published in this range (store)
  --outlet NAME       only articles from this outlet (store)
  --json              print the state as JSON instead of a table
  --data DIR          dictionaries and lexicons to use instead of the built-in data/
`;

/** Split a records file into articles (records follow their article record). */
export function groupByArticle(records: ParleyRecord[]): ParleyRecord[][] {
  const out: ParleyRecord[][] = [];
  for (const r of records) {
    if (r.kind === 'article' || out.length === 0) out.push([]);
    out[out.length - 1]!.push(r);
  }
  return out;
}

export function parseRecordsFile(text: string, path: string): ParleyRecord[] | null {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length === 0) return null;
  const first = lines[0]!.trim();
  if (!first.startsWith('{')) return null;
  const out: ParleyRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    let r: unknown;
    try {
      r = JSON.parse(lines[i]!);
    } catch (err) {
      throw new ReadError(`${path}:${i + 1}: not valid JSON (${(err as Error).message})`);
    }
    if (!r || typeof r !== 'object' || typeof (r as { kind?: unknown }).kind !== 'string') {
      if (i === 0) return null;
      throw new ReadError(`${path}:${i + 1}: a record needs a "kind"`);
    }
    out.push(r as ParleyRecord);
  }
  return out;
}

export const talksCommand: Command = {
  summary: 'merge proposals, stances, demands and disputes across articles into the state of the talks',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs(args, ['date', 'data', 'db', 'from', 'to', 'outlet'], ['json', 'help']);
    } catch (err) {
      process.stderr.write(`parley talks: ${(err as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (parsed.options.has('help')) { process.stdout.write(HELP); return 0; }
    if (parsed.positional.length === 0) {
      // Over the store: imported here so that file mode does not load SQLite.
      const { openStore } = await import('../store/open.js');
      const { talksFromStore } = await import('../store/talks.js');
      const db = str(parsed, 'db') ?? process.env.PARLEY_DB ?? 'parley.db';
      if (!db.includes('://') && !existsSync(db)) {
        process.stderr.write(`parley talks: no FILE given and no store at ${db} (run 'parley ingest' first, or pass files)\n`);
        return 2;
      }
      const store = await openStore(db);
      try {
        const state = await talksFromStore(store, { from: str(parsed, 'from'), to: str(parsed, 'to'), outlet: str(parsed, 'outlet') });
        process.stdout.write(parsed.options.has('json') ? JSON.stringify(state, null, 2) + '\n' : renderTalks(state));
      } finally {
        await store.close();
      }
      return 0;
    }
    let kb: ReturnType<typeof loadKnowledge> | null = null;
    const articles: ParleyRecord[][] = [];
    let failures = 0;
    for (const file of parsed.positional) {
      try {
        const text = file === '-' ? await readArticleText('-') : readFileSync(file, 'utf8');
        const records = parseRecordsFile(text, file);
        if (records) {
          articles.push(...groupByArticle(records));
        } else {
          kb = kb ?? loadKnowledge(str(parsed, 'data'));
          const checked = file === '-' ? text : await readArticleText(file);
          articles.push(code({ text: checked, published: str(parsed, 'date') ?? null }, kb));
        }
      } catch (err) {
        if (err instanceof ReadError || err instanceof InputError || (err as NodeJS.ErrnoException).code) {
          process.stderr.write(`parley talks: ${(err as Error).message}\n`);
          failures++;
          continue;
        }
        throw err;
      }
    }
    const state = mergeTalks(articles);
    process.stdout.write(parsed.options.has('json') ? JSON.stringify(state, null, 2) + '\n' : renderTalks(state));
    return failures > 0 ? 1 : 0;
  },
};
