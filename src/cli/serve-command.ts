/** `parley serve`: the HTTP API and the web dashboard over the store. */
import type { Command } from './main.js';
import { isLoopback, newToken } from '../api/access.js';
import { DEFAULT_MAX_BODY, startServer } from '../api/server.js';
import { defaultWebDir } from '../api/static.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Knowledge } from '../knowledge/types.js';
import { openStore } from '../store/open.js';
import { DB_OPTION, dbPath, guarded, intOption, parse, UsageError } from './options.js';

const USAGE = `usage: parley serve [--db PATH] [--host 127.0.0.1] [--port 8377] [--public] [--max-body BYTES] [--data DIR]

Serves the JSON API (/api, described at /api/openapi.json) and the dashboard (/) over the store.
Writes (POST) need the token: $PARLEY_TOKEN, or a new one printed at start; send it as
Authorization: Bearer TOKEN. Reads are open to this machine only unless --public.

options:
  --db PATH          database (default parley.db, or $PARLEY_DB)
  --host HOST        address to listen on (default 127.0.0.1)
  --port N           port (default 8377; 0 picks a free one)
  --public           open reads to other machines too (writes still need the token)
  --max-body BYTES   largest request body (default ${DEFAULT_MAX_BODY})
  --data DIR         dictionaries directory for coding posted articles (default: the package's data/)
`;

export const serveCommand: Command = {
  summary: 'serve the HTTP API and the web dashboard',
  run: (args) => guarded('serve', USAGE, async () => {
    const { values, positionals } = parse(args, {
      ...DB_OPTION, host: { type: 'string' }, port: { type: 'string' }, public: { type: 'boolean' },
      'max-body': { type: 'string' }, data: { type: 'string' },
    });
    if (values.help) { process.stdout.write(USAGE); return 0; }
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = intOption(values, 'port') ?? 8377;
    if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
    const maxBodyBytes = intOption(values, 'max-body') ?? DEFAULT_MAX_BODY;
    if (maxBodyBytes <= 0) throw new UsageError('--max-body must be positive');
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    const envToken = process.env.PARLEY_TOKEN?.trim();
    const token = envToken || newToken();

    const store = await openStore(dbPath(values));
    let kb: Knowledge | null = null;
    const dataDir = values.data as string | undefined;
    let server;
    try {
      server = await startServer({
        store, knowledge: () => (kb ??= loadKnowledge(dataDir)), policy: { token, public: values.public === true },
        maxBodyBytes, webDir: defaultWebDir(),
      }, host, port);
    } catch (err) {
      await store.close();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') process.stderr.write(`parley serve: port ${port} on ${host} is in use (--port 0 picks a free one)\n`);
      else process.stderr.write(`parley serve: cannot listen on ${host}:${port}: ${(err as Error).message}\n`);
      return 1;
    }

    process.stdout.write(`parley serve: listening on ${server.url} (database ${dbPath(values)})\n`);
    if (!values.public && !isLoopback(host) && host !== 'localhost') {
      process.stdout.write('parley serve: reads from other machines are refused without --public (or the token)\n');
    }
    if (envToken) process.stdout.write('parley serve: write token from PARLEY_TOKEN\n');
    else process.stdout.write(`parley serve: write token ${token}\n`);
    // The token rides in the URL fragment, which browsers never send to the server.
    process.stdout.write(`parley serve: open ${server.url}/${envToken ? '' : `#token=${token}`}\n`);

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await store.close();
    return 0;
  }),
};
