/**
 * Proposals: their mentions, resolved in reading order to the texts on the table (with their
 * versions), and the proposal records.
 */
import type { Actor, ProposalRecord, Span } from '../model/records.js';
import type { Sentence } from '../nlp/doc.js';
import type { Knowledge } from '../knowledge/types.js';
import { sameActor } from '../actors/resolve.js';
import { recordId } from '../nlp/normalise.js';
import { dedupe, rootOf, type NegotiationContext, type ProposalMention, type ProposalState } from './context.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface ContrastPair {
  newer: ProposalMention;
  older: ProposalMention;
}

/** 1. Proposal mentions, resolved in reading order. */
export function findProposalMentions(ctx: NegotiationContext): void {
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const found = proposalMentionsIn(ctx, s);
    resolveSentenceProposals(ctx, s, found);
    ctx.mentionsBySentence.set(s.index, found);
  }
}

function proposalMentionsIn(ctx: NegotiationContext, s: Sentence): ProposalMention[] {
  const { tokens, words } = ctx;
  const found: ProposalMention[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' && words.proposalNouns.has(t.lemma)) found.push(describeProposal(ctx, s, i));
    else if (words.oneAnaphors.has(t.lower) && i > s.first && tokens[i - 1]!.lower === 'the' && found.length > 0) {
      // "the one Israel had accepted", "the earlier one": a proposal by contrast.
      const m = describeProposal(ctx, s, i);
      m.anaphoric = true;
      found.push(m);
    }
  }
  return found;
}

function resolveSentenceProposals(ctx: NegotiationContext, s: Sentence, found: ProposalMention[]): void {
  // "X is different from Y": Y is the older text, X a version of its own.
  const contrast = contrastPairs(ctx, s, found);
  for (const m of found) {
    if (contrast.some((c) => c.newer === m || c.older === m)) continue;
    resolve(ctx, m);
  }
  for (const c of contrast) {
    c.newer.contrasted = true;
    if (c.newer.versionKind === 'new' && !c.newer.state) {
      // "the amended proposal is different from the one Israel had accepted": the named version
      // is resolved first, and "the one" is the text it was made from.
      resolve(ctx, c.newer);
      if (!c.older.state && c.newer.state) attach(c.older, rootOf(c.newer.state));
      else if (!c.older.state) resolve(ctx, c.older);
      continue;
    }
    if (!c.older.state) resolve(ctx, c.older);
    const base = rootOf(c.older.state!);
    c.newer.versionKind = 'new';
    resolveAsVersion(ctx, c.newer, base);
  }
}

/** A proposal phrase as it is being read: its extent and what its words say about the text. */
interface ProposalDraft {
  start: number;
  end: number;
  proposer: Actor[];
  subject: string | null;
  version: string | null;
  versionKind: 'new' | 'old' | null;
  versionOfNamed: boolean;
}

function describeProposal(ctx: NegotiationContext, s: Sentence, head: number): ProposalMention {
  const { tokens } = ctx;
  const d: ProposalDraft = { start: head, end: head + 1, proposer: [], subject: null, version: null, versionKind: null, versionOfNamed: false };
  readPremodifiers(ctx, s, head, d);
  readPostmodifiers(ctx, s, head, d);
  readVersionOf(ctx, s, d);
  readProposingVerbBefore(ctx, s, d);
  const { start, end, proposer, subject, version, versionKind, versionOfNamed } = d;
  const anaphoric = proposer.length === 0 && /^(the|this|that|its|their)$/.test(tokens[start]!.lower) && versionKind === null && subject === null;
  return { sentence: s.index, start, end: Math.max(end, head + 1), head, proposer: dedupe(proposer), subject, version, versionKind, anaphoric, versionOfNamed };
}

