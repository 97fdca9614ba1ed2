/**
 * Recipients an event's own clause leaves open (or gives only as a place) but its sentence
 * supplies, found after the events are coded, when the clause-level search is done:
 *
 * - The "by" agent of the act a stance names: "condemned the shelling of Kharkiv by Russian
 *   forces" is aimed at Russia, not at Kharkiv (`agent_target_types`).
 * - The object of a purpose clause: "police fired tear gas to disperse them", "staged a strike to
 *   press the government" (`purpose_target_types`, `purpose_target_verbs`). A pronoun nobody was
 *   named for ("them") stands for the crowd whose protest the sentence reports, and so does the
 *   missing target of crowd-control force (`crowd_control_lemmas`).
 * - The provoker of a threat to hit back: "Israeli jets struck Natanz, and Tehran vowed a severe
 *   response" (`retaliation_words`, `retaliation_provoking_types`).
 * - The speaker as counterpart, on the records: "Trump said China had agreed to resume purchases":
 *   an agreement, request or concession reported by another party's speaker was made to that side
 *   (`speaker_counterpart_types`; reporters and commentators, `non_party_sectors`, are nobody's).
 */
import type { Actor, EventRecord } from '../model/records.js';
import type { Doc, Sentence } from '../nlp/doc.js';
import type { Knowledge } from '../knowledge/types.js';
import type { ActorIndex, Mention } from '../actors/mentions.js';
import { partyKey } from '../actors/resolve.js';
import { statementCovering, type Statement } from '../attribution/statements.js';
import type { CodedEvent } from './events.js';

/** The rules above but the speaker's, on the coded events (before negotiation reads them). */
export function sentenceTargets(doc: Doc, kb: Knowledge, actors: ActorIndex, events: CodedEvent[]): CodedEvent[] {
  const types = new Set(kb.recipients.purpose_target_types ?? []);
  const verbs = new Set(kb.recipients.purpose_target_verbs ?? []);
  const retaliation = new Set(kb.recipients.retaliation_words ?? []);
  const provoking = new Set(kb.recipients.retaliation_provoking_types ?? []);
  const crowdControl = new Set(kb.recipients.crowd_control_lemmas ?? []);
  const agentTypes = new Set(kb.recipients.agent_target_types ?? []);
  return events.map((ev) => {
    if (ev.actors.length === 0) return ev;
    // "condemned the sinking of the ship by the Houthis": the act's agent, not its place, is the target.
    if (agentTypes.has(ev.entry.event) && ev.recipients.every((r) => placeNamed(actors, doc, ev, r))) {
      const agent = objectAgent(doc, actors, ev);
      if (agent.length > 0) return { ...ev, recipients: agent, rule: `${ev.rule}+recipient-agent-of-object` };
    }
    if (ev.recipients.length > 0) return ev;
    if (types.has(ev.entry.event)) {
      const target = purposeTarget(doc, doc.sentences[ev.sentence]!, actors, ev, events, verbs);
      if (target.length > 0) return { ...ev, recipients: target, rule: `${ev.rule}+recipient-from-purpose` };
    }
    // "before Haitian police fired tear gas": crowd-control force is aimed at the sentence's crowd.
    if (types.has(ev.entry.event) && crowdControl.has(ev.entry.lemma)) {
      const target = crowdOf(ev, events);
      if (target.length > 0) return { ...ev, recipients: target, rule: `${ev.rule}+recipient-crowd` };
    }
    if (ev.entry.event === 'THREATEN' && threatensRetaliation(doc, ev, retaliation)) {
      const target = provoker(ev, events, provoking);
      if (target.length > 0) return { ...ev, recipients: target, rule: `${ev.rule}+recipient-provoker` };
    }
    return ev;
  });
}

/** The protesters (of a named country) whose protest the event's sentence reports before it. */
function crowdOf(ev: CodedEvent, events: CodedEvent[]): Actor[] {
  const crowd = events.find((e) => e.sentence === ev.sentence && e !== ev && e.entry.event === 'PROTEST' && e.trigger[0] < ev.trigger[0]);
  return crowd ? crowd.actors.filter((a) => a.country) : [];
}

/** The recipient stands for a place named after the trigger ("the shelling of Kharkiv"). */
function placeNamed(actors: ActorIndex, doc: Doc, ev: CodedEvent, r: Actor): boolean {
  const s = doc.sentences[ev.sentence]!;
  for (let k = ev.trigger[1]; k < s.last; k++) {
    const p = actors.placeByToken[k];
    if (p && p.start === k && p.place.country === r.country && !actors.byToken[k]) return true;
  }
  return false;
}

/**
 * The "by" agent inside the object after a stance verb ("condemned the storming of the compound by
 * Israeli police"): the object's noun phrase runs to the next comma, verb or clause break; the agent
 * must be another party than the actor.
 */
