/**
 * The dashboard: a hash router over five views. Every view gets the element to draw into and the
 * route's parameters; views fetch what they show from the JSON API.
 */
import './style.css';
import { getToken, setToken } from './api.js';
import { h, replace, errorBox } from './dom.js';
import { renderArticle, renderArticleList } from './views/article.js';
import { renderIngest } from './views/ingest.js';
import { renderNetwork } from './views/network.js';
import { renderTalks } from './views/talks.js';
import { renderTimeline } from './views/timeline.js';

type View = (root: HTMLElement, params: URLSearchParams, arg: string | null) => Promise<void>;

const VIEWS: Record<string, { title: string; render: View; nav: boolean }> = {
  talks: { title: 'Talks', render: renderTalks, nav: true },
  timeline: { title: 'Timeline', render: renderTimeline, nav: true },
  network: { title: 'Network', render: renderNetwork, nav: true },
  articles: { title: 'Articles', render: renderArticleList, nav: true },
  article: { title: 'Article', render: renderArticle, nav: false },
  ingest: { title: 'Add article', render: renderIngest, nav: true },
};

/** "#/article/ID?record=R" → view "article", arg "ID", params record=R. */
function parseHash(): { name: string; arg: string | null; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [name = '', ...rest] = path.split('/');
  return { name: VIEWS[name] ? name : 'talks', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query) };
}

let generation = 0;

async function route(): Promise<void> {
  const { name, arg, params } = parseHash();
  const view = VIEWS[name]!;
  const root = document.getElementById('view')!;
  const nav = document.getElementById('nav')!;
  replace(nav, Object.entries(VIEWS).filter(([, v]) => v.nav).map(([key, v]) =>
    h('a', { href: `#/${key}`, class: key === name || (name === 'article' && key === 'articles') ? 'current' : null }, v.title)));
  document.title = `${view.title} · Parley`;
  const mine = ++generation;
  const target = h('div', { class: `view view-${name}`, 'data-view': name }, h('p', { class: 'loading' }, 'Loading…'));
  replace(root, target);
  try {
    await view.render(target, params, arg);
  } catch (err) {
    if (mine === generation) replace(target, errorBox(err));
  }
  if (mine === generation) target.setAttribute('data-ready', 'true');
}

function initToken(): void {
  // "parley serve" prints a URL with #token=...: take it, keep it for this tab, drop it from the bar.
  const m = /^#token=([\w-]+)/.exec(location.hash);
  if (m) {
    setToken(m[1]!);
    history.replaceState(null, '', `${location.pathname}#/talks`);
  }
  const input = document.getElementById('token') as HTMLInputElement;
  input.value = getToken();
  input.addEventListener('change', () => setToken(input.value.trim()));
}

initToken();
window.addEventListener('hashchange', () => void route());
void route();
