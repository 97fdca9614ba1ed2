/**
 * One article: its text with every record highlighted on its span, beside the records with
 * confirm / reject / correct buttons. Text is put in with text nodes only: an article that holds
 * "<script>" shows those characters and runs nothing.
 */
import { api, ApiError } from '../api.js';
import { errorBox, h, replace, safeHref } from '../dom.js';
import { segments } from '../highlight.js';
import { summary } from '../labels.js';
import type { ArticleViewRecord } from '../../../src/api/types.js';
import type { ArticleRecord, ParleyRecord } from '../../../src/model/records.js';

type Sourced = Exclude<ParleyRecord, ArticleRecord>;

export async function renderArticleList(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const page = await api.articles({ q, limit: 50, offset });
  const search = h('input', { name: 'q', value: q, placeholder: 'words in the text' });
  const form = h('form', { class: 'filters' }, h('label', null, 'search ', search), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/articles${search.value.trim() ? '?q=' + encodeURIComponent(search.value.trim()) : ''}`;
  });
  const pager = (to: number, label: string) => h('a', { href: `#/articles?${new URLSearchParams({ q, offset: String(to) })}` }, label);
  replace(root, h('h1', null, 'Articles'), form,
    page.items.length === 0 ? h('p', { class: 'empty' }, 'No articles. ', h('a', { href: '#/ingest' }, 'Add one'), '.') :
      h('table', { class: 'articles' },
        h('thead', null, h('tr', null, h('th', null, 'published'), h('th', null, 'title'), h('th', null, 'outlet'), h('th', null, 'records'))),
        h('tbody', null, page.items.map((a) => h('tr', null,
          h('td', null, a.published ?? '—'),
          h('td', null, h('a', { href: `#/article/${encodeURIComponent(a.id)}`, class: 'article-link' }, a.title ?? a.id.slice(0, 19))),
          h('td', null, a.outlet ?? '—'),
          h('td', null, String(a.recordCount)))))),
    h('p', { class: 'pager' }, `${page.total} article${page.total === 1 ? '' : 's'} `,
      offset > 0 ? pager(Math.max(0, offset - page.limit), '← newer') : null, ' ',
      offset + page.items.length < page.total ? pager(offset + page.limit, 'more →') : null));
}

export async function renderArticle(root: HTMLElement, params: URLSearchParams, id: string | null): Promise<void> {
  if (!id) return renderArticleList(root, params);
  const a = await api.article(id);
  const labels = new Map<string, string>();
  for (const v of a.records) if (v.record.kind === 'proposal') labels.set(v.record.id, v.record.label);
  const labelOf = (rid: string) => labels.get(rid) ?? null;

  const text = h('div', { class: 'article-text', id: 'article-text' });
  const marks = new Map<string, HTMLElement[]>();
  const refs = a.records.map((v) => ({ id: v.record.id, kind: v.record.kind, span: v.record.span }));
  for (const seg of segments(a.text.length, refs)) {
    const piece = a.text.slice(seg.start, seg.end);
    if (seg.records.length === 0) { text.appendChild(document.createTextNode(piece)); continue; }
    const inner = seg.records[0]!;
    const mark = h('mark', {
      class: `hl hl-${inner.kind}${seg.records.length > 1 ? ' nested' : ''}`, 'data-records': seg.records.map((r) => r.id).join(' '),
      title: seg.records.map((r) => r.kind).join(' in '),
      onclick: () => select(inner.id, true),
    }, piece);
    for (const r of seg.records) marks.set(r.id, [...(marks.get(r.id) ?? []), mark]);
    text.appendChild(mark);
  }

  const cards = new Map<string, HTMLElement>();
  const list = h('ol', { class: 'record-cards' }, a.records.map((v) => {
    const card = recordCard(v, labelOf, () => select(v.record.id, false));
    cards.set(v.record.id, card);
    return card;
  }));

  function select(rid: string, scrollCard: boolean): void {
    for (const el of Array.from(document.querySelectorAll('.hl.active, .record-card.active'))) el.classList.remove('active');
    for (const m of marks.get(rid) ?? []) m.classList.add('active');
    const card = cards.get(rid);
    card?.classList.add('active');
    if (scrollCard) card?.scrollIntoView({ block: 'nearest' });
    else marks.get(rid)?.[0]?.scrollIntoView({ block: 'nearest' });
  }

  const href = safeHref(a.url);
  replace(root,
    h('h1', { class: 'article-title' }, a.title ?? 'Untitled article'),
    h('p', { class: 'meta' }, [a.outlet ?? 'unknown outlet', a.published ?? 'undated', `version ${a.version}`, `${a.records.length} records`].join(' · '),
      href ? [' · ', h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null),
    h('p', { class: 'legend' }, ['statement', 'event', 'proposal', 'position', 'demand', 'dispute', 'role'].map((k) => h('span', { class: `chip hl-${k}` }, k))),
    h('div', { class: 'article-grid' }, text, h('div', { class: 'records-panel' }, h('h2', null, 'Records'),
      a.records.length === 0 ? h('p', { class: 'empty' }, 'No records found in this article.') : list)));
  const wanted = params.get('record');
  if (wanted && cards.has(wanted)) select(wanted, true);
}

function recordCard(v: ArticleViewRecord, labelOf: (id: string) => string | null, onSelect: () => void): HTMLElement {
  const r = v.record;
  const shown = (v.corrected ?? r) as Sourced;
  const state = h('span', { class: 'review-state' });
  const message = h('div', { class: 'card-message' });
  const card = h('li', { class: `record-card kind-${r.kind}`, 'data-record': r.id, 'data-kind': r.kind, tabindex: '0' },
    h('div', { class: 'card-head' }, h('span', { class: `chip hl-${r.kind}` }, r.kind), state),
    h('div', { class: 'record-summary' }, summary(shown, labelOf)),
    h('div', { class: 'rule' }, `rule ${r.rule}`));
  const setState = (action: string | null) => {
    card.dataset.review = action ?? 'none';
    replace(state, action ? h('span', { class: `review review-${action}` }, `${action}ed`) : 'not reviewed');
  };
  setState(v.review?.action ?? null);
  card.addEventListener('click', (ev) => { if (!(ev.target instanceof HTMLButtonElement || ev.target instanceof HTMLTextAreaElement)) onSelect(); });

  const send = async (action: 'confirm' | 'reject' | 'correct', corrected?: unknown) => {
    replace(message);
    try {
      await api.review(r.id, action, corrected);
      setState(action);
      if (action === 'correct') replace(card.querySelector('.record-summary')!, summary(corrected as Sourced, labelOf));
      editor.hidden = true;
    } catch (err) {
      replace(message, errorBox(err instanceof ApiError ? err : new Error(String(err))));
    }
  };
  const editor = h('div', { class: 'editor' });
  editor.hidden = true;
  const area = h('textarea', { rows: '10', spellcheck: 'false', 'aria-label': 'corrected record as JSON' });
  area.value = JSON.stringify(shown, null, 2);
  editor.append(area, h('button', {
    type: 'button', class: 'save', onclick: () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(area.value);
      } catch (err) {
        replace(message, errorBox(new Error(`not valid JSON: ${(err as Error).message}`)));
        return;
      }
      void send('correct', parsed);
    },
  }, 'Save correction'));
  card.append(h('div', { class: 'buttons' },
    h('button', { type: 'button', class: 'confirm', onclick: () => void send('confirm') }, 'Confirm'),
    h('button', { type: 'button', class: 'reject', onclick: () => void send('reject') }, 'Reject'),
    h('button', { type: 'button', class: 'correct', onclick: () => { editor.hidden = !editor.hidden; } }, 'Correct…')),
  editor, message);
  return card;
}
