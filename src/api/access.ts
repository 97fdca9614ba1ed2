/**
 * Who may do what. Writes always need the token (Authorization: Bearer). Reads are open to this
 * machine only, unless the server was started --public; a token opens them from anywhere.
 * Without --public the Host header must name this machine too: that stops a web page elsewhere
 * from reading the API through a DNS name rebound to 127.0.0.1.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.js';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function isLoopback(address: string | undefined | null): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/i, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** Host header names this machine (localhost, a 127.x address or [::1]), with any port. */
export function isLocalHost(host: string | undefined | null): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || isLoopback(name);
}

export function bearerMatches(header: string | undefined | null, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1]!);
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export interface AccessPolicy { token: string; public: boolean }

export interface RequestFacts { method: string; remote: string | null; host: string | null; authorization: string | null }

/** Throws the HttpError a request gets, or returns when it may go on. */
export function checkAccess(policy: AccessPolicy, req: RequestFacts): void {
  const authorised = bearerMatches(req.authorization, policy.token);
  const write = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
  if (write) {
    if (authorised) return;
    throw new HttpError(401, req.authorization
      ? 'the token is wrong: use the one parley serve printed at start (or PARLEY_TOKEN)'
      : 'writing needs a token: send Authorization: Bearer <token> (printed by parley serve at start, or PARLEY_TOKEN)');
  }
  if (policy.public || authorised) return;
  if (!isLoopback(req.remote)) throw new HttpError(403, 'reads are open to this machine only: start parley serve with --public, or send the token');
  if (!isLocalHost(req.host)) throw new HttpError(403, `the Host header '${req.host ?? ''}' does not name this machine: use http://127.0.0.1 or http://localhost`);
}
