/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feed files: one article per item, its text from
 * content:encoded, else content, else description/summary (HTML turned into plain text).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { withDefaults } from './fields.js';
import { blockText } from './html.js';
import { errorEvent } from './jsonl.js';
import { InputError, type ReadOptions, type SourceEvent } from './types.js';
import { checkBytes, checkText, toDay } from './validate.js';

type Node = Record<string, unknown>;

export function isFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

export function* readFeed(bytes: Uint8Array, name: string, opts: ReadOptions): Generator<SourceEvent> {
  let xml: string;
  try {
    // A feed holds many articles: its own limit is larger than one article's.
    xml = checkBytes(bytes, opts.maxBytes * 64, 'feed');
  } catch (err) {
    yield errorEvent(name, err);
    return;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield { kind: 'error', source: `${name}:${valid.err.line}`, reason: 'malformed', message: `malformed XML (${valid.err.msg})` };
    return;
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: true, parseTagValue: false })
    .parse(xml) as Node;
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined) ?? atom;
  const items = list(rss?.item ?? rdf?.item ?? atom?.entry);
  if (!channel && items.length === 0) {
    yield { kind: 'error', source: name, reason: 'malformed', message: 'not an RSS or Atom feed (no channel, item or entry)' };
    return;
  }
  const outlet = text(channel?.title);
  let n = 0;
  for (const item of items) {
    n++;
    const source = `${name}#${n}`;
    try {
      const body = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
      if (!body) throw new InputError('empty', `feed item ${n} has no content or description`);
      const plain = /<[a-z][^>]*>/i.test(body) ? blockText(parseHTML(`<html><body>${body}</body></html>`).document.body as unknown as Element) : body;
      yield {
        kind: 'article',
        input: withDefaults({
          text: checkText(plain, opts.maxBytes, `feed item ${n}`),
          title: text(item.title),
          published: toDay(text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated)),
          outlet,
          url: link(item.link) ?? text(item.guid),
        }, opts),
        source,
        path: null,
      };
    } catch (err) {
      yield errorEvent(source, err);
    }
  }
}

function list(v: unknown): Node[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is Node => typeof x === 'object' && x !== null);
}

/** Text of an element that may carry attributes ({"#text": ..., "@type": "html"}). */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return text((v as Node)['#text']);
  return null;
}

/** Atom links are attributes: prefer rel="alternate" (the article page). */
function link(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  const links = Array.isArray(v) ? v : v ? [v] : [];
  const alt = links.find((l: Node) => l && (l['@rel'] === undefined || l['@rel'] === 'alternate')) as Node | undefined;
  const href = alt?.['@href'] ?? (links[0] as Node | undefined)?.['@href'];
  return typeof href === 'string' ? href : text(alt);
}
