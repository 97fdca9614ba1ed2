#!/usr/bin/env node
/**
 * `parley` command line. Each subcommand lives in its own module and is registered here, so
 * that this file stays a table of contents.
 */
import { codeCommand } from './code-command.js';
import { talksCommand } from './talks-command.js';
import { evalCommand } from './eval-command.js';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  code: codeCommand,
  talks: talksCommand,
  eval: evalCommand,
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
  return command.run(rest);
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
