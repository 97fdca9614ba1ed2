/**
 * GET /api/openapi.json: OpenAPI 3.1 description of every endpoint. Written by hand, small
 * schemas by reference; a test checks that every route the server registers is described here.
 */
import { PLOVER_TYPES } from '../model/records.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './query.js';
import { RECORD_LISTS } from './read-routes.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const queryParam = (name: string, description: string, schema: Json = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const pathId = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });
const json = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));

const DATE = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const PAGING = [
  queryParam('limit', `page size (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`, { type: 'integer', minimum: 0, maximum: MAX_LIMIT }),
  queryParam('offset', 'records to skip', { type: 'integer', minimum: 0 }),
];
const DATES = [queryParam('from', 'on or after, YYYY-MM-DD', DATE), queryParam('to', 'on or before, YYYY-MM-DD', DATE)];
const OUTLET = queryParam('outlet', 'only articles of this outlet');
const RECORD_FILTERS = [
  queryParam('actor', "an actor's id, name, ISO3 country or words, in any role"),
  queryParam('type', `PLOVER type for events (${PLOVER_TYPES.join(', ')}); form for statements; stance for positions`),
  ...DATES, OUTLET, queryParam('q', "full-text search in the record's sentence"), ...PAGING,
];

const page = (item: Json) => ({
  type: 'object', required: ['total', 'limit', 'offset', 'items'],
  properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: item } },
});

