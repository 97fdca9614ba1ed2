/** Paste or upload an article (text or an HTML page), code and store it, then open it. */
import { api } from '../api.js';
import { errorBox, h, replace } from '../dom.js';

export async function renderIngest(root: HTMLElement): Promise<void> {
  const text = h('textarea', { name: 'text', rows: '14', placeholder: 'Paste the article here (plain text), or choose a file below.' });
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.text,.html,.htm,text/plain,text/html' });
  const title = h('input', { name: 'title' });
  const outlet = h('input', { name: 'outlet' });
  const url = h('input', { name: 'url', type: 'url' });
  const published = h('input', { name: 'published', type: 'date' });
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  let html: string | null = null;

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const content = await f.text();
    // An HTML page goes to the server as html, which extracts the main text; shown here as text only.
    html = /\.html?$/i.test(f.name) || f.type === 'text/html' ? content : null;
    text.value = content;
    if (!title.value && !html) title.value = f.name.replace(/\.[^.]+$/, '');
  });
  text.addEventListener('input', () => { html = null; });

  const form = h('form', { class: 'ingest-form', id: 'ingest-form' },
    h('label', { class: 'wide' }, 'Article', text),
    h('label', null, 'or a file ', file),
    h('div', { class: 'meta-fields' },
      h('label', null, 'title ', title), h('label', null, 'outlet ', outlet),
      h('label', null, 'url ', url), h('label', null, 'published ', published)),
    h('button', { type: 'submit' }, 'Code and store'), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    replace(status, 'Coding…');
    try {
      const meta = { title: title.value || undefined, outlet: outlet.value || undefined, url: url.value || undefined, published: published.value || undefined };
      const res = await api.ingest(html !== null ? { html, ...meta } : { text: text.value, ...meta });
      replace(status, `${res.status === 'duplicate' ? 'Already stored' : 'Stored'}: ${res.records} records.`);
      location.hash = `#/article/${encodeURIComponent(res.id)}`;
    } catch (err) {
      replace(status, errorBox(err));
    }
  });
  replace(root, h('h1', null, 'Add an article'),
    h('p', { class: 'hint' }, 'The article is coded on the server and stored; you then see every record on its words. Needs the write token.'),
    form);
}
