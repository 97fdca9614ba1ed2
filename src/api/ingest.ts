/**
 * POST /api/articles: turns a request body into an ArticleInput, codes it and stores it. Bodies
 * are JSON ({text} or {html}, with metadata), or a bare text/plain or text/html body with the
 * metadata in the query string. HTML goes through the ingest layer's Readability extraction.
 */
import { code, InputError as CodeInputError } from '../code.js';
import { htmlToInput } from '../ingest/html.js';
import { InputError as ReadInputError } from '../ingest/types.js';
import { checkText, toDay } from '../ingest/validate.js';
import type { Knowledge } from '../knowledge/types.js';
import type { ArticleInput } from '../model/records.js';
import { docKeyOf } from '../store/doc-key.js';
import type { Store } from '../store/types.js';
import { badRequest, HttpError } from './errors.js';
import type { IngestResponse } from './types.js';

export interface IngestBody {
  text?: unknown; html?: unknown; title?: unknown; outlet?: unknown; url?: unknown; published?: unknown; language?: unknown;
}

const META = ['title', 'outlet', 'url', 'published', 'language'] as const;

function optionalString(body: IngestBody, name: (typeof META)[number]): string | null {
  const v = body[name];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') throw badRequest(`'${name}' must be a string`);
  if (v.length > 2048) throw badRequest(`'${name}' is longer than 2048 characters`);
  return v.trim() || null;
}

/** Metadata given with the body wins over what an HTML page says about itself. */
export function inputFromBody(body: IngestBody, maxBytes: number): ArticleInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object');
  for (const key of Object.keys(body)) {
    if (!['text', 'html', ...META].includes(key)) throw badRequest(`unknown field '${key}' (known: text, html, ${META.join(', ')})`);
  }
  const rawDate = optionalString(body, 'published');
  const published = rawDate === null ? null : toDay(rawDate);
  if (rawDate !== null && published === null) throw badRequest(`'published' must be a date as YYYY-MM-DD, got '${rawDate}'`);
  const meta = {
    title: optionalString(body, 'title'), outlet: optionalString(body, 'outlet'), url: optionalString(body, 'url'),
    published, language: optionalString(body, 'language') ?? undefined,
  };
  const hasText = body.text !== undefined && body.text !== null;
  const hasHtml = body.html !== undefined && body.html !== null;
  if (hasText === hasHtml) throw badRequest("give exactly one of 'text' (plain text) or 'html' (a web page)");
  try {
    if (hasHtml) {
      if (typeof body.html !== 'string') throw badRequest("'html' must be a string");
      const page = htmlToInput(Buffer.from(body.html, 'utf8'), { maxBytes, defaults: {} });
      return {
        text: page.text, title: meta.title ?? page.title ?? null, outlet: meta.outlet ?? page.outlet ?? null,
        url: meta.url ?? page.url ?? null, published: meta.published ?? page.published ?? null, language: meta.language ?? page.language,
      };
    }
    return { text: checkText(body.text, maxBytes, "'text'"), ...meta };
  } catch (err) {
    throw asHttpError(err);
  }
}

export function asHttpError(err: unknown): unknown {
  if (err instanceof ReadInputError) return new HttpError(err.reason === 'too_large' ? 413 : 400, err.message, err.reason);
  if (err instanceof CodeInputError) return badRequest(err.message);
  return err;
}

export async function codeAndStore(store: Store, kb: Knowledge, input: ArticleInput): Promise<IngestResponse> {
  let records;
  try {
    records = code(input, kb);
  } catch (err) {
    throw asHttpError(err);
  }
  const result = await store.ingest({ input, docKey: docKeyOf(input, null), source: 'api', records });
  return { ...result, records: records.length - 1 };
}
