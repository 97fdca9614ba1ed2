/**
 * Positions on proposals ("Israel accepted the plan", "Hezbollah's objections to the U.S.
 * plan"), demands ("Azerbaijan wants Armenia to drop ..."), and positions on demands.
 */
import type { Actor, DemandRecord, Span, Stance } from '../model/records.js';
import type { Sentence } from '../nlp/doc.js';
import type { Mention } from '../actors/mentions.js';
import { statementCovering, type Statement } from '../attribution/statements.js';
import { sameActor } from '../actors/resolve.js';
import { recordId } from '../nlp/normalise.js';
import type { PhraseMatch } from '../text/phrase-matcher.js';
import { statementRecordFor, textOf, type NegotiationContext, type ProposalState } from './context.js';
import { proposalAt, recentProposalBefore } from './proposals.js';

type KeyAt = (i: number) => string | undefined;

function datesIn(ctx: NegotiationContext, s: Sentence, st: Statement | undefined): string | null {
  const sr = statementRecordFor(ctx, st);
  if (sr?.date) return sr.date;
  const d = ctx.dates.find((x) => x.start >= s.start && x.end <= s.end);
  return d ? d.date : null;
}

function addPosition(ctx: NegotiationContext, party: Actor, target: string, stance: Stance, at: number, span: Span, rule: string): void {
  const { positions, articleId } = ctx;
  const s = ctx.doc.sentences[ctx.tokens[at]!.sentence]!;
  const st = statementCovering(ctx.statements, at);
  const assertedBy = st ? st.speaker.actor : null;
  if (positions.some((p) => p.sentence === s.index && p.target === target && sameActor(p.party, party) && p.stance === stance)) return;
  positions.push({
    kind: 'position',
    id: recordId('po', articleId, s.index, span[0], target, party.id ?? party.text, stance),
    article: articleId, sentence: s.index, span, rule,
    party, target, stance, asserted_by: assertedBy, date: datesIn(ctx, s, st),
  });
}

/** 3. Positions on proposals. */
export function findPositions(ctx: NegotiationContext): void {
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    positionsIn(ctx, s);
  }
}

function positionsIn(ctx: NegotiationContext, s: Sentence): void {
  const { tokens, kb } = ctx;
  const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.lower === 'up' && tokens[i + 1]?.lower === 'to') {
      const resume = undecidedPosition(ctx, s, i);
      if (resume >= 0) {
        i = resume;
        continue;
      }
    }
    if (t.pos === 'VERB') {
      const sm = kb.stanceMatcher.matchesAt(i, lemmaAt)[0];
      if (sm) {
        verbPosition(ctx, s, i, sm);
        continue;
      }
    }
    nounPosition(ctx, s, i);
  }
}

/**
 * Undecided: "it's up to Hamas to ...", "Hamas has yet to respond". Returns the token to
 * resume after, or -1 when "up to" here names no party.
 */
function undecidedPosition(ctx: NegotiationContext, s: Sentence, i: number): number {
  const { tokens, sh } = ctx;
  const party = sh.mentionStartingAt(i + 2);
  if (!(party && !party.modifier && tokens[party.end]?.lower === 'to')) return -1;
  const target = recentProposalBefore(ctx, i);
  if (target) addPosition(ctx, party.actor, target.record!.id, 'undecided', i, [tokens[i]!.start, tokens[party.end]!.end], 'position:up-to');
  // The infinitive that follows ("to do the same") is what the party is to decide, not a stance.
  let q = party.end;
  while (q < s.last && tokens[q]!.text !== ',' && tokens[q]!.text !== ';') q++;
  return q;
}

/** "Israel accepted the plan", "the draft that Kyiv said yes to", "Hamas did the same". */
function verbPosition(ctx: NegotiationContext, s: Sentence, i: number, sm: PhraseMatch<{ lemma: string; stance: string }>): void {
  const { tokens, sh, words } = ctx;
  const entry = sm.values[0]!;
  let stance = entry.stance as Stance | 'same';
  const parties = (sh.isPassive(i) ? sh.agentOf(i, s.last) : sh.subjectOf(i)).filter((m) => !m.modifier || true);
  const target = stanceTarget(ctx, i, sm.end, s);
  if (!target || parties.length === 0) return;
  const group = [];
  for (let k = sh.verbGroupStart(i); k < i; k++) group.push(tokens[k]!.lower);
  const negated = group.some((w) => words.negation.has(w) || w === "n't");
  if (stance === 'same') {
    if (!ctx.lastStance) return;
    stance = ctx.lastStance;
  }
  if (negated) stance = group.includes('yet') ? 'undecided' : stance === 'accepts' ? 'rejects' : 'undecided';
  if (conditionalNear(ctx, i, s)) stance = 'conditional';
  for (const p of parties) {
    if (p.kind === 'pronoun' && !p.antecedent) continue;
    addPosition(ctx, p.actor, target.record!.id, stance as Stance, i, [tokens[Math.min(p.start, i)]!.start, tokens[sm.end - 1]!.end], `position:verb:${entry.lemma}`);
  }
  ctx.lastStance = stance as Stance;
}

