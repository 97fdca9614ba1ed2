/**
 * Timeline of statements and events, newest last, filtered by actor, type and dates. Force
 * (assault, coercion, threats) is drawn red with a mark, verbal conflict amber, diplomacy blue,
 * statements grey, so the two tracks of a war with talks read apart at a glance.
 */
import { api, type Filters } from '../api.js';
import { h, replace } from '../dom.js';
import { recordDate, summary, toneOf, TONE_LABEL, type Tone } from '../labels.js';
import type { ApiRecord } from '../../../src/api/types.js';
import { PLOVER_TYPES } from '../../../src/model/records.js';

const LIMIT = 1000;
const TONE_MARK: Record<Tone, string> = { violence: '✹', conflict: '⚡', diplomacy: '◆', statement: '❝' };

export async function renderTimeline(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const f = { actor: params.get('actor') ?? '', type: params.get('type') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const form = filterForm(f);
  const list = h('div', { class: 'timeline' });
  replace(root, h('h1', null, 'Timeline'), form,
    h('p', { class: 'legend' }, (Object.keys(TONE_LABEL) as Tone[]).map((t) => h('span', { class: `chip tone-${t}` }, `${TONE_MARK[t]} ${TONE_LABEL[t]}`))),
    list);

  const common: Filters = { actor: f.actor, from: f.from, to: f.to, limit: LIMIT };
  const wantStatements = f.type === '' || f.type === 'statement';
  const wantEvents = f.type !== 'statement';
  const [events, statements] = await Promise.all([
    wantEvents ? api.records('events', { ...common, type: f.type || undefined }) : null,
    wantStatements ? api.records('statements', common) : null,
  ]);
  const items = [...(events?.items ?? []), ...(statements?.items ?? [])];
  items.sort((a, b) => (recordDate(a) ?? '9999').localeCompare(recordDate(b) ?? '9999') || a.article.localeCompare(b.article) || a.span[0] - b.span[0]);
  const truncated = (events?.total ?? 0) > LIMIT || (statements?.total ?? 0) > LIMIT;
  if (items.length === 0) {
    replace(list, h('p', { class: 'empty' }, 'Nothing matches these filters.'));
    return;
  }
  let lastDate: string | null | undefined;
  const rows: HTMLElement[] = [];
  for (const r of items) {
    const date = recordDate(r);
    if (date !== lastDate) rows.push(h('h3', { class: 'date' }, date ?? 'undated'));
    lastDate = date;
    rows.push(itemRow(r));
  }
  replace(list, truncated ? h('p', { class: 'hint' }, `Showing the first ${LIMIT} of each kind: narrow the filters.`) : null, rows);
}

function itemRow(r: ApiRecord): HTMLElement {
  const tone = toneOf(r.kind, r.kind === 'event' ? r.event : undefined);
  const type = r.kind === 'event' ? r.event : 'STATEMENT';
  return h('a', {
    class: `item tone-${tone}`, 'data-kind': r.kind, 'data-type': type, 'data-tone': tone,
    href: `#/article/${encodeURIComponent(r.article)}?record=${encodeURIComponent(r.id)}`,
  },
  h('span', { class: 'mark', 'aria-hidden': 'true' }, TONE_MARK[tone]),
  h('span', { class: 'type' }, type),
  h('span', { class: 'text' }, summary(r, undefined, false)),
  h('span', { class: 'meta' }, r.outlet ?? ''));
}

function filterForm(f: Record<'actor' | 'type' | 'from' | 'to', string>): HTMLFormElement {
  const actor = h('input', { name: 'actor', value: f.actor, placeholder: 'HAMAS, Israel, USA…' });
  const type = h('select', { name: 'type' },
    h('option', { value: '' }, 'all'),
    h('option', { value: 'statement' }, 'statements'),
    PLOVER_TYPES.map((t) => h('option', { value: t }, t)));
  type.value = f.type;
  const from = h('input', { name: 'from', type: 'date', value: f.from });
  const to = h('input', { name: 'to', type: 'date', value: f.to });
  const form = h('form', { class: 'filters', id: 'timeline-filters' },
    h('label', null, 'actor ', actor), h('label', null, 'type ', type), h('label', null, 'from ', from), h('label', null, 'to ', to),
    h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/timeline', class: 'reset' }, 'reset'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, el] of [['actor', actor], ['type', type], ['from', from], ['to', to]] as const) if (el.value.trim()) p.set(k, el.value.trim());
    location.hash = `#/timeline${p.toString() ? '?' + p.toString() : ''}`;
  });
  return form;
}
