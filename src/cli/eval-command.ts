/** `parley eval GOLD... [--by type|actor|kind]`: precision, recall and F1 against gold records. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from './main.js';
import { parseArgs, str } from './args.js';
import { loadKnowledge } from '../knowledge/load.js';
import { codeGold, parseGold, prf, renderResult, score } from '../eval/eval.js';

const HELP = `usage: parley eval GOLD... [options]

Codes each gold sentence and scores the output: precision, recall and F1 for events (type with
agreeing actors), event types alone, and statement speakers; then lists misses and false alarms.
GOLD is JSON Lines (or a JSON array): {"id", "text", "date", "article", "events": [{"event",
"actor": [codes], "recipient": [codes], "negated"}], "statements": [{"speaker"}]}. Items that
share an "article" are coded together as one article's paragraphs (for whole-report gold). Matching rules:
docs/evaluation.md.

options:
  --by LIST        add breakdowns: type, actor, kind (comma-separated)
  --errors N       list up to N misses and N false alarms per file (default 20; 0 for none)
  --json           print the scores as JSON
  --min-f1 X       exit 1 when the event F1 of any file is below X (for CI)
  --data DIR       dictionaries and lexicons to use instead of the built-in data/
  --gaps-out FILE  write {sentence id: first problem} for every sentence not coded exactly right
                   (the known-gaps list of the gold test suite)
`;

export const evalCommand: Command = {
  summary: 'score the coder against hand-coded gold sentences (precision, recall, F1)',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs(args, ['by', 'errors', 'data', 'min-f1', 'gaps-out'], ['json', 'help']);
    } catch (err) {
      process.stderr.write(`parley eval: ${(err as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (parsed.options.has('help')) { process.stdout.write(HELP); return 0; }
    if (parsed.positional.length === 0) { process.stderr.write(`parley eval: no gold file\n\n${HELP}`); return 2; }
    const by = (str(parsed, 'by') ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    for (const b of by) if (!['type', 'actor', 'kind'].includes(b)) { process.stderr.write(`parley eval: --by takes type, actor or kind, not '${b}'\n`); return 2; }
    const errors = Number(str(parsed, 'errors') ?? '20');
    const minF1 = str(parsed, 'min-f1') !== undefined ? Number(str(parsed, 'min-f1')) : null;
    if (str(parsed, 'gaps-out') && parsed.positional.length > 1) {
      process.stderr.write('parley eval: --gaps-out takes one GOLD file (the gaps list is per set)\n');
      return 2;
    }
    const kb = loadKnowledge(str(parsed, 'data'));
    const results: Record<string, ReturnType<typeof score>> = {};
    let below = false;
    for (const file of parsed.positional) {
      let gold;
      try {
        gold = parseGold(readFileSync(file, 'utf8'), file);
      } catch (err) {
        process.stderr.write(`parley eval: ${(err as Error).message}\n`);
        return 1;
      }
      const coded = codeGold(gold, kb);
      const r = score(gold, coded);
      results[basename(file)] = r;
      const gapsOut = str(parsed, 'gaps-out');
      if (gapsOut) {
        const gaps: Record<string, string> = {};
        for (const m of [...r.misses.map((x) => ({ ...x, what: `missed ${x.what}` })), ...r.falseAlarms.map((x) => ({ ...x, what: `false ${x.what}` }))]) gaps[m.id] ??= m.what;
        const ordered = Object.fromEntries(gold.filter((g) => gaps[g.id]).map((g) => [g.id, gaps[g.id]!]));
        writeFileSync(gapsOut, JSON.stringify(ordered, null, 1) + '\n');
      }
      if (minF1 !== null && prf(r.events).f1 < minF1) below = true;
      if (!parsed.options.has('json')) process.stdout.write(renderResult(basename(file), r, by.includes('kind') ? by : by, errors) + '\n');
    }
    if (parsed.options.has('json')) {
      const out = Object.fromEntries(Object.entries(results).map(([k, r]) => [k, {
        sentences: r.sentences, events: prf(r.events), events_source_actor: prf(r.eventActors), event_type_only: prf(r.eventTypeOnly), statements: prf(r.statements),
        counts: { events: r.events, statements: r.statements }, by_type: Object.fromEntries(Object.entries(r.byType).map(([t, c]) => [t, { ...prf(c), ...c }])),
        misses: r.misses, false_alarms: r.falseAlarms,
      }]));
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    }
    return below ? 1 : 0;
  },
};
