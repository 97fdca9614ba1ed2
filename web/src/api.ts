/** The page's calls to the JSON API, and the write token (kept for this browser tab only). */
import type {
  ApiArticle, ApiArticleDetail, ApiRecord, ApiRecordDetail, ApiTalks, IngestResponse, NetworkGraph, Page,
} from '../../src/api/types.js';

const TOKEN_KEY = 'parley-token';

export function getToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function setToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    const token = getToken();
    if (!token) throw new ApiError(401, 'unauthorized', 'enter the write token (top right) first: parley serve printed it at start');
    headers.Authorization = `Bearer ${token}`;
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => null) as { error?: string; message?: string } | null;
  if (!res.ok) throw new ApiError(res.status, data?.error ?? 'error', data?.message ?? `${res.status} ${res.statusText}`);
  return data as T;
}

export type Filters = Record<string, string | number | undefined>;

function qs(filters: Filters): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const api = {
  talks: () => call<ApiTalks>('GET', '/api/talks'),
  network: () => call<NetworkGraph>('GET', '/api/network'),
  articles: (f: Filters = {}) => call<Page<ApiArticle>>('GET', `/api/articles${qs(f)}`),
  article: (id: string) => call<ApiArticleDetail>('GET', `/api/articles/${encodeURIComponent(id)}`),
  record: (id: string) => call<ApiRecordDetail>('GET', `/api/records/${encodeURIComponent(id)}`),
  records: (path: 'events' | 'statements', f: Filters = {}) => call<Page<ApiRecord>>('GET', `/api/${path}${qs(f)}`),
  ingest: (body: Record<string, string | undefined>) => call<IngestResponse>('POST', '/api/articles', body),
  review: (id: string, action: 'confirm' | 'reject' | 'correct', corrected?: unknown) =>
    call<unknown>('POST', `/api/records/${encodeURIComponent(id)}/review`, corrected === undefined ? { action } : { action, corrected }),
};