/** The words before the noun: its proposer, subject and version ("the revised U.S. ceasefire plan"). */
function readPremodifiers(ctx: NegotiationContext, s: Sentence, head: number, d: ProposalDraft): void {
  const { tokens, actors, words } = ctx;
  const { subjectWords, newWords, oldWords } = words;
  for (let k = head - 1; k >= Math.max(s.first, head - 6); k--) {
    const t = tokens[k]!;
    const m = actors.byToken[k];
    if (m) {
      // "its proposal", "their plan" name the proposer; "it's a new plan" does not.
      if (m.kind === 'pronoun' && !/^(its|their)$/i.test(m.actor.text)) break;
      d.proposer.unshift(m.actor);
      k = m.start;
      d.start = m.start;
      continue;
    }
    if ((t.text === "'s" && t.lemma !== 'be') || t.text === "'") { d.start = k; continue; }
    // Participles modify the noun only inside the phrase ("the revised plan"), not as its verb ("approved the plan").
    // ... including after a name inside the phrase ("a U.S. bridging proposal"), but a verb after
    // its subject ("Israel accepted the plan") is no modifier.
    let j = k - 1;
    while (j >= s.first && (tokens[j]!.pos === 'PROPN' || actors.byToken[j] !== undefined)) j--;
    const participleInPhrase = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '');
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) && !participleInPhrase) break;
    if (subjectWords.has(t.lower) || subjectWords.has(t.lemma)) d.subject = subjectWords.get(t.lower) ?? subjectWords.get(t.lemma)!;
    if (newWords.has(t.lower)) { d.version = d.version ?? t.lower; d.versionKind = 'new'; }
    if (oldWords.has(t.lower)) { d.versionKind = 'old'; }
    if (MONTHS.includes(t.lower) && t.pos === 'PROPN') { d.version = d.version ?? t.text; }
    d.start = k;
  }
}

function readPostmodifiers(ctx: NegotiationContext, s: Sentence, head: number, d: ProposalDraft): void {
  const { tokens, actors, kb, sh, words } = ctx;
  const { subjectWords, oldWords } = words;
  let inRelative = false;
  // Post-modifiers: "for a ceasefire", "put forward by X", "that X has tabled", "agreed in July".
  for (let k = head + 1; k < Math.min(s.last, head + 12); k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === '.') break;
    const sw = subjectWords.get(t.lower) ?? subjectWords.get(t.lemma);
    if (sw && !d.subject) d.subject = sw;
    if (oldWords.has(t.lower)) d.versionKind = d.versionKind ?? 'old';
    const pv = t.pos === 'VERB' ? kb.proposingMatcher.matchesAt(k, (q) => (q < s.last ? tokens[q]!.lemma : undefined))[0] : undefined;
    if (pv) {
      // "put forward by Egypt" (also without "was"), or "that the US has put forward".
      const agent = sh.agentOf(pv.end - 1, s.last);
      const by = agent.length ? agent : sh.isPassive(k) ? [] : sh.subjectOf(k);
      for (const m of by) d.proposer.push(m.actor);
      d.end = pv.end;
      // "tabled by Qatar for a truce": the subject may follow the verb.
      for (let q = pv.end; q < Math.min(s.last, pv.end + 4); q++) {
        const w = subjectWords.get(tokens[q]!.lower) ?? subjectWords.get(tokens[q]!.lemma);
        if (w) { d.subject = d.subject ?? w; d.end = q + 1; break; }
        if (tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'PUNCT') break;
      }
      break;
    }
    if (/^(that|which)$/.test(t.lower)) inRelative = true;
    // The phrase ends at the clause's own verb ("the amended proposal is different ..."); only a
    // relative clause or a participle ("put forward by") continues it.
    if ((t.pos === 'AUX' || t.pos === 'VERB') && !inRelative && !(t.pos === 'VERB' && /(ed|en)$/.test(t.lower) && k === head + 1)) break;
    if (t.pos === 'VERB' && !/^(that|which)$/.test(tokens[k - 1]!.lower) && actors.byToken[k - 1] === undefined) break;
    d.end = k + 1;
  }
}

function readVersionOf(ctx: NegotiationContext, s: Sentence, d: ProposalDraft): void {
  const { tokens, words } = ctx;
  // "an amended version of the Egyptian proposal": the version words sit before "version of".
  if (d.start - 2 >= s.first && tokens[d.start - 1]!.lower === 'of' && words.oneAnaphors.has(tokens[d.start - 2]!.lower)) {
    let k = d.start - 3;
    while (k >= s.first && ['ADJ', 'VERB', 'DET', 'NUM'].includes(tokens[k]!.pos)) {
      if (words.newWords.has(tokens[k]!.lower)) { d.version = tokens[k]!.lower; d.versionKind = 'new'; }
      if (words.oldWords.has(tokens[k]!.lower)) d.versionKind = d.versionKind ?? 'old';
      if (tokens[k]!.pos === 'DET') { k--; break; }
      k--;
    }
    d.start = k + 1;
    d.versionOfNamed = d.versionKind === 'new';
  }
}

