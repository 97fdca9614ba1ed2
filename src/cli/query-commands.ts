/** `parley events`, `parley statements`, `parley talks`: read the database with filters. */
import type { Command } from './main.js';
import type { Actor, EventRecord, StatementRecord } from '../model/records.js';
import { openStore } from '../store/open.js';
import type { StoredRecord } from '../store/types.js';
import { DB_OPTION, FILTER_OPTIONS, dayOption, dbPath, guarded, intOption, parse, recordFilters } from './options.js';

const FILTER_HELP = `  --db PATH          database (default parley.db, or $PARLEY_DB)
  --actor NAME       an actor's id, name, ISO3 country or words, in any role
  --type TYPE        PLOVER type for events (ASSAULT, AGREE...); form for statements (direct...)
  --from, --to DATE  date range, YYYY-MM-DD, inclusive
  --outlet NAME      only articles of this outlet
  --q WORDS          full-text search in the record's sentence
  --limit N, --offset N
  --json             JSON Lines (the record as reviewed, with its article's outlet and url)
`;

const who = (a: Actor | null | undefined) => (a ? a.name ?? a.text : '?');
const whoAll = (xs: Actor[]) => (xs.length ? xs.map(who).join(', ') : '-');

function printJson(rows: StoredRecord[]): void {
  for (const r of rows) {
    process.stdout.write(JSON.stringify({ ...r.record, cluster: r.cluster ?? undefined, outlet: r.outlet, url: r.url, review: r.review?.action ?? null }) + '\n');
  }
}

export const eventsCommand: Command = {
  summary: 'list coded events (--clusters: one line per real-world event)',
  run: (args) => {
    const usage = `usage: parley events [options]\n\noptions:\n${FILTER_HELP}  --clusters         one event per cluster, with the number of articles reporting it\n`;
    return guarded('events', usage, async () => {
      const { values } = parse(args, { ...DB_OPTION, ...FILTER_OPTIONS, json: { type: 'boolean' }, clusters: { type: 'boolean' } });
      if (values.help) { process.stdout.write(usage); return 0; }
      const store = await openStore(dbPath(values));
      try {
        const rows = await store.records({ ...recordFilters(values), kind: 'event', oneClusterMember: values.clusters === true });
        if (values.json) { printJson(rows); return 0; }
        for (const r of rows) {
          const e = r.record as EventRecord;
          let sources = '';
          if (values.clusters && r.cluster) {
            const [c] = await store.clusters({ id: r.cluster });
            if (c && c.articles.length > 1) sources = `  [${c.articles.length} articles: ${c.outlets.join(', ')}]`;
          }
          const flags = (e.negated ? ' not' : '') + (e.hypothetical ? ' if' : '') + (e.future ? ' will' : '');
          process.stdout.write(`${e.date ?? r.published ?? '----------'}  ${e.event}${e.mode ? '/' + e.mode : ''}${flags}  ` +
            `${whoAll(e.actor)} -> ${whoAll(e.recipient)}  (${r.outlet ?? 'unknown outlet'})${sources}  ${r.id}\n`);
        }
        return 0;
      } finally {
        await store.close();
      }
    });
  },
};

export const statementsCommand: Command = {
  summary: 'list who said what',
  run: (args) => {
    const usage = `usage: parley statements [options]\n\noptions:\n${FILTER_HELP}`;
    return guarded('statements', usage, async () => {
      const { values } = parse(args, { ...DB_OPTION, ...FILTER_OPTIONS, json: { type: 'boolean' } });
      if (values.help) { process.stdout.write(usage); return 0; }
      const store = await openStore(dbPath(values));
      try {
        const rows = await store.records({ ...recordFilters(values), kind: 'statement' });
        if (values.json) { printJson(rows); return 0; }
        for (const r of rows) {
          const s = r.record as StatementRecord;
          process.stdout.write(`${s.date ?? r.published ?? '----------'}  ${who(s.speaker)} ${s.cue}: "${s.content.replace(/^["“]|["”]$/g, '')}"  (${r.outlet ?? 'unknown outlet'})  ${r.id}\n`);
        }
        return 0;
      } finally {
        await store.close();
      }
    });
  },
};

export const negotiationsCommand: Command = {
  summary: 'list negotiations: parties, mediators, proposals, positions, demands',
  run: (args) => {
    const usage = `usage: parley talks [--negotiation NAME] [--actor NAME] [--from DATE] [--to DATE] [--limit N] [--json] [--db PATH]\n`;
    return guarded('talks', usage, async () => {
      const { values } = parse(args, {
        ...DB_OPTION, negotiation: { type: 'string' }, actor: { type: 'string' }, from: { type: 'string' },
        to: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' },
      });
      if (values.help) { process.stdout.write(usage); return 0; }
      const store = await openStore(dbPath(values));
      try {
        const talks = await store.talks({
          negotiation: values.negotiation as string | undefined, actor: values.actor as string | undefined,
          from: dayOption(values, 'from'), to: dayOption(values, 'to'), limit: intOption(values, 'limit'),
        });
        for (const t of talks) {
          if (values.json) {
            const recs = (xs: StoredRecord[]) => xs.map((x) => x.record);
            process.stdout.write(JSON.stringify({ negotiation: t.negotiation, roles: recs(t.roles), proposals: recs(t.proposals), positions: recs(t.positions), demands: recs(t.demands) }) + '\n');
            continue;
          }
          process.stdout.write(`${t.negotiation ?? '(unnamed negotiation)'}\n`);
          const roles = new Map<string, Set<string>>();
          for (const r of t.roles) {
            const rec = r.record as { role: string; actor: Actor };
            roles.set(rec.role, (roles.get(rec.role) ?? new Set()).add(who(rec.actor)));
          }
          for (const [role, actors] of roles) process.stdout.write(`  ${role}: ${[...actors].join(', ')}\n`);
          process.stdout.write(`  proposals ${t.proposals.length}, positions ${t.positions.length}, demands ${t.demands.length}\n`);
        }
        return 0;
      } finally {
        await store.close();
      }
    });
  },
};