/** A stance noun with its owner: "Hezbollah's objections to the U.S. plan". */
function nounPosition(ctx: NegotiationContext, s: Sentence, i: number): void {
  const { tokens, sh, words } = ctx;
  const t = tokens[i]!;
  const sn = t.pos === 'NOUN' ? words.stanceNouns.get(t.lemma) ?? words.stanceNouns.get(t.lower) : undefined;
  if (!sn) return;
  // "Hezbollah's objections to the U.S. plan"
  let k = i - 1;
  while (k >= s.first && tokens[k]!.pos === 'ADJ') k--;
  if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
  let owner = k >= s.first ? sh.mentionEndingAt(k) : undefined;
  // "Hezbollah has objections to ...", "Egypt voiced reservations about ...".
  if (!owner) {
    let q = i - 1;
    while (q >= s.first && (tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'NUM')) q--;
    if (q >= s.first && (tokens[q]!.pos === 'VERB' || tokens[q]!.lemma === 'have')) owner = sh.subjectOf(q)[0];
  }
  if (!owner || owner.modifier) return;
  let target: ProposalState | null = null;
  if (/^(to|of|on|over|against)$/.test(tokens[i + 1]?.lower ?? '')) {
    for (let q = i + 2; q < Math.min(s.last, i + 6); q++) { const pm = proposalAt(ctx, q); if (pm?.state) { target = pm.state; break; } }
  }
  target = target ?? recentProposalBefore(ctx, i);
  if (target) addPosition(ctx, owner.actor, target.record!.id, sn as Stance, i, [tokens[owner.start]!.start, tokens[i]!.end], `position:noun:${t.lemma}`);
}

function stanceTarget(ctx: NegotiationContext, v: number, vEnd: number, s: Sentence): ProposalState | null {
  const { tokens } = ctx;
  // Object: "approved a plan", "approved it", "accepted the proposal".
  for (let k = vEnd; k < Math.min(s.last, vEnd + 4); k++) {
    const pm = proposalAt(ctx, k);
    if (pm?.state) return pm.state;
    if (tokens[k]!.lower === 'it' || tokens[k]!.lower === 'this') return recentProposalBefore(ctx, v) ?? null;
    const participle = tokens[k]!.pos === 'VERB' && /(ed|ing)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === 'DET';
    if (((tokens[k]!.pos === 'VERB' && !participle) || tokens[k]!.pos === 'AUX' || tokens[k]!.text === ',')) break;
  }
  // Relative clause: "the draft that Kyiv said yes to".
  for (let k = v - 1; k >= Math.max(s.first, v - 8); k--) {
    if (/^(that|which)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos !== 'VERB') {
      const pm = proposalAt(ctx, k - 1);
      // A relative clause on something else ("a demand, which Egypt opposes") is not about a proposal.
      return pm?.state ?? null;
    }
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';') break;
  }
  // Intransitive: "the Israelis have accepted".
  const next = tokens[vEnd];
  if (!next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || /^(and|but)$/.test(next.lower)) return recentProposalBefore(ctx, v);
  return null;
}

function conditionalNear(ctx: NegotiationContext, v: number, s: Sentence): boolean {
  const sText = ctx.doc.text.slice(ctx.tokens[v]!.start, s.end).toLowerCase();
  return ctx.lex.conditional_cues.some((c) => c !== 'if' && sText.includes(` ${c} `));
}

/** 4. Demands: "Azerbaijan wants Armenia to drop ...", "it refuses to let monitors stay ...". */
export function findDemands(ctx: NegotiationContext): void {
  const { tokens } = ctx;
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    for (let i = s.first; i < s.last; i++) {
      const end = demandAt(ctx, s, i, lemmaAt);
      if (end >= 0) i = end - 1;
    }
  }
}

interface DemandCue {
  polarity: 'wants' | 'refuses';
  parties: Mention[];
  /** Where the demanded content starts. */
  after: number;
  rule: string;
}

