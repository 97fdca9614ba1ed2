/**
 * The HTTP server of `parley serve`: the JSON API under /api and the built page at /.
 * createApp() builds the routes over any Store (tests use it directly); startServer() listens.
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Knowledge } from '../knowledge/types.js';
import type { Store } from '../store/types.js';
import { checkAccess, type AccessPolicy } from './access.js';
import { HttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { readRoutes } from './read-routes.js';
import { serveFile } from './static.js';
import { writeRoutes } from './write-routes.js';

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export interface ApiContext {
  store: Store;
  /** The dictionaries, loaded on first use: reads never need them. */
  knowledge: () => Knowledge;
  policy: AccessPolicy;
  maxBodyBytes: number;
  /** Folder of the built page, or null to serve the API only. */
  webDir: string | null;
}

export function createApp(ctx: ApiContext): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(err.body(), err.status);
    process.stderr.write(`parley serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}\n`);
    return c.json({ error: 'internal', message: `internal error: ${err.message}` }, 500);
  });
  app.notFound((c) => c.json({ error: 'not_found', message: `no endpoint ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));

  app.use('*', async (c, next) => {
    let remote: string | null = null;
    try {
      remote = getConnInfo(c).remote.address ?? null;
    } catch {
      remote = null; // Not behind a Node socket (app.request in tests): treated as not local.
    }
    checkAccess(ctx.policy, {
      method: c.req.method, remote, host: c.req.header('host') ?? null, authorization: c.req.header('authorization') ?? null,
    });
    await next();
  });
  app.use('/api/*', bodyLimit({
    maxSize: ctx.maxBodyBytes,
    onError: () => { throw new HttpError(413, `the body is over the limit of ${ctx.maxBodyBytes} bytes (parley serve --max-body)`); },
  }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  readRoutes(app, ctx);
  writeRoutes(app, ctx);
  app.all('/api/*', (c) => {
    throw new HttpError(404, `no endpoint ${c.req.method} ${new URL(c.req.url).pathname} (see /api/openapi.json)`);
  });
  if (ctx.webDir) {
    const webDir = ctx.webDir;
    app.get('*', (c) => serveFile(c, webDir));
  }
  return app;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(ctx: ApiContext, host: string, port: number): Promise<RunningServer> {
  const app = createApp(ctx);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive connections (a browser) would hold close() open.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
