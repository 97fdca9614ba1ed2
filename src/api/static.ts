/**
 * Serves the built page (dist/web) at /. A tiny file server rather than a middleware, so the
 * security headers are ours: the Content-Security-Policy allows scripts from this origin only,
 * a second wall behind the page's rule of never turning article text into HTML.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { HttpError } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.map': 'application/json',
};

export const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** dist/web beside this module's dist/src/api (the page `npm run build:web` builds). */
export function defaultWebDir(): string {
  return fileURLToPath(new URL('../../web/', import.meta.url));
}

export function serveFile(c: Context, webDir: string): Response {
  const path = decodeURIComponent(new URL(c.req.url).pathname);
  const rel = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const root = normalize(webDir.endsWith(sep) ? webDir : webDir + sep);
  const file = normalize(join(root, rel));
  if (!file.startsWith(root) || rel.includes('\0')) throw new HttpError(404, `no such file: ${path}`);
  if (!existsSync(join(root, 'index.html'))) {
    throw new HttpError(503, `the page is not built (no ${join(root, 'index.html')}): run npm run build:web`);
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new HttpError(404, `no such file: ${path}`);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Vite names assets by content hash, so they can be cached for good; index.html must not be.
  const cache = rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(readFileSync(file), { headers: { 'Content-Type': type, 'Cache-Control': cache, ...PAGE_HEADERS } });
}
