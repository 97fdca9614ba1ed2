/**
 * The doc key says which stored texts are versions of one document. A url is the best witness;
 * without one, the same headline from the same outlet; without that, the file it was read from.
 */
import type { ArticleInput } from '../model/records.js';

export function docKeyOf(input: ArticleInput, source?: string | null): string {
  if (input.url && input.url.trim()) return 'url:' + normaliseUrl(input.url.trim());
  if (input.outlet && input.title && input.outlet.trim() && input.title.trim()) {
    return 'title:' + input.outlet.trim().toLowerCase() + '\u0001' + input.title.trim().replace(/\s+/g, ' ').toLowerCase();
  }
  if (source) return 'file:' + source;
  // Nothing names it: every text is its own document, so it can never become a "version".
  return 'text:';
}

/** Drops what does not change the page (fragment, tracking parameters, trailing slash). */
function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$)/.test(key)) u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase();
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
