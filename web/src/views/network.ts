/**
 * The actor network as an SVG drawn here: actors on a circle (the busiest first), one curved,
 * arrowed edge per relation and direction, its width growing with the number of records.
 * Clicking an edge lists the records behind it.
 */
import { api } from '../api.js';
import { h, replace, svg } from '../dom.js';
import type { NetworkEdge, Relation } from '../../../src/api/types.js';
import { showSources } from './record-list.js';

const RELATIONS: Relation[] = ['attacks', 'accuses', 'rejects', 'supports', 'engages'];
const MAX_NODES = 40;
const WIDTH = 860;
const HEIGHT = 640;

export async function renderNetwork(root: HTMLElement): Promise<void> {
  const g = await api.network();
  if (g.nodes.length === 0) {
    replace(root, h('h1', null, 'Actor network'), h('p', { class: 'empty' }, 'No actor acts on another in the stored records yet.'));
    return;
  }
  const nodes = g.nodes.slice(0, MAX_NODES);
  const shown = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  // Room on both sides for the names, which are written outward from the circle.
  const c = WIDTH / 2;
  const radius = HEIGHT / 2 - 70;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.id, { x: c + radius * Math.cos(a), y: HEIGHT / 2 + radius * Math.sin(a) }];
  }));
  const maxNode = Math.max(...nodes.map((n) => n.weight));
  const nodeR = (w: number) => 8 + 14 * Math.sqrt(w / maxNode);
  const detail = h('aside', { class: 'detail', id: 'edge-detail' }, h('p', { class: 'hint' }, 'Click an arrow to see the records behind it.'));

  const defs = svg('defs', null, RELATIONS.map((r) => svg('marker', {
    id: `arrow-${r}`, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
  }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `rel-${r}` }))));

  // Several relations between the same two actors: spread their curves apart.
  const pairIndex = new Map<string, number>();
  const drawEdge = (e: NetworkEdge) => {
    const a = pos.get(e.source)!;
    const b = pos.get(e.target)!;
    const pair = `${e.source}\u0000${e.target}`;
    const k = pairIndex.get(pair) ?? 0;
    pairIndex.set(pair, k + 1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = 30 + 22 * k;
    const mx = (a.x + b.x) / 2 - (dy / len) * bend;
    const my = (a.y + b.y) / 2 + (dx / len) * bend;
    // Stop the arrow at the target's rim.
    const rt = nodeR(nodes.find((n) => n.id === e.target)!.weight) + 3;
    const tx = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * rt;
    const ty = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * rt;
    const width = 1.5 + 2.5 * Math.log2(1 + e.weight);
    const title = `${name(e.source)} ${e.relation} ${name(e.target)}: ${e.weight} record${e.weight === 1 ? '' : 's'}`;
    const path = svg('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`,
      class: `edge rel-${e.relation}`, 'stroke-width': width.toFixed(1), 'marker-end': `url(#arrow-${e.relation})`,
      'data-source': e.source, 'data-target': e.target, 'data-relation': e.relation, 'data-weight': e.weight, tabindex: '0',
      onclick: () => void showSources(detail, title, e.records.map((record) => ({ record }))),
    }, svg('title', null, title));
    return path;
  };
  const name = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;

  const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'network', role: 'img', 'aria-label': 'actor network' },
    defs,
    svg('g', { class: 'edges' }, edges.map(drawEdge)),
    svg('g', { class: 'nodes' }, nodes.map((n) => {
      const p = pos.get(n.id)!;
      const outside = p.x >= c ? 'start' : 'end';
      const lx = p.x + (p.x >= c ? 1 : -1) * (nodeR(n.weight) + 4);
      return svg('g', { class: 'node', 'data-node': n.id },
        svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: nodeR(n.weight).toFixed(1) }, svg('title', null, `${n.name}: ${n.weight}`)),
        svg('text', { x: lx.toFixed(1), y: (p.y + 4).toFixed(1), 'text-anchor': outside }, n.name));
    })));

  replace(root, h('h1', null, 'Actor network'),
    h('p', { class: 'legend' }, RELATIONS.map((r) => h('span', { class: `chip rel-chip rel-${r}` }, r)), h('span', { class: 'hint' }, ' arrow width: number of records')),
    g.nodes.length > MAX_NODES ? h('p', { class: 'hint' }, `The ${MAX_NODES} busiest of ${g.nodes.length} actors.`) : null,
    h('div', { class: 'network-grid' }, picture, detail));
}