/** A demand verb ("wants", "refuses") with its subjects, or a demand noun with its owner ("Israel's demand for"). */
function demandCueAt(ctx: NegotiationContext, s: Sentence, i: number, lemmaAt: KeyAt): DemandCue | undefined {
  const { tokens, sh, kb, words } = ctx;
  const t = tokens[i]!;
  if (t.pos === 'VERB') {
    const dm = kb.demandMatcher.matchesAt(i, lemmaAt)[0];
    if (!dm) return undefined;
    let polarity: 'wants' | 'refuses' = dm.values[0]!.polarity === 'refuses' ? 'refuses' : 'wants';
    const group: string[] = [];
    for (let k = sh.verbGroupStart(i); k < i; k++) group.push(tokens[k]!.lower);
    if (group.some((w) => words.negation.has(w) || w === "n't")) polarity = polarity === 'wants' ? 'refuses' : 'wants';
    return { polarity, parties: sh.subjectOf(i), after: dm.end, rule: `demand:verb:${dm.values[0]!.lemma}` };
  }
  if (t.pos === 'NOUN' && words.demandNouns.has(t.lemma) && /^(for|that)$/.test(tokens[i + 1]?.lower ?? '')) {
    let k = i - 1;
    while (k >= s.first && tokens[k]!.pos === 'ADJ') k--;
    if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
    const owner = k >= s.first ? sh.mentionEndingAt(k) : undefined;
    if (!owner) return undefined;
    return { polarity: 'wants', parties: [owner], after: i + 2, rule: `demand:noun:${t.lemma}` };
  }
  return undefined;
}

/** The demand cued at token i, recorded for each party; returns where its content ends, or -1. */
function demandAt(ctx: NegotiationContext, s: Sentence, i: number, lemmaAt: KeyAt): number {
  const { tokens, articleId } = ctx;
  const cue = demandCueAt(ctx, s, i, lemmaAt);
  if (!cue) return -1;
  const { polarity, rule } = cue;
  let after = cue.after;
  const parties = cue.parties.filter((p) => !(p.kind === 'pronoun' && !p.antecedent));
  if (parties.length === 0) return -1;
  if (tokens[after]?.lower === 'to' || tokens[after]?.lower === 'that') after++;
  const st = statementCovering(ctx.statements, i);
  const end = demandContentEnd(ctx, after, s, st);
  let words = 0;
  let verbs = 0;
  for (let k = after; k < end; k++) {
    if (tokens[k]!.pos !== 'PUNCT') words++;
    if (tokens[k]!.pos === 'VERB') verbs++;
  }
  // A demand is a state of affairs wanted or refused ("to keep troops in ...", "Hamas to
  // return ..."); a bare object ("rejected the claim") is a stance, not a demand.
  if (words < 2 || verbs === 0) return -1;
  // A demand that is a stance on a proposal ("wants the proposal") is a position, not a demand.
  if (proposalAt(ctx, after) || proposalAt(ctx, after + 1)) return -1;
  for (const p of parties) {
    const rec: DemandRecord = {
      kind: 'demand',
      id: recordId('de', articleId, s.index, tokens[after]!.start, p.actor.id ?? p.actor.text, polarity),
      article: articleId, sentence: s.index,
      span: [tokens[Math.min(p.start, i)]!.start, tokens[end - 1]!.end], rule,
      party: p.actor, content: textOf(ctx, after, end), polarity, asserted_by: st ? st.speaker.actor : null,
    };
    ctx.demands.push(rec);
    ctx.demandSpans.push({ rec, end });
  }
  return end;
}

function demandContentEnd(ctx: NegotiationContext, a: number, s: Sentence, st: Statement | undefined): number {
  const { tokens, sh } = ctx;
  let limit = s.last;
  if (st && st.contentTokens[1] > a) limit = Math.min(limit, st.contentTokens[1]);
  for (let k = a; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.') return k;
    if (t.text === ',') {
      // ", which X opposes" and ", and they want ..." close the demand.
      const n = tokens[k + 1];
      if (!n) return k;
      if (/^(which|and|but|while|says|said|according)$/.test(n.lower)) return k;
      const m = sh.mentionStartingAt(k + 1);
      if (m) return k;
    }
  }
  let e = limit;
  while (e > a && tokens[e - 1]!.pos === 'PUNCT') e--;
  return e;
}

/** Positions on demands: "..., which the mediating country Russia opposes". */
export function findDemandPositions(ctx: NegotiationContext): void {
  const { tokens, kb, sh } = ctx;
  for (const { rec, end } of ctx.demandSpans) {
    if (tokens[end]?.text !== ',' || !/^(which|that)$/.test(tokens[end + 1]?.lower ?? '')) continue;
    const s = ctx.doc.sentences[rec.sentence]!;
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    for (let k = end + 2; k < Math.min(s.last, end + 10); k++) {
      if (tokens[k]!.pos !== 'VERB') continue;
      const sm = kb.stanceMatcher.matchesAt(k, lemmaAt)[0];
      if (!sm) continue;
      const parties = sh.subjectOf(k);
      for (const p of parties) {
        addPosition(ctx, p.actor, rec.id, sm.values[0]!.stance as Stance, k, [tokens[end + 1]!.start, tokens[sm.end - 1]!.end], `position:demand:${sm.values[0]!.lemma}`);
      }
      break;
    }
  }
}
