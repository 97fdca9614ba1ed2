#!/usr/bin/env node
/**
 * `parley` command line. Each subcommand lives in its own module and is registered here, so
 * that this file stays a table of contents.
 */
export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

/**
 * Commands load on use: the coder (wink-nlp, chrono) and the store (SQLite) take a second to load,
 * which a query or an export should not pay for the other.
 */
interface Entry {
  summary: string;
  load: () => Promise<Command>;
}

const commands: Record<string, Entry> = {
  code: { summary: 'code articles into statements, events and negotiation records (JSON Lines)', load: async () => (await import('./code-command.js')).codeCommand },
  talks: { summary: 'the state of the talks across articles: proposals, stances, demands, disputes, timeline', load: async () => (await import('./talks-command.js')).talksCommand },
  ingest: { summary: 'code articles from files, directories or stdin into the database', load: async () => (await import('./ingest-command.js')).ingestCommand },
  recode: { summary: 'recode every stored article with the current dictionaries, keeping reviews', load: async () => (await import('./store-commands.js')).recodeCommand },
  events: { summary: 'list coded events (--clusters: one line per real-world event)', load: async () => (await import('./query-commands.js')).eventsCommand },
  statements: { summary: 'list who said what', load: async () => (await import('./query-commands.js')).statementsCommand },
  negotiations: { summary: 'list negotiations: parties, mediators, proposals, positions, demands', load: async () => (await import('./query-commands.js')).negotiationsCommand },
  export: { summary: 'export events as PLOVER JSON Lines, ACLED-like CSV or GDELT-like CAMEO rows', load: async () => (await import('./export-command.js')).exportCommand },
  review: { summary: 'confirm, reject or correct a record', load: async () => (await import('./store-commands.js')).reviewCommand },
  eval: { summary: 'score the coder against hand-coded gold sentences (precision, recall, F1)', load: async () => (await import('./eval-command.js')).evalCommand },
  serve: { summary: 'serve the HTTP API and the web dashboard', load: async () => (await import('./serve-command.js')).serveCommand },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  parley ${name.padEnd(11)} ${c.summary}`);
  return `usage: parley <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'parley <command> --help' for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`parley: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parley: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
