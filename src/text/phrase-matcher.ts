/**
 * A trie over token sequences: dictionary phrases ("Islamic Jihad", "carry out", "Tel Aviv")
 * are found in a document by walking tokens once, longest match first. Keys are lower-cased
 * token texts or lemmas, so the matcher is agnostic of what the payload is.
 */
interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  start: number;
  /** Exclusive. */
  end: number;
  values: T[];
}

const NO_MATCHES: PhraseMatch<never>[] = [];

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  size = 0;

  add(keys: string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  /** Some phrase begins with this key. */
  opens(key: string): boolean {
    return this.root.next.has(key);
  }

  /**
   * Every match starting at `start`, longest first. `keyAt(i)` gives the key of token i, or
   * undefined past the end of the window.
   */
  matchesAt(start: number, keyAt: (i: number) => string | undefined): PhraseMatch<T>[] {
    // Fast path: most tokens start no phrase at all, so allocate nothing for them.
    const firstKey = keyAt(start);
    if (firstKey === undefined || !this.root.next.has(firstKey)) return NO_MATCHES as PhraseMatch<T>[];
    const found: PhraseMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    let i = start;
    for (;;) {
      const key = keyAt(i);
      if (key === undefined) break;
      node = node.next.get(key);
      if (!node) break;
      i++;
      if (node.values.length > 0) found.push({ start, end: i, values: node.values });
    }
    return found.reverse();
  }

  /** Non-overlapping longest matches over [from, to), scanning left to right. */
  scan(from: number, to: number, keyAt: (i: number) => string | undefined, accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const bounded = (i: number) => (i < to ? keyAt(i) : undefined);
    let i = from;
    while (i < to) {
      const candidates = this.matchesAt(i, bounded);
      const hit = candidates.find((m) => (accept ? accept(m) : true));
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else {
        i++;
      }
    }
    return out;
  }
}
