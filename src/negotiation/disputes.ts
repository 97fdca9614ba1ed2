/**
 * Disputes between sources: a speaker who says the texts differ contests whoever said a party
 * accepted the earlier one; condemning or rejecting someone's words; denials.
 */
import type { Actor, EventRecord, StatementRecord } from '../model/records.js';
import { statementCovering } from '../attribution/statements.js';
import { partyKey, sameActor } from '../actors/resolve.js';
import { recordId } from '../nlp/normalise.js';
import { nameOf, rootOf, statementRecordFor, type NegotiationContext } from './context.js';

/** 6. Disputes. */
export function findDisputes(ctx: NegotiationContext): void {
  differentVersionDisputes(ctx);
  disputesOfStatements(ctx);
  denials(ctx);
}

/**
 * a) "the proposal Israel said yes to is different from the one on the table", said by S:
 *    S contests whoever asserted that a party accepted the earlier text.
 */
function differentVersionDisputes(ctx: NegotiationContext): void {
  const { articleId, positions } = ctx;
  for (const st of ctx.states) {
    if (!st.versionOf) continue;
    const base = rootOf(st);
    for (const m of st.mentions) {
      if (!m.contrasted) continue;
      const speech = statementCovering(ctx.statements, m.head);
      if (!speech) continue;
      const byRecord = statementRecordFor(ctx, speech);
      if (!byRecord) continue;
      // Unattributed claims (the report's own narrative) can be contested too.
      // Whoever says a party accepted the earlier text, or that the differing text is the one a
      // party accepted, is contradicted by the speaker who says the texts differ.
      const contested = positions.filter((p) => (p.target === base.record!.id || p.target === st.record!.id) && p.stance === 'accepts' && p.sentence !== speech.sentence && !(p.asserted_by && sameActor(p.asserted_by, speech.speaker.actor)));
      const seen = new Set<string>();
      for (const c of contested) {
        // One dispute per contested account: "Netanyahu accepted" and "Israel accepted", both per
        // Blinken, are the same claim.
        const account = `${partyKey(c.party)}|${c.asserted_by ? partyKey(c.asserted_by) + (c.asserted_by.id ?? c.asserted_by.text) : ''}|${c.target}`;
        if (seen.has(account)) continue;
        seen.add(account);
        const onVersion = c.target === st.record!.id;
        ctx.disputes.push({
          kind: 'dispute', id: recordId('di', articleId, c.id, byRecord.id), article: articleId,
          sentence: byRecord.sentence, span: byRecord.span, rule: 'dispute:different-version',
          claim: c.id, disputed_by: speech.speaker.actor, by_record: byRecord.id,
          summary: onVersion
            ? `${nameOf(speech.speaker.actor)} says the ${st.record!.label} that ${nameOf(c.party)} accepted differs from the ${base.record!.label}, contrary to ${c.asserted_by ? nameOf(c.asserted_by) : 'the report'}`
            : `${nameOf(speech.speaker.actor)} says the text ${nameOf(c.party)} accepted is not the ${base.record!.label}, contrary to ${c.asserted_by ? nameOf(c.asserted_by) : 'the report'}`,
        });
      }
      break;
    }
  }
}

/** b) "Kyiv condemned Trump's remarks": an ACCUSE or REJECT aimed at someone's words. */
function disputesOfStatements(ctx: NegotiationContext): void {
  const { tokens, doc } = ctx;
  for (const ev of ctx.input.eventRecords) {
    if (ev.event !== 'ACCUSE' && ev.event !== 'REJECT') continue;
    const s = doc.sentences[ev.sentence]!;
    for (let k = s.first; k < s.last; k++) {
      if (tokens[k]!.start < ev.span[0] || tokens[k]!.start >= ev.span[1] + 40) continue;
      if (!ctx.words.speechNouns.has(tokens[k]!.lower)) continue;
      if (!disputeOfWordsAt(ctx, ev, k)) continue;
      break;
    }
  }
}

/** The dispute an ACCUSE or REJECT makes of the words a speech noun at token k stands for; false when it names none. */
function disputeOfWordsAt(ctx: NegotiationContext, ev: EventRecord, k: number): boolean {
  const { tokens, doc, sh, input, articleId } = ctx;
  const owner = sh.mentionEndingAt(tokens[k - 1]?.text === "'s" || tokens[k - 1]?.text === "'" ? k - 2 : k - 1);
  // "Trump's remarks" names whose words are contested; "denied the accusation" points back to
  // the latest accusation aimed at the one who denies it.
  let claim: StatementRecord | EventRecord | undefined;
  let claimant: Actor | undefined;
  if (owner) {
    claim = [...input.statementRecords].reverse().find((r) => r.sentence <= ev.sentence && sameActor(r.speaker, owner.actor));
    claimant = owner.actor;
  } else {
    const accusation = [...input.eventRecords].reverse().find((r) => r.id !== ev.id && r.sentence <= ev.sentence && r.event === 'ACCUSE' && r.recipient.some((x) => ev.actor.some((a) => sameActor(a, x))));
    if (accusation) {
      claim = accusation;
      claimant = accusation.actor[0];
    } else {
      // "Hamas rejected the claim": the latest thing someone else said, just before.
      const said = [...input.statementRecords].reverse().find((r) => r.sentence < ev.sentence && r.sentence >= ev.sentence - 2 && !ev.actor.some((a) => sameActor(a, r.speaker)));
      claim = said;
      claimant = said?.speaker;
    }
  }
  if (!claim || !claimant) return false;
  const claimText = claim.kind === 'statement' ? claim.content : doc.text.slice(doc.sentences[claim.sentence]!.start, doc.sentences[claim.sentence]!.end);
  for (const a of ev.actor) {
    ctx.disputes.push({
      kind: 'dispute', id: recordId('di', articleId, claim.id, ev.id, a.id ?? a.text), article: articleId,
      sentence: ev.sentence, span: ev.span, rule: `dispute:${ev.event.toLowerCase()}-of-statement`,
      claim: claim.id, disputed_by: a, by_record: ev.id,
      summary: `${nameOf(a)} ${ev.event === 'ACCUSE' ? 'condemns' : 'rejects'} what ${nameOf(claimant)} said: "${claimText.slice(0, 120)}"`,
    });
  }
  return true;
}

/** c) Denials: "X denied that ..." contests the latest earlier statement by someone else. */
function denials(ctx: NegotiationContext): void {
  const { input, articleId } = ctx;
  for (const st of ctx.statements) {
    if (!st.cueEntry.dispute) continue;
    const byRecord = statementRecordFor(ctx, st);
    if (!byRecord) continue;
    const claim = [...input.statementRecords].reverse().find((r) => (r.sentence < st.sentence || (r.sentence === st.sentence && r.span[0] < byRecord.span[0])) && !sameActor(r.speaker, st.speaker.actor));
    if (!claim) continue;
    ctx.disputes.push({
      kind: 'dispute', id: recordId('di', articleId, claim.id, byRecord.id), article: articleId,
      sentence: st.sentence, span: byRecord.span, rule: `dispute:cue:${st.cueEntry.lemma}`,
      claim: claim.id, disputed_by: st.speaker.actor, by_record: byRecord.id,
      summary: `${nameOf(st.speaker.actor)} ${st.cue} what ${nameOf(claim.speaker)} said: "${claim.content.slice(0, 120)}"`,
    });
  }
}