export function openApiDocument(): Json {
  const paths: Json = {
    '/api/openapi.json': { get: { summary: 'This description', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1 document') } } },
    '/api/articles': {
      get: {
        summary: 'Stored articles (newest version of each document), without text',
        parameters: [...DATES, OUTLET, queryParam('q', 'full-text search in the sentences'), ...PAGING],
        responses: { 200: json(page(ref('Article')), 'a page of articles'), ...errors(400, 403) },
      },
      post: {
        summary: 'Code and store an article (plain text or an HTML page)',
        security: [{ bearer: [] }],
        description: 'JSON {text | html, title, outlet, url, published, language}; or a bare text/plain or text/html body with the metadata in the query string.',
        parameters: ['title', 'outlet', 'url', 'published', 'language'].map((n) => queryParam(n, `${n} (bare text/plain or text/html bodies only)`)),
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: ref('IngestRequest') },
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        responses: {
          201: json(ref('IngestResult'), 'stored (new document or new version)'),
          200: json(ref('IngestResult'), 'this exact text was already stored'),
          ...errors(400, 401, 413, 415),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article: its text, sentences and every record with its review (rejected ones included)',
        parameters: [pathId('article')],
        responses: { 200: json(ref('ArticleDetail'), 'the article'), ...errors(403, 404) },
      },
    },
    '/api/records/{id}': {
      get: {
        summary: 'One record, its sentence, its article and all its reviews',
        parameters: [pathId('record')],
        responses: { 200: json(ref('RecordDetail'), 'the record'), ...errors(403, 404) },
      },
    },
    '/api/records/{id}/review': {
      post: {
        summary: 'Confirm, reject or correct a record (kept apart from the machine output)',
        security: [{ bearer: [] }],
        parameters: [pathId('record')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('ReviewRequest') } } },
        responses: { 201: json(ref('Review'), 'the review as stored'), ...errors(400, 401, 404, 413, 415) },
      },
    },
    '/api/talks': {
      get: {
        summary: 'The merged state of the talks: proposals and versions, the party-by-proposal stance matrix, demands, roles, disputes, timeline',
        parameters: [...DATES, OUTLET],
        responses: { 200: json(ref('Talks'), 'the talks'), ...errors(400, 403) },
      },
    },
    '/api/network': {
      get: {
        summary: 'Who accuses, rejects, supports, attacks or engages whom; edge weight = number of records',
        parameters: [...DATES, OUTLET],
        responses: { 200: json(ref('Network'), 'the actor network'), ...errors(400, 403) },
      },
    },
  };
  for (const [path, kind] of Object.entries(RECORD_LISTS)) {
    paths[`/api/${path}`] = {
      get: {
        summary: `${kind} records, reviews applied (rejected left out, corrections in place)`,
        parameters: RECORD_FILTERS,
        responses: { 200: json(page(ref('Record')), `a page of ${kind} records`), ...errors(400, 403) },
      },
    };
  }

  const errorResponse = (description: string) => json(ref('Error'), description);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API', version: '1',
      description: 'Articles about conflicts and peace talks coded into statements, PLOVER events, proposals, positions, demands and disputes. Record fields follow the README "Record format".',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token parley serve prints at start, or PARLEY_TOKEN' } },
      responses: {
        E400: errorResponse('bad request: a parameter or field is wrong'),
        E401: errorResponse('missing or wrong token'),
        E403: errorResponse('reads from another machine need --public or the token'),
        E404: errorResponse('no such article, record or endpoint'),
        E413: errorResponse('the body is over the size limit'),
        E415: errorResponse('unsupported Content-Type'),
      },
      schemas: {
        Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
        Article: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, url: { type: ['string', 'null'] },
            published: { type: ['string', 'null'] }, language: { type: 'string' }, version: { type: 'integer' },
            ingestedAt: { type: 'string' }, recordCount: { type: 'integer' },
          },
        },
        ArticleDetail: {
          allOf: [ref('Article'), {
            type: 'object',
            properties: {
              text: { type: 'string', description: 'normalised text; record spans are offsets into it' },
              sentences: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, heading: { type: 'boolean' } } } },
              records: { type: 'array', items: { type: 'object', properties: { record: ref('Record'), corrected: { type: ['object', 'null'] }, review: { oneOf: [ref('Review'), { type: 'null' }] } } } },
            },
          }],
        },
        Record: {
          type: 'object', required: ['kind', 'id', 'article', 'sentence', 'span', 'rule'],
          description: 'statement, event, proposal, position, demand, dispute or role record (README "Record format"), plus review, cluster, outlet, url, published',
          properties: {
            kind: { enum: ['statement', 'event', 'proposal', 'position', 'demand', 'dispute', 'role'] },
            id: { type: 'string' }, article: { type: 'string' }, sentence: { type: 'integer' },
            span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 }, rule: { type: 'string' },
          },
          additionalProperties: true,
        },
        RecordDetail: {
          type: 'object',
          properties: {
            record: ref('Record'), machine: ref('Record'), review: { oneOf: [ref('Review'), { type: 'null' }] },
            reviews: { type: 'array', items: ref('Review') }, sentence: { type: ['string', 'null'] }, article: { type: ['object', 'null'] },
          },
        },
        IngestRequest: {
          type: 'object',
          description: 'exactly one of text and html',
          properties: {
            text: { type: 'string' }, html: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' },
            url: { type: 'string' }, published: DATE, language: { type: 'string' },
          },
          additionalProperties: false,
        },
        IngestResult: {
          type: 'object',
          properties: { status: { enum: ['new', 'duplicate', 'version'] }, id: { type: 'string' }, version: { type: 'integer' }, records: { type: 'integer' } },
        },
        ReviewRequest: {
          type: 'object', required: ['action'], additionalProperties: false,
          properties: {
            action: { enum: ['confirm', 'reject', 'correct'] }, corrected: { type: 'object', description: "the whole corrected record, for 'correct'" },
            reviewer: { type: 'string' }, note: { type: 'string' },
          },
        },
        Review: {
          type: 'object',
          properties: {
            action: { enum: ['confirm', 'reject', 'correct'] }, reviewer: { type: ['string', 'null'] }, note: { type: ['string', 'null'] },
            at: { type: 'string', format: 'date-time' }, corrected: { type: ['object', 'null'] },
          },
        },
        Talks: {
          type: 'object',
          properties: {
            articles: { type: 'integer' }, parties: { type: 'array', items: { type: 'string' } }, party_names: { type: 'object' },
            proposals: { type: 'array' }, matrix: { type: 'array', description: 'cells {party, proposal, stance, date, sources, disputed}' },
            demands: { type: 'array' }, roles: { type: 'array' }, disputes: { type: 'array' }, timeline: { type: 'array' },
          },
        },
        Network: {
          type: 'object',
          properties: {
            nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, weight: { type: 'integer' } } } },
            edges: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  source: { type: 'string' }, target: { type: 'string' }, relation: { enum: ['accuses', 'rejects', 'supports', 'attacks', 'engages'] },
                  weight: { type: 'integer' }, records: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  };
}
