/** `parley ingest PATH...`: read, code on all cores, store; a summary at the end. */
import type { Command } from './main.js';
import { countSingleArticleFiles, readSources } from '../ingest/sources.js';
import { ingestEvents, type IngestSummary } from '../ingest/pipeline.js';
import { createCoder, defaultWorkers } from '../ingest/pool.js';
import { progressReporter } from '../ingest/progress.js';
import { DEFAULT_MAX_BYTES } from '../ingest/types.js';
import { openStore } from '../store/open.js';
import { DB_OPTION, dayOption, dbPath, guarded, intOption, parse, UsageError } from './options.js';

const USAGE = `usage: parley ingest PATH... [options]

Reads articles from files, directories (recursively) and - (standard input): .txt, .html,
.jsonl/.ndjson, .json, .csv, RSS/Atom (.xml, .rss, .atom); other files are recognised by content.
Codes them and stores articles and records. Re-ingesting a text already stored adds nothing; a
changed text under the same url (or outlet + title, or file path) is stored as a new version.

options:
  --db PATH          database (default parley.db, or $PARLEY_DB)
  --date YYYY-MM-DD  publication date for articles that give none
  --outlet NAME      outlet for articles that give none
  --url URL          url for articles that give none
  --workers N        coding threads (default: number of cores; 0 codes on the main thread)
  --max-bytes N      largest article accepted (default ${DEFAULT_MAX_BYTES})
  --data DIR         dictionaries directory (default: the package's data/)

Exit status: 0 when every input was ingested or already stored, 1 when any was skipped.
`;

export const ingestCommand: Command = {
  summary: 'code articles from files, directories or stdin into the database',
  run: (args) => guarded('ingest', USAGE, async () => {
    const { values, positionals } = parse(args, {
      ...DB_OPTION, date: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' },
      workers: { type: 'string' }, 'max-bytes': { type: 'string' }, data: { type: 'string' },
    });
    if (values.help) { process.stdout.write(USAGE); return 0; }
    if (positionals.length === 0) throw new UsageError('give at least one PATH (or - for standard input)');
    const maxBytes = intOption(values, 'max-bytes') ?? DEFAULT_MAX_BYTES;
    if (maxBytes <= 0) throw new UsageError('--max-bytes must be positive');
    const workers = intOption(values, 'workers') ?? defaultWorkers();
    const defaults = { published: dayOption(values, 'date'), outlet: values.outlet as string | undefined, url: values.url as string | undefined };

    const store = await openStore(dbPath(values));
    const coder = createCoder(workers, values.data as string | undefined);
    const progress = progressReporter(process.stderr, await countSingleArticleFiles(positionals));
    let summary: IngestSummary;
    try {
      summary = await ingestEvents(store, readSources(positionals, { maxBytes, defaults }), coder, {
        onError: (e) => {
          progress.done();
          process.stderr.write(`parley ingest: ${e.source}: ${e.message}\n`);
        },
        onProgress: (s) => progress.update(s),
      });
    } finally {
      progress.done();
      await coder.close();
      await store.close();
    }
    process.stdout.write(formatSummary(summary) + '\n');
    const skipped = Object.values(summary.skipped).reduce((a, b) => a + (b ?? 0), 0);
    if (skipped > 0) return 1;
    if (summary.ingested === 0 && summary.duplicates === 0) {
      process.stderr.write('parley ingest: no articles found\n');
      return 1;
    }
    return 0;
  }),
};

export function formatSummary(s: IngestSummary): string {
  const skipped = Object.entries(s.skipped).filter(([, n]) => n);
  const total = skipped.reduce((a, [, n]) => a + (n ?? 0), 0);
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)}s (${((s.ingested + s.duplicates) / s.seconds).toFixed(1)} articles/s)` : '';
  return `ingested ${s.ingested} (${s.versions} new versions, ${s.records} records), ` +
    `duplicates ${s.duplicates}, skipped ${total}` +
    (total ? ` (${skipped.map(([r, n]) => `${r.replace('_', ' ')} ${n}`).join(', ')})` : '') + rate;
}
