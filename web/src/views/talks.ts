/**
 * The talks: proposals with their versions, the party-by-proposal stance matrix (a cell opens the
 * records behind it, with who says so and when; disputed cells are marked), demands with the
 * stances others take on them, disputes and roles.
 */
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import type { ApiTalks } from '../../../src/api/types.js';
import type { MatrixCell, MergedProposal } from '../../../src/negotiation/talks.js';
import { articleLink, showSources } from './record-list.js';

const STANCE_TEXT: Record<string, string> = {
  accepts: 'accepts', rejects: 'rejects', objects: 'objects', conditional: 'conditional', undecided: 'undecided',
};

export async function renderTalks(root: HTMLElement): Promise<void> {
  const t = await api.talks();
  const name = (code: string) => t.party_names[code] ?? code;
  if (t.articles === 0 || (t.proposals.length === 0 && t.demands.length === 0 && t.matrix.length === 0)) {
    replace(root, h('h1', null, 'The talks'), h('p', { class: 'empty' }, 'No proposals, stances or demands stored yet. ', h('a', { href: '#/ingest' }, 'Add an article'), '.'));
    return;
  }
  const detail = h('aside', { class: 'detail', id: 'cell-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Click a cell to see who says so, and where.'));
  replace(root,
    h('h1', null, 'The talks'),
    h('p', { class: 'lede' }, `From ${t.articles} article${t.articles === 1 ? '' : 's'}: ${t.proposals.length} proposal${t.proposals.length === 1 ? '' : 's'}, ${t.parties.length} part${t.parties.length === 1 ? 'y' : 'ies'} with a stance.`),
    h('div', { class: 'talks-grid' },
      h('div', null,
        proposalsSection(t),
        matrixSection(t, name, detail),
        demandsSection(t, name),
        disputesSection(t),
        rolesSection(t, name)),
      detail));
}

function proposalsSection(t: ApiTalks): HTMLElement {
  const bases = t.proposals.filter((p) => !p.version_of);
  const versionsOf = (key: string) => t.proposals.filter((p) => p.version_of === key);
  const orphans = t.proposals.filter((p) => p.version_of && !t.proposals.some((b) => b.key === p.version_of));
  const item = (p: MergedProposal): HTMLElement => h('li', { class: 'proposal', 'data-proposal': p.key },
    h('strong', null, p.label),
    p.proposer.length ? ` by ${p.proposer.join(', ')}` : '',
    p.version ? h('span', { class: 'version' }, ` version “${p.version}”`) : '',
    h('span', { class: 'meta' }, ` · ${p.records.length} mention${p.records.length === 1 ? '' : 's'} in ${p.articles.length} article${p.articles.length === 1 ? '' : 's'}${p.first_seen ? `, first ${p.first_seen}` : ''}`),
    versionsOf(p.key).length ? h('ul', { class: 'versions' }, versionsOf(p.key).map(item)) : null);
  return h('section', { class: 'proposals' }, h('h2', null, 'Proposals and versions'), h('ul', null, [...bases, ...orphans].map(item)));
}

function matrixSection(t: ApiTalks, name: (c: string) => string, detail: HTMLElement): HTMLElement {
  if (t.matrix.length === 0) return h('section', null, h('h2', null, 'Stances'), h('p', { class: 'empty' }, 'No stance on a proposal found.'));
  const columns = t.proposals.filter((p) => t.matrix.some((c) => c.proposal === p.key));
  const cellOf = new Map(t.matrix.map((c) => [`${c.party}\u0000${c.proposal}`, c]));
  const open = (cell: MatrixCell, p: MergedProposal, td: HTMLElement) => {
    for (const el of Array.from(document.querySelectorAll('.matrix td.selected'))) el.classList.remove('selected');
    td.classList.add('selected');
    void showSources(detail, `${name(cell.party)} ${cell.stance} ${p.label}`, cell.sources.map((s) => ({
      record: s.record,
      note: [s.stance, s.asserted_by ? `per ${s.asserted_by}` : 'as the article reports', s.date].filter(Boolean).join(' · '),
      disputed: s.disputed,
    })));
  };
  const table = h('table', { class: 'matrix' },
    h('thead', null, h('tr', null, h('th', null, 'party \\ proposal'), columns.map((p) => h('th', { scope: 'col' }, p.label, p.version ? h('div', { class: 'version' }, `version “${p.version}”`) : null)))),
    h('tbody', null, t.parties.map((party) => h('tr', null,
      h('th', { scope: 'row', 'data-party': party }, name(party)),
      columns.map((p) => {
        const cell = cellOf.get(`${party}\u0000${p.key}`);
        if (!cell) return h('td', { class: 'none' }, '');
        const td = h('td', {
          class: `stance stance-${cell.stance}${cell.disputed ? ' disputed' : ''}`, 'data-party': party, 'data-proposal': p.key, 'data-stance': cell.stance,
        });
        td.appendChild(h('button', {
          type: 'button', title: `${cell.sources.length} source${cell.sources.length === 1 ? '' : 's'}${cell.disputed ? '; disputed' : ''}`,
          onclick: () => open(cell, p, td),
        }, STANCE_TEXT[cell.stance] ?? cell.stance, cell.disputed ? h('span', { class: 'flag-disputed', 'aria-label': 'disputed' }, ' ⚑') : null,
        h('span', { class: 'count' }, ` ${cell.sources.length}`)));
        return td;
      })))));
  return h('section', null, h('h2', null, 'Who stands where'),
    h('p', { class: 'legend' }, ['accepts', 'conditional', 'undecided', 'objects', 'rejects'].map((s) => h('span', { class: `chip stance-${s}` }, s)),
      h('span', { class: 'chip disputed' }, '⚑ disputed')),
    table);
}

function demandsSection(t: ApiTalks, name: (c: string) => string): HTMLElement {
  return h('section', { class: 'demands' }, h('h2', null, 'Demands'),
    t.demands.length === 0 ? h('p', { class: 'empty' }, 'No demands found.') :
      h('table', { class: 'demand-table' },
        h('thead', null, h('tr', null, h('th', null, 'party'), h('th', null, ''), h('th', null, 'demand'), h('th', null, 'according to'), h('th', null, 'others'))),
        h('tbody', null, t.demands.map((d) => h('tr', { 'data-party': d.party },
          h('td', null, name(d.party)),
          h('td', { class: `polarity-${d.polarity}` }, d.polarity),
          h('td', null, d.content),
          h('td', null, [...new Set(d.sources.map((s) => s.asserted_by).filter(Boolean))].join(', ') || '—'),
          h('td', null, d.positions.map((p) => h('span', { class: `chip stance-${p.stance}` }, `${name(p.party)} ${p.stance}${p.asserted_by ? ` (per ${p.asserted_by})` : ''}`))))))));
}

function disputesSection(t: ApiTalks): HTMLElement {
  return h('section', { class: 'disputes' }, h('h2', null, 'Disputed claims'),
    t.disputes.length === 0 ? h('p', { class: 'empty' }, 'No disputes found.') :
      h('ul', null, t.disputes.map((d) => h('li', null, h('span', { class: 'flag-disputed' }, '⚑ '), `${d.disputed_by}: ${d.summary} · `, articleLink(d.article, d.record, 'source')))));
}

function rolesSection(t: ApiTalks, name: (c: string) => string): HTMLElement {
  return h('section', { class: 'roles' }, h('h2', null, 'Roles'),
    t.roles.length === 0 ? h('p', { class: 'empty' }, 'No roles found.') :
      h('p', null, t.roles.map((r) => h('span', { class: `chip role-${r.role}` }, `${name(r.actor)}: ${r.role}`))));
}
