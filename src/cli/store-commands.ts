/** `parley review` and `parley recode`: the commands that change what the store holds. */
import { readFileSync } from 'node:fs';
import type { Command } from './main.js';
import type { ParleyRecord } from '../model/records.js';
import { createCoder, defaultWorkers } from '../ingest/pool.js';
import { openStore } from '../store/open.js';
import type { ReviewAction } from '../store/types.js';
import { DB_OPTION, dbPath, guarded, intOption, parse, UsageError } from './options.js';

const REVIEW_USAGE = `usage: parley review RECORD_ID (--confirm | --reject | --correct JSON) [--by NAME] [--note TEXT] [--db PATH]

Records a reviewer's decision, kept apart from the machine output and kept through 'parley recode'.
Exports leave rejected records out and use corrections in place of the machine record.
--correct takes the whole corrected record as JSON, or @FILE to read it from a file.
parley review RECORD_ID --show prints the record and its reviews.
`;

export const reviewCommand: Command = {
  summary: 'confirm, reject or correct a record',
  run: (args) => guarded('review', REVIEW_USAGE, async () => {
    const { values, positionals } = parse(args, {
      ...DB_OPTION, confirm: { type: 'boolean' }, reject: { type: 'boolean' }, correct: { type: 'string' },
      by: { type: 'string' }, note: { type: 'string' }, show: { type: 'boolean' },
    });
    if (values.help) { process.stdout.write(REVIEW_USAGE); return 0; }
    if (positionals.length !== 1) throw new UsageError('give exactly one RECORD_ID');
    const recordId = positionals[0]!;
    const actions = (['confirm', 'reject', 'correct'] as const).filter((a) => values[a] !== undefined);
    if (!values.show && actions.length !== 1) throw new UsageError('give one of --confirm, --reject, --correct JSON');
    let corrected: ParleyRecord | null = null;
    if (values.correct !== undefined) {
      const raw = String(values.correct);
      const json = raw.startsWith('@') ? readFileSync(raw.slice(1), 'utf8') : raw;
      try {
        corrected = JSON.parse(json) as ParleyRecord;
      } catch (err) {
        throw new UsageError(`--correct: not valid JSON (${(err as Error).message})`);
      }
    }
    const store = await openStore(dbPath(values));
    try {
      if (values.show) {
        const rec = await store.record(recordId);
        if (!rec) { process.stderr.write(`parley review: no record with id ${recordId}\n`); return 1; }
        process.stdout.write(JSON.stringify({ record: rec.record, machine: rec.machine, reviews: await store.reviews(recordId) }, null, 2) + '\n');
        return 0;
      }
      const review = await store.review({
        recordId, action: actions[0] as ReviewAction, corrected,
        reviewer: (values.by as string | undefined) ?? process.env.USER ?? null, note: (values.note as string | undefined) ?? null,
      });
      process.stdout.write(`${review.action} ${review.recordId}${review.reviewer ? ' by ' + review.reviewer : ''}\n`);
      return 0;
    } catch (err) {
      if (err instanceof Error && /^(no record|a correction)/.test(err.message)) {
        process.stderr.write(`parley review: ${err.message}\n`);
        return 1;
      }
      throw err;
    } finally {
      await store.close();
    }
  }),
};

const RECODE_USAGE = `usage: parley recode [--db PATH] [--workers N] [--data DIR]

Codes every stored article again with the current dictionaries, replacing the machine records
and event links. Reviews are kept; a review whose record no longer exists is reported.
`;

export const recodeCommand: Command = {
  summary: 'recode every stored article with the current dictionaries, keeping reviews',
  run: (args) => guarded('recode', RECODE_USAGE, async () => {
    const { values, positionals } = parse(args, { ...DB_OPTION, workers: { type: 'string' }, data: { type: 'string' } });
    if (values.help) { process.stdout.write(RECODE_USAGE); return 0; }
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const store = await openStore(dbPath(values));
    const coder = createCoder(intOption(values, 'workers') ?? defaultWorkers(), values.data as string | undefined);
    try {
      const tty = process.stderr.isTTY;
      const report = await store.recode((input) => coder.code(input), (done, total) => {
        if (tty) process.stderr.write(`\rrecoded ${done}/${total}\x1b[K`);
      });
      if (tty) process.stderr.write('\r\x1b[K');
      for (const e of report.errors) process.stderr.write(`parley recode: ${e.article}: ${e.message}\n`);
      for (const r of report.orphanReviews) {
        process.stderr.write(`parley recode: review kept but its record is gone: ${r.recordId} (${r.action}${r.reviewer ? ' by ' + r.reviewer : ''})\n`);
      }
      process.stdout.write(`recoded ${report.articles} articles: records ${report.recordsBefore} -> ${report.recordsAfter}, ` +
        `${report.orphanReviews.length} reviews without their record, ${report.errors.length} errors\n`);
      return report.errors.length ? 1 : 0;
    } finally {
      await coder.close();
      await store.close();
    }
  }),
};
