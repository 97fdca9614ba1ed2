/** The POST endpoints: ingest an article, review a record. Access (the token) is checked before. */
import type { Context, Hono } from 'hono';
import type { ParleyRecord } from '../model/records.js';
import type { ReviewAction } from '../store/types.js';
import { badRequest, HttpError, notFound } from './errors.js';
import { codeAndStore, inputFromBody, type IngestBody } from './ingest.js';
import { onlyKnown } from './query.js';
import { reviewInfo } from './shape.js';
import type { ApiContext } from './server.js';

const ACTIONS: ReviewAction[] = ['confirm', 'reject', 'correct'];

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (err) {
    throw badRequest(`the body is not valid JSON (${(err as Error).message})`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object');
  return body as Record<string, unknown>;
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The dictionaries; when they do not load, coding is unavailable, not the client's fault. */
function knowledgeOf(ctx: ApiContext) {
  try {
    return ctx.knowledge();
  } catch (err) {
    throw new HttpError(503, `cannot code articles: the dictionaries do not load (${(err as Error).message})`);
  }
}

export function writeRoutes(app: Hono, ctx: ApiContext): void {
  app.post('/api/articles', async (c) => {
    const type = mediaType(c);
    let body: IngestBody;
    const query = Object.fromEntries(new URL(c.req.url).searchParams);
    if (type === 'application/json') {
      onlyKnown(query, []);
      body = await jsonBody(c);
    } else if (type === 'text/plain' || type === 'text/html') {
      // A bare article: metadata comes in the query string (?title=...&published=...).
      onlyKnown(query, ['title', 'outlet', 'url', 'published', 'language']);
      body = { ...query, [type === 'text/html' ? 'html' : 'text']: await c.req.text() };
    } else {
      throw new HttpError(415, `send application/json ({"text": ...} or {"html": ...}), text/plain or text/html, not '${type || 'no Content-Type'}'`);
    }
    const input = inputFromBody(body, ctx.maxBodyBytes);
    const result = await codeAndStore(ctx.store, knowledgeOf(ctx), input);
    c.header('Location', `/api/articles/${encodeURIComponent(result.id)}`);
    return c.json(result, result.status === 'duplicate' ? 200 : 201);
  });

  app.post('/api/records/:id/review', async (c) => {
    onlyKnown(Object.fromEntries(new URL(c.req.url).searchParams), []);
    if (mediaType(c) !== 'application/json') throw new HttpError(415, 'send the review as application/json');
    const body = await jsonBody(c);
    for (const key of Object.keys(body)) {
      if (!['action', 'corrected', 'reviewer', 'note'].includes(key)) throw badRequest(`unknown field '${key}' (known: action, corrected, reviewer, note)`);
    }
    const action = body.action as ReviewAction;
    if (!ACTIONS.includes(action)) throw badRequest(`'action' must be one of ${ACTIONS.join(', ')}`);
    const corrected = body.corrected ?? null;
    if (action === 'correct' && (typeof corrected !== 'object' || corrected === null || Array.isArray(corrected))) {
      throw badRequest("'correct' needs 'corrected': the whole corrected record as a JSON object");
    }
    if (action !== 'correct' && corrected !== null) throw badRequest("'corrected' goes only with the action 'correct'");
    for (const key of ['reviewer', 'note'] as const) {
      if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string') throw badRequest(`'${key}' must be a string`);
    }
    const id = c.req.param('id');
    if (!(await ctx.store.record(id))) throw notFound(`no record with id ${id}`);
    try {
      const review = await ctx.store.review({
        recordId: id, action, corrected: corrected as ParleyRecord | null,
        reviewer: (body.reviewer as string | undefined) ?? null, note: (body.note as string | undefined) ?? null,
      });
      return c.json({ recordId: review.recordId, ...reviewInfo(review)!, corrected: review.corrected }, 201);
    } catch (err) {
      // The store's own checks of a correction (kind kept, an object) are the client's mistake.
      if (err instanceof Error && /^a correction/.test(err.message)) throw badRequest(err.message);
      throw err;
    }
  });
}
