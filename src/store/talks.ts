/**
 * The merged state of the talks over what the store holds. The store's talks() groups records by
 * negotiation name; the page wants mergeTalks' matrix, so records are read back per article and
 * merged here, with the reviews applied (rejected records out, corrections in).
 */
import type { ArticleRecord, ParleyRecord } from '../model/records.js';
import { mergeTalks, type TalksState } from '../negotiation/talks.js';
import type { RecordKind, RecordQuery, Store } from './types.js';

const TALKS_KINDS: RecordKind[] = ['proposal', 'position', 'demand', 'dispute', 'role', 'event'];

export async function talksFromStore(store: Store, filters: RecordQuery): Promise<TalksState> {
  const byArticle = new Map<string, ParleyRecord[]>();
  for await (const r of store.iterateRecords({ ...filters, kind: TALKS_KINDS, limit: undefined, offset: undefined })) {
    let list = byArticle.get(r.article);
    if (!list) {
      // mergeTalks reads only the published date off the article record; the text is not needed.
      const article: ArticleRecord = {
        kind: 'article', id: r.article, title: null, outlet: r.outlet, url: r.url, published: r.published,
        language: 'en', sentences: [], text: '',
      };
      list = [article];
      byArticle.set(r.article, list);
    }
    list.push(r.record);
  }
  return mergeTalks([...byArticle.values()]);
}
