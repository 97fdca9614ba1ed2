/**
 * State force nouns in the dictionary: which organisation "the army" of a state is, and whether
 * a description names a state's army at all.
 */
import type { CountryEntry, Knowledge, OrgEntry } from '../knowledge/types.js';

/**
 * The organisation the dictionary names for the state's form of the noun: "the army" of Sudan
 * is what "Sudanese army" or "Sudan's army" names (the SAF); without such an entry, the state.
 */
const forceCache = new WeakMap<Knowledge, Map<string, OrgEntry | null>>();
export function ownedForce(kb: Knowledge, c: CountryEntry, phrase: string): OrgEntry | undefined {
  const noun = phrase.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
  const key = `${c.id}|${noun.join(' ')}`;
  let cache = forceCache.get(kb);
  if (!cache) forceCache.set(kb, (cache = new Map()));
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  let found: OrgEntry | null = null;
  const owners = [...(c.demonyms ?? []).map((d) => d.toLowerCase().split(/\s+/)), [...c.name.toLowerCase().split(/\s+/), "'s"]];
  for (const owner of owners) {
    const keys = [...owner, ...noun];
    const hit = kb.actorMatcher.matchesAt(0, (i) => keys[i]).find((x) => x.end === keys.length);
    const org = hit?.values.find((r) => r.kind === 'org');
    if (org && org.kind === 'org' && org.entry.country === c.id) { found = org.entry; break; }
  }
  cache.set(key, found);
  return found ?? undefined;
}

/** "troops", "government forces", "the armed forces": a description whose head names a state's army (groups.json). */
export function armyNoun(kb: Knowledge, phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  return kb.groupMatcher.matchesAt(0, (i) => (i === 0 ? head : undefined)).some((g) => g.values.some((v) => v.army));
}

/**
 * The force a state-force description names for the state: the dictionary's organisation for the
 * state's form of the phrase, else, when an army noun qualifies the head ("army intelligence",
 * "military police"), the state's army, of which that is a branch.
 */
export function stateForce(kb: Knowledge, c: CountryEntry, phrase: string): OrgEntry | undefined {
  const own = ownedForce(kb, c, phrase);
  if (own) return own;
  const words = phrase.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
  if (words.length < 2) return undefined;
  const first = words[0]!;
  const branch = kb.groupMatcher.matchesAt(0, (i) => (i === 0 ? first : undefined)).some((g) => g.values.some((v) => v.army));
  return branch ? ownedForce(kb, c, 'army') : undefined;
}
