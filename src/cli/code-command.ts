/** `parley code FILE... [--date YYYY-MM-DD] [--outlet NAME] [--url URL]`: records as JSON Lines. */
import type { Command } from './main.js';
import { parseArgs, str, UsageError } from './args.js';
import { readArticleText, ReadError } from './read-input.js';
import { code, InputError } from '../code.js';
import { loadKnowledge } from '../knowledge/load.js';

const HELP = `usage: parley code FILE... [options]

Codes each article (plain text; '-' reads stdin) and writes its records as JSON Lines.

options:
  --date YYYY-MM-DD   publication date (resolves "on Monday")
  --outlet NAME       outlet that published the article
  --url URL           address of the article
  --title TEXT        title of the article
  --data DIR          dictionaries and lexicons to use instead of the built-in data/
  --pretty            indent the JSON (one record per block instead of per line)
`;

export const codeCommand: Command = {
  summary: 'code articles into statements, events and negotiation records (JSON Lines)',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs(args, ['date', 'outlet', 'url', 'title', 'data'], ['pretty', 'help']);
    } catch (err) {
      process.stderr.write(`parley code: ${(err as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (parsed.options.has('help')) {
      process.stdout.write(HELP);
      return 0;
    }
    if (parsed.positional.length === 0) {
      process.stderr.write(`parley code: no input file (use '-' for stdin)\n\n${HELP}`);
      return 2;
    }
    const date = str(parsed, 'date');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      process.stderr.write(`parley code: --date must be YYYY-MM-DD, got '${date}'\n`);
      return 2;
    }
    const kb = loadKnowledge(str(parsed, 'data'));
    const pretty = parsed.options.has('pretty');
    let failures = 0;
    for (const file of parsed.positional) {
      try {
        const text = await readArticleText(file);
        const records = code({ text, published: date ?? null, outlet: str(parsed, 'outlet') ?? null, url: str(parsed, 'url') ?? null, title: str(parsed, 'title') ?? null }, kb);
        const out = records.map((r) => JSON.stringify(r, null, pretty ? 2 : undefined)).join('\n') + '\n';
        if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
      } catch (err) {
        if (err instanceof ReadError || err instanceof InputError || err instanceof UsageError) {
          process.stderr.write(`parley code: ${err.message}\n`);
          failures++;
          continue;
        }
        throw err;
      }
    }
    return failures > 0 ? 1 : 0;
  },
};
