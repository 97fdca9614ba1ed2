/**
 * The merged state of the talks over what the store holds. The store's talks() groups records by
 * negotiation name; the page wants mergeTalks' matrix, so records are read back per article and
 * merged here, with the reviews applied (rejected records out, corrections in).
 */
import type { ArticleRecord, ParleyRecord } from '../model/records.js';
import { mergeTalks, type TalksState } from '../negotiation/talks.js';
import type { RecordKind, RecordQuery, Store, StoredRecord, TalksQuery, TalksSummary } from './types.js';

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

/**
 * The store's grouped view of negotiations (`parley negotiations`): roles grouped by negotiation,
 * with the proposals, positions and demands of the same articles. Shared by every backend, since
 * it needs nothing but `records()`.
 */
export async function talksSummaries(store: Pick<Store, 'records'>, q: TalksQuery = {}): Promise<TalksSummary[]> {
  const roles = await store.records({ kind: 'role', actor: q.actor, from: q.from, to: q.to });
  const groups = new Map<string | null, StoredRecord[]>();
  for (const r of roles) {
    const neg = (r.record as { negotiation?: string | null }).negotiation ?? null;
    if (q.negotiation && (neg ?? '').toLowerCase() !== q.negotiation.toLowerCase()) continue;
    groups.set(neg, [...(groups.get(neg) ?? []), r]);
  }
  const out: TalksSummary[] = [];
  for (const [negotiation, groupRoles] of groups) {
    // Proposals, positions and demands carry no negotiation: take those of the same articles.
    const articles = [...new Set(groupRoles.map((r) => r.article))];
    const ofArticles = async (kind: RecordKind) =>
      (await Promise.all(articles.map((article) => store.records({ kind, article })))).flat();
    out.push({
      negotiation,
      roles: groupRoles,
      proposals: await ofArticles('proposal'),
      positions: await ofArticles('position'),
      demands: await ofArticles('demand'),
    });
    if (q.limit && out.length >= q.limit) break;
  }
  return out;
}