function objectAgent(doc: Doc, actors: ActorIndex, ev: CodedEvent): Actor[] {
  const { tokens } = doc;
  const s = doc.sentences[ev.sentence]!;
  let sawNoun = false;
  for (let k = ev.trigger[1]; k + 1 < s.last && k < ev.trigger[1] + 14; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower)) || t.lower === 'that') return [];
    if (t.pos === 'NOUN') sawNoun = true;
    if (t.lower !== 'by' || !sawNoun) continue;
    let q = k + 1;
    if (tokens[q]?.pos === 'DET') q++;
    const m = actors.byToken[q] ?? actors.byToken[k + 1];
    if (!m || (!m.actor.id && !m.actor.country)) return [];
    if (ev.actors.some((a) => sameSide(a, m.actor))) return [];
    // "backed by Egypt and Jordan": every conjoined agent.
    const out = [m.actor];
    for (let e = m.end; /^(and|,)$/.test(tokens[e]?.lower ?? '') && e + 1 < s.last; ) {
      const next = actors.byToken[e + 1];
      if (!next || next.start !== e + 1 || next.modifier || (!next.actor.id && !next.actor.country)) break;
      out.push(next.actor);
      e = next.end;
    }
    return out;
  }
  return [];
}

/** The trigger or the few words after it speak of hitting back ("vowed a severe response"). */
function threatensRetaliation(doc: Doc, ev: CodedEvent, words: Set<string>): boolean {
  const s = doc.sentences[ev.sentence]!;
  for (let k = ev.trigger[0]; k < Math.min(s.last, ev.trigger[1] + 4); k++) {
    const t = doc.tokens[k]!;
    if (k >= ev.trigger[1] && (t.text === ',' || t.pos === 'VERB' && !words.has(t.lemma))) return false;
    if (words.has(t.lemma) || words.has(t.lower)) return true;
  }
  return false;
}

/** The actors of the nearest hostile act reported before the threat in its sentence, by another party. */
function provoker(ev: CodedEvent, events: CodedEvent[], provoking: Set<string>): Actor[] {
  const own = new Set(ev.actors.map(partyKey));
  let best: CodedEvent | undefined;
  for (const e of events) {
    if (e.sentence !== ev.sentence || e.trigger[0] >= ev.trigger[0] || !provoking.has(e.entry.event) || e.negated) continue;
    if (e.actors.length === 0 || e.actors.some((a) => own.has(partyKey(a)))) continue;
    if (!best || e.trigger[0] > best.trigger[0]) best = e;
  }
  return best ? best.actors : [];
}

/**
 * The speaker as counterpart, on the records (records[k] is events[k]); it runs last, after the
 * proposal's author has had its turn, since "accepted the U.S. proposal" names its target better.
 */
export function speakerCounterparts(kb: Knowledge, statements: Statement[], events: CodedEvent[], records: EventRecord[]): void {
  const types = new Set(kb.recipients.speaker_counterpart_types ?? []);
  const nonParty = new Set(kb.recipients.non_party_sectors ?? []);
  events.forEach((ev, k) => {
    const rec = records[k];
    if (!rec || rec.recipient.length > 0 || rec.actor.length === 0 || !types.has(rec.event)) return;
    const speaker = statementCovering(statements, ev.trigger[0])?.speaker.actor;
    if (!speaker || !isParty(speaker, nonParty) || rec.actor.some((a) => sameSide(a, speaker))) return;
    rec.recipient = [speaker];
    rec.rule += '+recipient-from-speaker';
  });
}

/**
 * One party, or a state and somebody in its government ("Washington and Beijing agreed", Treasury
 * Secretary Bessent said). A rebel group of the same country is another side.
 */
function sameSide(a: Actor, b: Actor): boolean {
  if (partyKey(a) === partyKey(b)) return true;
  const stateOf = (x: Actor) => (x.id !== null && x.id === x.country ? x.country : null);
  const officialOf = (x: Actor) => (x.sector === null || x.sector === 'GOV' || x.sector === 'MIL' ? x.country : null);
  return (stateOf(a) !== null && stateOf(a) === officialOf(b)) || (stateOf(b) !== null && stateOf(b) === officialOf(a));
}

/** A state or an organisation, or somebody acting for one; not a reporter or an unnamed source. */
function isParty(a: Actor, nonParty: Set<string>): boolean {
  if (a.sector && nonParty.has(a.sector)) return false;
  return Boolean(a.country || a.org || (a.id && a.id === a.id.toUpperCase()));
}

/**
 * "to disperse them", "to press the government": the first actor after a purpose infinitive that
 * follows the trigger in the same clause (before the next comma-led clause or full stop).
 */
function purposeTarget(doc: Doc, s: Sentence, actors: ActorIndex, ev: CodedEvent, events: CodedEvent[], verbs: Set<string>): Actor[] {
  const { tokens } = doc;
  for (let k = ev.trigger[1]; k + 1 < s.last && k < ev.trigger[1] + 12; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || (t.text === ',' && tokens[k + 1]?.pos !== 'ADV')) break;
    if (t.lower !== 'to' || !verbs.has(tokens[k + 1]!.lemma)) continue;
    let q = k + 2;
    if (tokens[q]?.pos === 'DET') q++;
    const m: Mention | undefined = actors.byToken[q] ?? actors.byToken[k + 2];
    if (!m || m.sentence !== s.index) return [];
    if (m.kind !== 'pronoun' || m.antecedent) return m.actor.id || m.actor.country ? [m.actor] : [];
    // An unresolved "them": the crowd whose protest this sentence reports, if it names its country.
    return crowdOf(ev, events);
  }
  return [];
}
