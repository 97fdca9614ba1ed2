/**
 * Roles: mediators, guarantors and observers named as such; parties (whoever takes a stance on
 * a proposal) and proposers who are no party.
 */
import type { Actor, ProposalRecord, RoleRecord } from '../model/records.js';
import type { Sentence } from '../nlp/doc.js';
import type { Knowledge } from '../knowledge/types.js';
import type { Mention } from '../actors/mentions.js';
import { countryActor, orgActor, partyKey, sameActor } from '../actors/resolve.js';
import { recordId } from '../nlp/normalise.js';
import type { NegotiationContext } from './context.js';

/** 5. Roles: mediators, guarantors, observers named as such; parties and proposers. */
export function findRoles(ctx: NegotiationContext): void {
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    cueRolesIn(ctx, s);
  }
  positionHolderRoles(ctx);
  proposerRoles(ctx);
}

function addRole(ctx: NegotiationContext, m: Mention | { actor: Actor; start: number; end: number }, role: RoleRecord['role'], rule: string): void {
  const { roles, tokens, records, articleId } = ctx;
  if (roles.some((r) => sameActor(r.actor, m.actor) && r.role === role)) return;
  const sIdx = tokens[m.start]!.sentence;
  roles.push({
    kind: 'role', id: recordId('ro', articleId, sIdx, tokens[m.start]!.start, m.actor.id ?? m.actor.text, role),
    article: articleId, sentence: sIdx, span: [tokens[m.start]!.start, tokens[m.end - 1]!.end], rule,
    actor: m.actor, role, negotiation: records.length ? (records[0] as ProposalRecord).label : null,
  });
}

function cueRolesIn(ctx: NegotiationContext, s: Sentence): void {
  const { tokens } = ctx;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    for (const [cues, role] of ctx.words.cueRoles) {
      if (!cues.has(t.lower)) continue;
      for (const m of cuedActors(ctx, s, i)) addRole(ctx, m, role, `role:cue:${t.lower}`);
    }
  }
}

/** Who a role cue at token i names: "mediators Egypt and Qatar", "Egypt and Qatar, the mediators", "X mediated". */
function cuedActors(ctx: NegotiationContext, s: Sentence, i: number): Mention[] {
  const { tokens, actors, sh } = ctx;
  let found: Mention[] = [];
  for (let k = i + 1; k < Math.min(s.last, i + 4); k++) {
    const m = actors.byToken[k];
    if (m && m.start === k && !m.modifier) { found = sh.conjoinedRight(m, s.last); break; }
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'PUNCT') break;
  }
  if (found.length === 0) {
    // "Egypt and Qatar, the mediators," / "Egypt and Qatar, acting as mediators"
    for (let k = i - 1; k >= Math.max(s.first, i - 4); k--) {
      const m = sh.mentionEndingAt(k);
      if (m && !m.modifier) { found = sh.conjoinedLeft(m); break; }
    }
  }
  if (tokens[i]!.pos === 'VERB') found = [...sh.subjectOf(i).filter((m) => !m.modifier), ...found];
  return found;
}

function positionHolderRoles(ctx: NegotiationContext): void {
  const { roles, kb, articleId } = ctx;
  for (const p of ctx.positions) {
    if (!ctx.records.some((r) => r.id === p.target)) continue;
    // Netanyahu's stance makes Israel a party: one party role per state or organisation.
    if (roles.some((r) => sameActor(r.actor, p.party) || partyKey(r.actor) === partyKey(p.party))) continue;
    const sIdx = p.sentence;
    const actor = partyActor(kb, p.party);
    roles.push({ kind: 'role', id: recordId('ro', articleId, sIdx, p.span[0], actor.id ?? actor.text, 'party'), article: articleId, sentence: sIdx, span: p.span, rule: 'role:position-holder', actor, role: 'party', negotiation: null });
  }
}

function proposerRoles(ctx: NegotiationContext): void {
  const { roles, articleId } = ctx;
  for (const st of ctx.states) {
    if (ctx.dropped.has(st.record!.id)) continue;
    for (const a of st.proposer) {
      if (roles.some((r) => sameActor(r.actor, a))) continue;
      const m = st.mentions[0]!;
      roles.push({ kind: 'role', id: recordId('ro', articleId, m.sentence, st.key, a.id ?? a.text, 'mediator'), article: articleId, sentence: m.sentence, span: st.record!.span, rule: 'role:proposer-not-party', actor: a, role: 'mediator', negotiation: st.record!.label });
    }
  }
}

/** The state or organisation a person takes a stance for; others stand for themselves. */
function partyActor(kb: Knowledge, a: Actor): Actor {
  const key = partyKey(a);
  if (key === a.id) return a;
  const c = kb.countries.get(key);
  if (c) return countryActor(a.text, c);
  const o = kb.orgs.get(key);
  return o ? orgActor(a.text, o) : a;
}
