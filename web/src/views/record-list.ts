/** A list of records fetched by id with their sentence and article: what a matrix cell or an edge opens. */
import { api } from '../api.js';
import { add, h, errorBox, replace } from '../dom.js';
import { summary } from '../labels.js';
import type { ArticleRecord, ParleyRecord } from '../../../src/model/records.js';

export interface SourceNote {
  record: string;
  /** What the caller knows about the source: "objects, per Osama Hamdan, 2024-08-20". */
  note?: string;
  disputed?: boolean;
}

export function articleLink(article: string, record: string, text: string): HTMLAnchorElement {
  return h('a', { href: `#/article/${encodeURIComponent(article)}?record=${encodeURIComponent(record)}` }, text);
}

/** Fills `box` with one item per source, each loaded from /api/records/:id. */
export async function showSources(box: HTMLElement, heading: string, sources: SourceNote[]): Promise<void> {
  const list = h('ol', { class: 'sources' });
  replace(box, h('h3', null, heading), list);
  await Promise.all(sources.map(async (s) => {
    const item = h('li', { class: 'source', 'data-record': s.record }, s.note ? h('div', { class: 'note' }, s.note) : null, s.disputed ? h('span', { class: 'flag-disputed' }, '⚑ disputed') : null);
    list.appendChild(item);
    try {
      const d = await api.record(s.record);
      const rec = d.record as Exclude<ParleyRecord, ArticleRecord>;
      const art = d.article;
      add(item,
        h('div', { class: 'record-summary' }, summary(rec)),
        d.sentence ? h('blockquote', { class: 'sentence' }, d.sentence) : null,
        h('div', { class: 'meta' },
          art ? `${art.outlet ?? 'unknown outlet'}${art.published ? ', ' + art.published : ''}${art.title ? ' — ' + art.title : ''} · ` : '',
          articleLink(rec.article, rec.id, 'open in the article'),
          d.review ? h('span', { class: `review review-${d.review.action}` }, ` ${d.review.action}ed`) : null),
      );
    } catch (err) {
      item.appendChild(errorBox(err));
    }
  }));
}