function readProposingVerbBefore(ctx: NegotiationContext, s: Sentence, d: ProposalDraft): void {
  const { tokens, kb, sh } = ctx;
  const start = d.start;
  // "The United States put forward a ceasefire plan": the proposing verb's subject proposes.
  if (d.proposer.length === 0 && start > s.first) {
    let v = start - 1;
    const pv = kb.proposingMatcher.matchesAt(v, (q) => (q < s.last ? tokens[q]!.lemma : undefined))[0]
      ?? (v > s.first ? kb.proposingMatcher.matchesAt(v - 1, (q) => (q < start ? tokens[q]!.lemma : undefined))[0] : undefined);
    if (pv && pv.end === start) {
      v = pv.start;
      if (tokens[v]!.pos === 'VERB') for (const m of sh.subjectOf(v)) d.proposer.push(m.actor);
    }
  }
}

function contrastPairs(ctx: NegotiationContext, s: Sentence, found: ProposalMention[]): ContrastPair[] {
  const { tokens } = ctx;
  const out: ContrastPair[] = [];
  // A contrast needs two proposal mentions in the sentence.
  if (found.length < 2) return out;
  for (const phrase of ctx.kb.disputes.difference_phrases) {
    const words = phrase.split(' ');
    for (let i = s.first; i < s.last; i++) {
      if (!words.every((w, k) => tokens[i + k]?.lower === w || tokens[i + k]?.lemma === w)) continue;
      const newer = [...found].reverse().find((m) => m.head < i);
      const older = found.find((m) => m.head >= i + words.length);
      if (newer && older && newer !== older) out.push({ newer, older });
    }
  }
  return out;
}

function compatible(p: ProposalState, m: ProposalMention): boolean {
  if (m.subject && p.subject && m.subject !== p.subject) return false;
  if (m.proposer.length && p.proposer.length && !m.proposer.some((a) => p.proposer.some((b) => sameActor(a, b) || (a.country !== null && a.country === b.country)))) return false;
  return true;
}

function newState(ctx: NegotiationContext, m: ProposalMention, versionOf: ProposalState | null, rule: string): ProposalState {
  const st: ProposalState = {
    key: ctx.states.length, noun: ctx.tokens[m.head]!.lemma, proposer: [...m.proposer], subject: m.subject,
    version: m.version, versionOf, mentions: [m], rule,
  };
  ctx.states.push(st);
  m.state = st;
  return st;
}

function attach(m: ProposalMention, st: ProposalState): void {
  m.state = st;
  st.mentions.push(m);
  if (!st.subject && m.subject) st.subject = m.subject;
  for (const a of m.proposer) if (!st.proposer.some((b) => sameActor(a, b))) st.proposer.push(a);
  if (!st.version && m.version && st.versionOf) st.version = m.version;
}

function resolveAsVersion(ctx: NegotiationContext, m: ProposalMention, base: ProposalState): void {
  const existing = [...ctx.states].reverse().find((p) => p.versionOf === base && (!m.version || !p.version || p.version === m.version));
  if (existing) attach(m, existing);
  else {
    const st = newState(ctx, m, base, 'proposal:version');
    if (st.proposer.length === 0) st.proposer = [...base.proposer];
    if (!st.subject) st.subject = base.subject;
  }
  ctx.recent = m.state!;
}

function resolve(ctx: NegotiationContext, m: ProposalMention): void {
  const candidates = [...ctx.states].reverse().filter((p) => compatible(p, m));
  if (m.versionKind === 'new' && candidates.length > 0) {
    resolveAsVersion(ctx, m, rootOf(candidates[0]!));
    return;
  }
  if (m.versionKind === 'new' && m.versionOfNamed) {
    // The base is named only inside the version's phrase: it is on the table too.
    const base = newState(ctx, { ...m, version: null, versionKind: null }, null, 'proposal:named-base');
    resolveAsVersion(ctx, m, base);
    return;
  }
  if (m.versionKind === 'old' && candidates.length > 0) {
    attach(m, rootOf(candidates[0]!));
  } else if (m.anaphoric) {
    if (ctx.recent) attach(m, ctx.recent);
    else newState(ctx, m, null, 'proposal:mention');
  } else {
    const definite = /^(the|this|its|their)$/.test(ctx.tokens[m.start]!.lower) || m.proposer.length > 0;
    const match = candidates.find((p) => p.versionOf === null || m.version === p.version);
    if (match && (definite || m.proposer.length > 0 || m.subject)) attach(m, match);
    else if (m.proposer.length > 0 || m.subject || m.version) newState(ctx, m, null, 'proposal:mention');
    // "to reach an agreement": an indefinite noun with nothing to identify it is no proposal on the table.
    else return;
  }
  ctx.recent = m.state!;
}

