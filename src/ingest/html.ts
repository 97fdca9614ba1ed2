/**
 * HTML pages: main text by Mozilla's Readability (what Firefox's reader view uses) over linkedom,
 * a light DOM without a browser. Metadata from the page: og/article meta, <time datetime>,
 * JSON-LD. Paragraph breaks are kept, since code() splits sentences and headings on them.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../model/records.js';
import { withDefaults } from './fields.js';
import { InputError, type ReadOptions } from './types.js';
import { checkText, decodeUtf8, looksBinary, toDay } from './validate.js';

/** Decodes by the page's declared charset when it is not UTF-8 (old sites still use latin-1). */
export function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // Unknown label: fall through to strict UTF-8.
    }
  }
  return decodeUtf8(bytes, 'page');
}

export function htmlToInput(bytes: Uint8Array, opts: ReadOptions): ArticleInput {
  if (bytes.length > opts.maxBytes) {
    throw new InputError('too_large', `page is ${bytes.length} bytes, over the limit of ${opts.maxBytes} (--max-bytes)`);
  }
  if (looksBinary(bytes)) throw new InputError('binary', 'page looks binary (NUL or control bytes), not HTML');
  const html = decodeHtml(bytes);
  if (!html.trim()) throw new InputError('empty', 'page is empty');
  if (!/<[a-z!?]/i.test(html)) throw new InputError('malformed', 'no HTML markup found');
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as unknown as Document);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let text = parsed?.content ? blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as Element) : '';
  if (!text.trim()) text = blockText(document.body as unknown as Element);
  if (!text.trim()) throw new InputError('malformed', 'no main text found in the page');
  return withDefaults({
    text: checkText(text, opts.maxBytes, 'main text'),
    title: meta.title ?? parsed?.title?.trim() ?? null,
    published: meta.published ?? toDay(parsed?.publishedTime ?? null),
    outlet: meta.outlet ?? parsed?.siteName?.trim() ?? null,
    url: meta.url,
  }, opts);
}

const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'DD', 'DT',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Text of an element with a blank line between blocks and single spaces inside them. */
export function blockText(root: Element | null): string {
  if (!root) return '';
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { current += ' '; return; }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

interface PageMeta { title: string | null; published: string | null; outlet: string | null; url: string | null }

function pageMetadata(doc: Document): PageMeta {
  const metaContent = (...names: string[]): string | null => {
    for (const n of names) {
      const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLd(doc);
  const timeEl = doc.querySelector('time[datetime]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  return {
    title: metaContent('og:title', 'twitter:title') ?? str(ld?.headline) ?? (doc.querySelector('title')?.textContent?.trim() || null),
    published: toDay(metaContent('article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date'))
      ?? toDay(ld?.datePublished) ?? toDay(timeEl?.getAttribute('datetime') ?? null),
    outlet: metaContent('og:site_name', 'application-name') ?? str((ld?.publisher as { name?: unknown } | undefined)?.name),
    url: metaContent('og:url') ?? canonical ?? str(ld?.url),
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The first JSON-LD object that looks like an article (NewsArticle, Article, ...). */
function jsonLd(doc: Document): Record<string, unknown> | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common and not the article's fault.
    }
    const items = Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])];
    for (const item of items) {
      if (item && typeof item === 'object' && ('datePublished' in item || 'headline' in item)) return item as Record<string, unknown>;
    }
  }
  return null;
}
