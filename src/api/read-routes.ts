/** The GET endpoints: lists with filters and pagination, one article, one record, talks, network. */
import type { Hono } from 'hono';
import type { RecordKind } from '../store/types.js';
import { notFound } from './errors.js';
import { networkFromStore } from './network.js';
import { articleFilters, onlyKnown, paging, recordFilters, type Params } from './query.js';
import { apiArticle, apiRecord, articleViewRecord, reviewInfo } from './shape.js';
import { talksFromStore } from '../store/talks.js';
import type { ApiArticleDetail, ApiRecordDetail, Page } from './types.js';
import type { ApiContext } from './server.js';

/** Path → record kind of the list endpoints. */
export const RECORD_LISTS: Record<string, RecordKind> = {
  statements: 'statement', events: 'event', proposals: 'proposal', positions: 'position',
  demands: 'demand', disputes: 'dispute', roles: 'role',
};

/** Talks and the network link records across kinds, so filters that drop one kind are not offered. */
const WHOLE_STATE_FILTERS = ['from', 'to', 'outlet'];

export function readRoutes(app: Hono, ctx: ApiContext): void {
  const { store } = ctx;
  const params = (url: string): Params => Object.fromEntries(new URL(url).searchParams);

  app.get('/api/articles', async (c) => {
    const p = params(c.req.url);
    const filters = articleFilters(p);
    const page = paging(p);
    // The store has no article count: count the unpaged rows (metadata only, no text).
    const [rows, all] = await Promise.all([store.articles({ ...filters, ...page }), store.articles(filters)]);
    return c.json({ total: all.length, ...page, items: rows.map(apiArticle) } satisfies Page<unknown>);
  });

  app.get('/api/articles/:id', async (c) => {
    onlyKnown(params(c.req.url), []);
    const id = c.req.param('id');
    const article = await store.article(id);
    if (!article) throw notFound(`no article with id ${id}`);
    // Every record, rejected ones too, so a reviewer can see and undo a rejection.
    const records = await store.records({ article: id, reviews: 'raw', latestOnly: false });
    const body: ApiArticleDetail = { ...apiArticle(article), text: article.text, sentences: article.sentences, records: records.map(articleViewRecord) };
    return c.json(body);
  });

  for (const [path, kind] of Object.entries(RECORD_LISTS)) {
    app.get(`/api/${path}`, async (c) => {
      const p = params(c.req.url);
      const query = { ...recordFilters(p), kind };
      const page = paging(p);
      const [rows, total] = await Promise.all([store.records({ ...query, ...page }), store.countRecords(query)]);
      return c.json({ total, ...page, items: rows.map(apiRecord) });
    });
  }

  app.get('/api/records/:id', async (c) => {
    onlyKnown(params(c.req.url), []);
    const id = c.req.param('id');
    const r = await store.record(id);
    if (!r) throw notFound(`no record with id ${id}`);
    const [reviews, article] = await Promise.all([store.reviews(id), store.article(r.article)]);
    const s = 'sentence' in r.machine ? article?.sentences[r.machine.sentence] : undefined;
    const body: ApiRecordDetail = {
      record: r.record, machine: r.machine, review: reviewInfo(r.review),
      reviews: reviews.map((v) => ({ ...reviewInfo(v)!, corrected: v.corrected })),
      sentence: s && article ? article.text.slice(s.start, s.end) : null,
      article: article ? { id: article.id, title: article.title, outlet: article.outlet, url: article.url, published: article.published } : null,
    };
    return c.json(body);
  });

  app.get('/api/talks', async (c) => {
    const p = params(c.req.url);
    onlyKnown(p, WHOLE_STATE_FILTERS);
    return c.json(await talksFromStore(store, recordFilters(p)));
  });

  app.get('/api/network', async (c) => {
    const p = params(c.req.url);
    onlyKnown(p, WHOLE_STATE_FILTERS);
    return c.json(await networkFromStore(store, recordFilters(p)));
  });
}