/** The proposal mention covering token i. */
export function proposalAt(ctx: NegotiationContext, i: number): ProposalMention | undefined {
  const list = ctx.mentionsBySentence.get(ctx.tokens[i]!.sentence) ?? [];
  return list.find((m) => i >= m.start && i < m.end);
}

/** The proposal last mentioned before token i, within three sentences. */
export function recentProposalBefore(ctx: NegotiationContext, i: number): ProposalState | null {
  const { tokens } = ctx;
  let best: ProposalMention | null = null;
  for (const [sent, list] of ctx.mentionsBySentence) {
    if (sent > tokens[i]!.sentence || sent < tokens[i]!.sentence - 3) continue;
    for (const m of list) if (m.head < i && m.state && (!best || m.head > best.head)) best = m;
  }
  return best?.state ?? null;
}

/** 2. Proposal records. */
export function buildProposalRecords(ctx: NegotiationContext): void {
  const { tokens, kb, articleId } = ctx;
  for (const st of ctx.states) {
    const first = st.mentions[0]!;
    const proposerLabel = st.proposer.map((a) => shortName(kb, a)).join('-');
    const label = [proposerLabel, st.subject, st.noun].filter(Boolean).join(' ');
    const rec: ProposalRecord = {
      kind: 'proposal',
      id: recordId('pr', articleId, st.key, label, st.version ?? ''),
      article: articleId,
      sentence: first.sentence,
      span: [tokens[first.start]!.start, tokens[first.end - 1]!.end],
      rule: st.rule,
      label: st.versionOf ? `${label} (${st.version ?? 'different version'})` : label,
      proposer: st.proposer,
      version: st.version,
      subject: st.subject,
      mentions: st.mentions.map((m) => [tokens[m.start]!.start, tokens[m.end - 1]!.end] as Span),
      version_of: null,
    };
    st.record = rec;
    ctx.records.push(rec);
  }
  for (const st of ctx.states) if (st.versionOf && st.record) st.record.version_of = st.versionOf.record!.id;
}

/**
 * A proposal is on the table when the text gives it a subject, a version, a stance or a
 * contrast, or a proposer and a noun that names a proposal by itself ("the Kennedy plan");
 * "the text" or "the package" with nothing more is not tracked.
 */
export function dropProposalsOffTable(ctx: NegotiationContext): void {
  const { states, records } = ctx;
  const strong = ctx.words.strong;
  const targeted = new Set(ctx.positions.map((p) => p.target));
  const isBase = new Set(states.filter((x) => x.versionOf).map((x) => x.versionOf!.key));
  const onTable = (st: ProposalState) => Boolean(st.subject || st.version || st.versionOf || isBase.has(st.key) || targeted.has(st.record!.id) || (st.proposer.length > 0 && strong.has(st.noun)));
  const dropped = new Set(states.filter((st) => !onTable(st)).map((st) => st.record!.id));
  if (dropped.size) {
    for (let k = records.length - 1; k >= 0; k--) if (dropped.has((records[k] as ProposalRecord).id)) records.splice(k, 1);
  }
  ctx.dropped = dropped;
}

/** How labels name a proposer: a state by its shortest acronym alias ("US", "UK", "DRC"), else its name. */
function shortName(kb: Knowledge, a: Actor): string {
  const c = a.id && a.id === a.country ? kb.countries.get(a.id) : undefined;
  const acronym = c?.aliases?.filter((x) => /^[A-Z]{2,4}$/.test(x)).sort((x, y) => x.length - y.length)[0];
  return acronym ?? a.name ?? a.text;
}
