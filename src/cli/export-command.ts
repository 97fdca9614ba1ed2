/** `parley export --format plover|acled|cameo`: reviewed events for other tools, one per real event. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Command } from './main.js';
import {
  ACLED_COLUMNS, CAMEO_COLUMNS, EXPORT_FORMATS, acledRow, cameoRow, csvLine, ploverRow, type ClusterSources, type ExportFormat,
} from '../store/export-formats.js';
import { openStore } from '../store/open.js';
import type { Store, StoredRecord } from '../store/types.js';
import { DB_OPTION, FILTER_OPTIONS, dbPath, guarded, parse, recordFilters, UsageError } from './options.js';

const USAGE = `usage: parley export --format plover|acled|cameo [--out FILE] [filters] [--all-reports] [--db PATH]

  plover   JSON Lines, one PLOVER event per line
  acled    CSV with ACLED-like columns (${ACLED_COLUMNS.join(', ')})
  cameo    GDELT-like tab-separated rows with a header (${CAMEO_COLUMNS.slice(0, 5).join(', ')}, ...)

Reviews apply: rejected records are left out, corrected ones replace the machine record.
One row per real-world event (cluster of reports), unless --all-reports.
Filters as for 'parley events' (--actor --type --from --to --outlet --q --limit).
`;

export const exportCommand: Command = {
  summary: 'export events as PLOVER JSON Lines, ACLED-like CSV or GDELT-like CAMEO rows',
  run: (args) => guarded('export', USAGE, async () => {
    const { values } = parse(args, { ...DB_OPTION, ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, 'all-reports': { type: 'boolean' } });
    if (values.help) { process.stdout.write(USAGE); return 0; }
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const store = await openStore(dbPath(values));
    const out: Writable = values.out ? createWriteStream(String(values.out)) : process.stdout;
    try {
      const n = await writeExport(store, format, out, { ...recordFilters(values), kind: 'event', oneClusterMember: values['all-reports'] !== true });
      if (values.out) process.stderr.write(`exported ${n} events to ${String(values.out)}\n`);
      return 0;
    } finally {
      if (out !== process.stdout) { out.end(); await once(out, 'close'); }
      await store.close();
    }
  }),
};

/** Writes rows as they are read, waiting on the stream when it is full. Returns the row count. */
export async function writeExport(store: Store, format: ExportFormat, out: Writable, query: Parameters<Store['records']>[0]): Promise<number> {
  const write = async (line: string) => {
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
  if (format === 'acled') await write(ACLED_COLUMNS.join(','));
  if (format === 'cameo') await write(CAMEO_COLUMNS.join('\t'));
  let n = 0;
  for await (const rec of store.iterateRecords(query)) {
    const sources = await sourcesOf(store, rec);
    if (format === 'plover') await write(JSON.stringify(ploverRow(rec, sources)));
    else if (format === 'acled') await write(csvLine(acledRow(rec, sources)));
    else {
      const row = cameoRow(rec, sources);
      if (!row) continue;
      await write(row.join('\t'));
    }
    n++;
  }
  return n;
}

async function sourcesOf(store: Store, rec: StoredRecord): Promise<ClusterSources> {
  if (!rec.cluster) return { articles: 1, outlets: rec.outlet ? [rec.outlet] : [], urls: rec.url ? [rec.url] : [] };
  const [c] = await store.clusters({ id: rec.cluster });
  if (!c) return { articles: 1, outlets: rec.outlet ? [rec.outlet] : [], urls: rec.url ? [rec.url] : [] };
  return { articles: c.articles.length, outlets: c.outlets, urls: [] };
}
