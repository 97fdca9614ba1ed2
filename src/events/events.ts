/**
 * PLOVER event coding. Triggers (verbs and event nouns) come from data/lexicon/events.json;
 * support verbs ("carry out", "take responsibility for") pass their subject to an event noun.
 * Each event gets its source and target actors, negation, future and hypothetical modes, the
 * speaker who asserts it when it is reported speech, and a date and place from its sentence.
 */
import type { Actor, Span } from '../model/records.js';
import type { Doc, Sentence } from '../nlp/doc.js';
import type { EventTrigger, Knowledge, SupportVerb } from '../knowledge/types.js';
import type { ActorIndex, Mention, PlaceMention } from '../actors/mentions.js';
import { isQuote, Shallow } from '../syntax/shallow.js';
import { statementCovering, type Statement } from '../attribution/statements.js';
import type { DateMention } from '../time/dates.js';

export interface CodedEvent {
  sentence: number;
  trigger: [number, number];
  entry: EventTrigger;
  actors: Actor[];
  recipients: Actor[];
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  assertedBy: Actor | null;
  date: DateMention | null;
  place: PlaceMention | null;
  span: Span;
  rule: string;
  mode: string | null;
}

const PURPOSE_PREPS = new Set(['for', 'toward', 'towards', 'about', 'on', 'over', 'of', 'regarding', 'concerning']);
/** Prepositions of an adjunct that places a clause at talks: "after talks with", "in a phone call". */
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Threats and offers, whose target is the one a condition asks something of. */
const CONDITIONAL_TYPES = new Set(['THREATEN', 'AGREE', 'SUPPORT', 'CONCEDE']);
/** Verbal and diplomatic acts, which documents (resolutions, statements, letters) perform too. */
const VERBAL_TYPES = new Set(['SUPPORT', 'REJECT', 'AGREE', 'ACCUSE', 'REQUEST', 'THREATEN']);
/** Stances toward something someone else made: its author is the recipient. */
const STANCE_TYPES = new Set(['SUPPORT', 'REJECT', 'AGREE', 'ACCUSE']);
const ADJUNCT_PREPS = new Set(['after', 'following', 'during', 'in', 'at', 'before']);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'over', 'toward', 'towards']);

export function findEvents(doc: Doc, kb: Knowledge, actors: ActorIndex, statements: Statement[], dates: DateMention[]): CodedEvent[] {
  const sh = new Shallow(doc, actors);
  const { tokens } = doc;
  const out: CodedEvent[] = [];
  const mod = kb.modality;
  const negation = new Set(mod.negation);
  const negVerbs = new Set(mod.negating_verbs);
  const futureAux = new Set(mod.future);
  const futureVerbs = new Set(mod.future_verbs);
  const hypo = new Set(mod.hypothetical);
  const readiness = new Set(mod.readiness ?? []);
  const documentNouns = new Set(mod.speaking_documents ?? []);
  const proposingVerbs = new Set(kb.proposals.proposing_verbs ?? []);
  const proposalNouns = new Set(kb.negotiation.proposal_nouns);
  const quantifiers = kb.recipients.quantifiers.map((q) => q.split(' '));
  const symmetricTypes = new Set(kb.recipients.symmetric_types);
  const symmetricLemmas = new Set(kb.recipients.symmetric_lemmas);
  /** The trigger's own recipient prepositions, those of its type, and (for verbs) the direct object. */
  const prepsFor = (e: EventTrigger, verb: boolean): string[] => {
    const own = (e.recipient ?? []).filter((p) => verb || p !== 'obj');
    const typed = kb.recipients.preps[e.event] ?? [];
    const all = [...new Set([...own, ...typed])];
    return verb && !all.includes('obj') ? [...all, 'obj'] : all;
  };

  const datesBySentence = groupBy(dates, (d) => tokens[firstTokenAt(doc, d.start)]?.sentence ?? -1);
  const placesBySentence = groupBy(actors.places, (p) => p.sentence);

  for (const s of doc.sentences) {
    if (s.heading) continue;
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    // Quotation marks inside a phrase ('"pulled out" of') do not break it.
    const unquoted: number[] = [];
    for (let i = s.first; i < s.last; i++) if (!isQuote(tokens[i]!.text)) unquoted.push(i);
    const position = new Map<number, number>(unquoted.map((t, k) => [t, k]));
    const phraseAt = (i: number) => {
      const p = position.get(i);
      if (p === undefined) return [];
      return kb.eventMatcher.matchesAt(p, (k) => (k < unquoted.length ? tokens[unquoted[k]!]!.lemma : undefined))
        .map((m) => ({ start: i, end: unquoted[m.end - 1]! + 1, values: m.values }));
    };
    // Support verbs first: which event nouns do they carry?
    const supportFor = new Map<number, { verb: number; entry: SupportVerb }>();
    for (let i = s.first; i < s.last; i++) {
      // "U.S.-led talks": a participle inside a compound modifier supports nothing.
      if (tokens[i]!.pos !== 'VERB' || tokens[i - 1]?.text === '-') continue;
      const sm = kb.supportMatcher.matchesAt(i, lemmaAt)[0];
      if (!sm) continue;
      for (let k = sm.end; k < Math.min(s.last, sm.end + 7); k++) {
        const t = tokens[k]!;
        // The event noun is the verb's object ("launched waves of missiles"); "put forward for a
        // ceasefire" names a purpose.
        // "U.S.-led ceasefire talks": a participle inside the noun phrase does not end it.
        const adjectival = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (tokens[k - 1]?.text === '-' || tokens[k + 1]?.pos === 'NOUN');
        if (t.text === ',' || t.text === '.' || (t.pos === 'VERB' && !adjectival) || (t.pos === 'ADP' && t.lower !== 'of')) break;
        const em = kb.eventMatcher.matchesAt(k, lemmaAt)[0];
        if (em && em.values.some((e) => e.pos.includes('NOUN'))) {
          // In a compound ("ceasefire talks") the last noun is the head.
          if (tokens[em.end]?.pos === 'NOUN' && kb.eventMatcher.matchesAt(em.end, lemmaAt).length > 0) continue;
          supportFor.set(k, { verb: i, entry: sm.values[0]! });
          break;
        }
      }
    }

    const used = new Set<number>();
    for (let i = s.first; i < s.last; i++) {
      if (used.has(i)) continue;
      const matches = phraseAt(i);
      let chosen: { end: number; entry: EventTrigger; asVerb: boolean } | undefined;
      for (const m of matches) {
        const lastTok = tokens[m.end - 1]!;
        const head = tokens[i]!;
        for (const e of m.values) {
          // wink sometimes tags a participle after "had" as a noun ("had shot down").
          // Participles wink tags ADJ ("mediated") fire as verbs when their entry allows it.
          const verbLike = head.pos === 'VERB' || (head.pos === 'NOUN' && tokens[i - 1]?.lemma === 'have' && tokens[i - 1]?.pos === 'AUX') || (head.pos === 'ADJ' && e.pos.includes('ADJ') && head.lower.endsWith('ed'));
          if (e.pos.includes('VERB') && verbLike) { chosen = { end: m.end, entry: e, asVerb: true }; break; }
          if (e.pos.includes('NOUN') && (lastTok.pos === 'NOUN' || (lastTok.pos === 'PROPN' && m.end - 1 === s.first)) && head.pos !== 'VERB') { chosen = { end: m.end, entry: e, asVerb: false }; break; }
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      for (let k = i; k < chosen.end; k++) used.add(k);
      // Senses of the same words that depend on the object ("lifted sanctions" concedes, "lifted the
      // siege" withdraws; "called the sanctions unjustified" is no phone call): the restricted senses
      // first, then the plain ones.
      const c = chosen;
      const pos = c.asVerb ? 'VERB' : 'NOUN';
      const senses = (matches.find((m) => m.end === c.end)?.values ?? []).filter((x) => x.pos.includes(pos));
      const restricted = (x: EventTrigger) => Boolean(x.labels || x.object_only);
      const order = senses.some(restricted) ? [...senses.filter(restricted), ...senses.filter((x) => !restricted(x))] : [c.entry];
      let ev: CodedEvent | null = null;
      for (const entry of order) {
        ev = c.asVerb ? verbEvent(s, i, c.end, entry) : nounEvent(s, i, c.end, entry);
        if (ev) break;
      }
      if (ev) out.push(ev);
    }

    function verbEvent(s: Sentence, v: number, vEnd: number, e: EventTrigger): CodedEvent | null {
      const gStart = sh.verbGroupStart(v);
      const governing = governingVerb(gStart);
      // "threatened to attack", "urged Israel to withdraw": one event, the governing one.
      if (governing !== null && isEventTrigger(governing)) return null;
      // "accusing Israel of violating the truce", "blamed Kyiv for attacking": what someone is accused
      // of is the content of the accusation, not an event of its own.
      if (tokens[v]!.lower.endsWith('ing') && /^(of|for)$/.test(tokens[gStart - 1]?.lower ?? '')) {
        for (let q = gStart - 2; q >= Math.max(s.first, gStart - 10); q--) {
          if (tokens[q]!.pos === 'VERB' && isEventTrigger(q)) return null;
          if (tokens[q]!.text === ',' || tokens[q]!.text === ';') break;
        }
      }
      // "they don't want Hamas to return": a wish or demand, not an event (negotiation keeps it as a demand).
      if (governing !== null && kb.demandMatcher.matchesAt(governing, lemmaAt).length > 0) return null;
      let actorMs: Mention[] = [];
      let recipientMs: Mention[] = [];
      let place: PlaceMention | null = null;
      let rule = 'event:verb';
      const limit = sh.clauseEnd(v);
      // "agreed to a truce mediated by Qatar", "in a ceremony hosted by Trump": a participle on a noun
      // with its agent. The clause's subject are the parties; a host receives them as guests.
      let clauseVerb: number | null = null;
      if (e.subject_only) {
        // "U.S. duties on Chinese goods will fall to 30%": the owner of the duties concedes to the
        // state they hit; without an owner, the one announcing it ("Trump said tariffs would come down").
        const np = subjectPhrase(gStart);
        if (!np || !e.subject_only.includes(tokens[np.head]!.lemma)) return null;
        const owner = sh.mentionEndingAt(np.head - 1);
        const st = statementCovering(statements, v);
        actorMs = owner ? [owner] : st ? [st.speaker] : [];
        const target = /^(on|against)$/.test(tokens[np.head + 1]?.lower ?? '') ? sh.npAt(np.head + 2, gStart).mentions : [];
        recipientMs = target;
        rule = 'event:subject';
      } else if (e.speaker_is_actor) {
        // "the United States and Britain would pay a heavy price, the official said": the speaker threatens them.
        const st = statementCovering(statements, v);
        if (!st) return null;
        actorMs = [st.speaker];
        recipientMs = sh.subjectOf(v);
        rule = 'event:speaker';
      } else if (!sh.isPassive(v) && tokens[vEnd]?.lower === 'by' && /(ed|en|wn)$/.test(tokens[v]!.lower) && ['NOUN', 'PROPN'].includes(tokens[v - 1]?.pos ?? '')) {
        const agent = sh.agentOf(vEnd - 1, limit);
        // "talks hosted by Qatar": the event noun carries the agent itself. Only meetings are coded
        // from such participles ("a loan backed by frozen assets", "books provided by" are too loose).
        if (e.event !== 'CONSULT' || agent.length === 0 || eventNounAt(v - 1, e.event)) return null;
        // "M23 rebels backed by Rwanda": the noun is the party itself.
        const own = sh.mentionEndingAt(v - 1);
        const clause = own && !own.modifier ? { verb: null, subject: [own] } : clauseOf(v, false);
        clauseVerb = clause.verb;
        [actorMs, recipientMs] = e.swap_roles ? [clause.subject, agent] : [agent, clause.subject];
        rule = 'event:reduced-passive';
      } else if (sh.isPassive(v)) {
        actorMs = sh.agentOf(v, limit);
        recipientMs = sh.subjectOf(v);
        rule = 'event:passive';
      } else {
        actorMs = sh.subjectOf(v);
        if (actorMs.length === 0 && governing !== null) actorMs = sh.subjectOf(governing);
        // "Serbia is ready to meet ...": the subject of the readiness.
        if (actorMs.length === 0 && readyAt(gStart) >= 0) actorMs = sh.subjectOf(readyAt(gStart));
        // "said after meeting Netanyahu", "killed ..., prompting condemnation": a participle takes
        // the subject of the clause it hangs on.
        if (actorMs.length === 0 && tokens[v]!.lower.endsWith('ing')) actorMs = participleSubject(v, VERBAL_TYPES.has(e.event));
        // The lexicon names the usual prepositions; the direct object is always a candidate too
        // ("freed 39 Palestinian women", "seized the Palestinian side of the crossing").
        // A phrase that ends in its own object ("send a delegation", "cut ties") takes no other object.
        const ownObject = vEnd - v > 1 && tokens[vEnd - 1]!.pos === 'NOUN';
        let comp = sh.complement(vEnd - 1, prepsFor(e, !ownObject), limit, quantifiers);
        // "Israel would not withdraw its forces from Rafah": the actor's own forces are not the target.
        if (comp.mentions.length && comp.mentions.every((m) => actorMs.some((a) => a.actor.id !== null && a.actor.id === m.actor.id))) {
          const after = comp.mentions[comp.mentions.length - 1]!.end - 1;
          comp = sh.complement(after, prepsFor(e, false), limit, quantifiers);
        }
        // "vowed that Congo would ...": the subject of a that-clause is no target, except of a demand
        // ("demanded that Iran end its support").
        recipientMs = e.event === 'REQUEST' ? comp.mentions : comp.mentions.filter((m) => !tokens.slice(vEnd, m.start).some((t) => t.lower === 'that' && t.pos === 'SCONJ'));
        place = comp.place;
        // "sent a delegation to the Luanda talks": a city naming an event is its venue, not a party.
        if (place && eventNounAt(place.end)) place = null;
        recipientMs = recipientMs.filter((m) => !(m.rule === 'actor:country-metonym' && eventNounAt(m.end)));
        if (recipientMs.length === 0 && !place) recipientMs = relativeObject(v);
        if (recipientMs.length === 0 && !place) {
          const inner = sh.objectPhraseActor(vEnd - 1, limit, actorMs);
          if (inner && !(inner.rule === 'actor:country-metonym' && eventNounAt(inner.end))) { recipientMs = [inner]; rule = 'event:verb+object-phrase'; }
        }
        // "rejected the rival government announced by the RSF", "backed efforts by Berri": the author
        // of what is backed or rejected.
        if (recipientMs.length === 0 && !place && STANCE_TYPES.has(e.event)) {
          const author = objectAuthor(vEnd, limit);
          if (author.length) { recipientMs = author; rule = 'event:verb+object-author'; }
        }
      }
      // A passive verb's object is its subject ("Goma's airport was seized by M23").
      if (e.requires_object && rule !== 'event:passive' && rule !== 'event:reduced-passive' && rule !== 'event:speaker' && rule !== 'event:subject' && recipientMs.length === 0 && !place && !sh.hasObject(vEnd - 1, e.recipient ?? ['obj'], limit)) return null;
      if (e.requires_actor_object && !recipientMs.some((m) => !m.modifier)) return null;
      if (e.naming_not && namesObject(vEnd, limit)) return null;
      // "calling the U.S. escalation a form of bullying", "described them as an unfriendly act": a
      // naming verb accuses (or rejects) only with a label of that kind.
      if (e.labels) {
        const at = labelStart(vEnd, limit);
        const words = new Set(kb.labels[e.labels] ?? []);
        let found = false;
        for (let k = at; at >= 0 && k < Math.min(limit, at + 8) && !found; k++) {
          const t = tokens[k]!;
          if (t.text === ',' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !/ed$/.test(t.lower))) break;
          found = words.has(t.lemma) || words.has(t.lower);
        }
        if (!found) return null;
        // "rejected the decision, calling it unjust": the naming elaborates the rejection or accusation.
        if (tokens[v]!.lower.endsWith('ing') && tokens[v - 1]?.text === ',') {
          for (let q = v - 2; q >= s.first; q--) {
            if (tokens[q]!.pos !== 'VERB' || tokens[q]!.lower.endsWith('ing')) continue;
            if (kb.eventMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((x) => x.event === e.event || x.event === 'REJECT' || x.event === 'ACCUSE'))) return null;
            break;
          }
        }
        // "The Kremlin said the new U.S. sanctions would not ... and described them as": sanctions name
        // nothing; the one who does is the speaker.
        const subjEnd = actorMs[actorMs.length - 1]?.end;
        if (subjEnd !== undefined && tokens[subjEnd]?.pos === 'NOUN' && kb.eventMatcher.matchesAt(subjEnd, lemmaAt).some((m) => m.values.some((x) => x.pos.includes('NOUN')))) {
          const st = statementCovering(statements, v);
          actorMs = st ? [st.speaker] : [];
        }
        recipientMs = recipientMs.filter((m) => m.start < at && (m.actor.id || m.actor.country) && !actorMs.some((a) => sameSide(a.actor, m.actor)));
        // "calling it a provocation": the pronoun stands for what the other side did, named before.
        if (recipientMs.length === 0 && tokens[vEnd]?.pos === 'PRON') {
          for (let k = v - 1; k >= s.first; k--) {
            const m = actors.byToken[k];
            if (m && m.start === k && (m.actor.id || m.actor.country) && m.kind !== 'pronoun' && !actorMs.some((a) => sameSide(a.actor, m.actor))) { recipientMs = [m]; break; }
          }
        }
        if (recipientMs.length === 0) return null;
        rule = 'event:naming';
      }
      if (e.object_only) {
        const head = objectHead(vEnd, limit);
        if (!head || !e.object_only.includes(head)) return null;
      }
      if (e.object_not && e.object_not.length) {
        const head = objectHead(vEnd, limit);
        if (head && e.object_not.includes(head)) return null;
      }
      const group = clauseVerb !== null ? verbGroupWords(sh.verbGroupStart(clauseVerb), clauseVerb) : verbGroupWords(gStart, v);
      // "Kyiv must give up its ambition": an obligation is what someone demands, not an event.
      if (group.includes('must')) return null;
      // "ended the talks without agreeing to ...".
      const neg = tokens[gStart - 1]?.lower === 'without' || group.some((w) => negation.has(w)) || (governing !== null && negVerbs.has(tokens[governing]!.lemma)) || yetTo(gStart);
      const future = group.some((w) => futureAux.has(w)) || (governing !== null && futureVerbs.has(tokens[governing]!.lemma));
      const hypothetical = group.some((w) => hypo.has(w)) || inConditional(s, v);
      const ev = build(s, v, vEnd, readyFor(gStart, e), actorMs, recipientMs, place, neg, future, hypothetical, rule);
      // "Kyiv had proposed a full ceasefire, but Moscow had not accepted the offer": the reaction is to
      // the proposer, and the proposal to the one reacting.
      if (ev && (e.event === 'REJECT' || e.event === 'AGREE') && ev.recipients.length === 0 && proposalNouns.has(objectHead(vEnd, limit) ?? '')) {
        const proposer = lastInSentence((x) => x.entry.event === 'AGREE' && proposingVerbs.has(x.entry.lemma) && !x.actors.some((a) => ev.actors.some((b) => sameSide(a, b))));
        if (proposer) {
          ev.recipients = proposer.actors;
          ev.rule += '+proposer';
          if (proposer.recipients.length === 0) proposer.recipients = ev.actors;
        }
      }
      // "Trump accused China ..., and Beijing rejected the charge": a rejected accusation is the accuser's.
      if (ev && e.event === 'REJECT' && ev.recipients.length === 0) {
        const head = objectHead(vEnd, limit);
        const accusation = head !== null && kb.eventMatcher.matchesAt(0, (k) => (k === 0 ? head : undefined)).some((m) => m.values.some((x) => x.event === 'ACCUSE'));
        const accuser = accusation ? lastInSentence((x) => x.entry.event === 'ACCUSE') : undefined;
        if (accuser && !accuser.actors.some((a) => ev.actors.some((b) => sameSide(a, b)))) {
          ev.recipients = accuser.actors;
          ev.rule += '+accuser';
        }
      }
      return ev;
    }

    function nounEvent(s: Sentence, n0: number, n1: number, e: EventTrigger): CodedEvent | null {
      const headNoun = n1 - 1;
      // "a ceasefire proposal", "the peace deal": the noun names a proposal, not an event.
      if (proposalNouns.has(tokens[n1]?.lemma ?? '')) return null;
      if (e.object_only) {
        // "the lifting of all sanctions": the object is in the of-phrase.
        const head = tokens[n1]?.lower === 'of' ? objectHead(n1 + 1, sh.clauseEnd(n1)) : null;
        if (!head || !e.object_only.includes(head)) return null;
      }
      // "a plan for a ceasefire", "talks on a truce", "the terms of an agreement": a goal or a
      // topic, not something that happened.
      if (![...Array(n1 - n0).keys()].some((d) => supportFor.has(n0 + d))) {
        let q = n0 - 1;
        while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM')) q--;
        if (q >= s.first && PURPOSE_PREPS.has(tokens[q]!.lower)) return null;
      }
      const limit = sh.clauseEnd(headNoun);
      let actorMs: Mention[] = [];
      let rule = 'event:noun';
      // Possessor or modifier before the noun: "Hamas' objections", "Israeli attacks", "Russia's new offensive".
      let k = n0 - 1;
      while (k >= s.first && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || (tokens[k]!.pos === 'NOUN' && !actors.byToken[k]))) k--;
      if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
      let owner = k >= s.first ? sh.mentionEndingAt(k) : undefined;
      // "the Pretoria agreement", "the Doha talks": a city naming the event is no actor.
      if (owner && owner.rule === 'actor:country-metonym' && tokens[owner.end]?.text !== "'s") owner = undefined;
      if (owner) {
        actorMs = owner.modifier ? [owner] : sh.conjoinedLeft(owner);
        rule = 'event:noun-possessor';
      }
      let negated = false;
      let future = false;
      let hypothetical = inConditional(s, n0);
      let support = supportFor.get(n0);
      for (let q = n0 + 1; !support && q < n1; q++) support = supportFor.get(q);
      // "signed a peace agreement": the verb is an event of its own and codes the act once.
      if (support && isEventTrigger(support.verb)) return null;
      if (actorMs.length === 0 && support) {
        const sv = support.verb;
        // "sent negotiators to Cairo to continue the talks": the name before an infinitive is no subject.
        const infinitive = tokens[sh.verbGroupStart(sv)]?.lower === 'to' || tokens[sh.verbGroupStart(sv) - 1]?.lower === 'to';
        actorMs = sh.isPassive(sv) ? sh.agentOf(sv, limit) : infinitive ? [] : sh.subjectOf(sv);
        if (actorMs.length === 0 && readyAt(sh.verbGroupStart(sv)) >= 0) actorMs = sh.subjectOf(readyAt(sh.verbGroupStart(sv)));
        if (actorMs.length === 0) {
          const gov = governingVerb(sh.verbGroupStart(sv));
          if (gov !== null) {
            if (isEventTrigger(gov)) return null;
            actorMs = sh.subjectOf(gov);
          }
        }
        rule = support.entry.claim ? 'event:claimed' : 'event:support-verb';
        const group = verbGroupWords(sh.verbGroupStart(sv), sv);
        negated = group.some((w) => negation.has(w));
        future = group.some((w) => futureAux.has(w)) || Boolean(support.entry.future);
        hypothetical = hypothetical || group.some((w) => hypo.has(w));
        const gov = governingVerb(sh.verbGroupStart(sv));
        if (gov !== null && isEventTrigger(gov)) return null;
      }
      // "said after talks with U.S. officials", "agreed in a phone call", "after meeting Xi": talks in
      // an adjunct of a clause are held by the clause's subject; talks "hosted by" someone are the
      // host's, with the clause's subject as the guests.
      let guests: Mention[] = [];
      let gerundObject: Mention[] = [];
      if (actorMs.length === 0 && !support && e.event === 'CONSULT') {
        let q = n0 - 1;
        while (q >= s.first && !actors.byToken[q] && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[q]!.pos) || (tokens[q]!.pos === 'VERB' && /(ed|ing)$/.test(tokens[q]!.lower)))) q--;
        // "in"/"at" attach loosely: "her role in the talks" names no meeting of the clause's subject, and
        // "ready to compromise in talks" is a prospect.
        const loose = q >= s.first && /^(in|at)$/.test(tokens[q]!.lower);
        if (q >= s.first && ADJUNCT_PREPS.has(tokens[q]!.lower) && !(loose && tokens[q - 1]?.pos === 'NOUN')) {
          const clause = clauseSubject(q, loose);
          const agent = sh.agentOf(headNoun, limit);
          if (agent.length) guests = clause;
          else if (clause.length) { actorMs = clause; rule = 'event:noun-adjunct'; }
          // "after meeting Netanyahu": wink tags the gerund as a noun; the name after it is its object.
          const obj = n1 === n0 + 1 && tokens[n0]!.lower.endsWith('ing') ? sh.mentionStartingAt(n1) : undefined;
          if (obj && !obj.modifier) gerundObject = sh.conjoinedRight(obj, limit);
        }
      }
      // "a truce mediated by Qatar": the agent is the participle's when that is an event of its own.
      if (actorMs.length === 0 && !participleOfOtherEvent(n1, e.event)) {
        const agent = sh.agentOf(headNoun, limit);
        if (agent.length) { actorMs = agent; rule = 'event:noun-by'; }
      }
      // "condemnation from Britain, Australia and Poland", "support from the EU".
      if (actorMs.length === 0 && tokens[n1]?.lower === 'from' && ['ACCUSE', 'SUPPORT', 'REQUEST', 'REJECT', 'THREATEN', 'PROTEST', 'AID'].includes(e.event)) {
        const src = sh.mentionStartingAt(n1 + 1);
        if (src && !src.modifier) { actorMs = sh.conjoinedRight(src, limit); rule = 'event:noun-from'; }
      }
      if (k >= s.first && negation.has(tokens[k]!.lower)) negated = true;
      // "any new tariffs": a hypothetical instance, not one that happened.
      if (k >= s.first && /^(any|possible|potential|future)$/.test(tokens[k]!.lower)) hypothetical = true;
      const phraseStart = owner ? owner.start : k + 1;
      for (let q = n0 - 1; q >= Math.max(s.first, phraseStart - 2); q--) if (/^(any|possible|potential|future)$/.test(tokens[q]!.lower)) hypothetical = true;
      if (n0 - 1 >= s.first && tokens[n0 - 1]!.lower === 'no') negated = true;
      const comp = sh.complement(headNoun, prepsFor(e, false), limit, quantifiers);
      let recipientMs = comp.mentions.filter((m) => !actorMs.includes(m));
      // "attended U.S.-led ceasefire talks": the one who leads the talks meets those who attend.
      if (e.event === 'CONSULT' && /(ed|en)$/.test(tokens[n0 - 1]?.lower ?? '') && tokens[n0 - 2]?.text === '-') {
        const lead = sh.mentionEndingAt(n0 - 3);
        if (lead && (lead.actor.id || lead.actor.country)) {
          if (actorMs.length === 0) { actorMs = [lead]; rule = 'event:noun-led'; }
          else if (recipientMs.length === 0 && !comp.place) recipientMs = [lead];
        }
      }
      if (recipientMs.length === 0 && !comp.place) recipientMs = gerundObject.length ? gerundObject : guests;
      // "Israeli strikes killed seven aid workers, prompting condemnation from Britain": the
      // condemnation is of whoever acted in the clause before.
      if (recipientMs.length === 0 && !comp.place && rule === 'event:noun-from') recipientMs = priorActor(n0, actorMs);
      // Talks with nobody named ("scolded him during a meeting") say too little about who met whom.
      if (rule === 'event:noun-adjunct' && recipientMs.length === 0 && !comp.place && actorMs.flatMap((m) => m.group ?? [m]).length < 2) return null;
      const entry = support ? readyFor(sh.verbGroupStart(support.verb), e) : e;
      return build(s, n0, n1, entry, actorMs, recipientMs, comp.place, negated, future, hypothetical, rule);
    }

    function build(s: Sentence, t0: number, t1: number, e: EventTrigger, actorMsIn: Mention[], recipientMsIn: Mention[], place: PlaceMention | null, negated: boolean, future: boolean, hypothetical: boolean, rule: string): CodedEvent | null {
      // A bare common noun ("troops", "residents") names nobody in particular: no actor of its own.
      const vague = (m: Mention) => m.actor.id === null && m.actor.country === null && m.actor.org == null && (m.kind === 'group' || m.kind === 'pronoun' || m.kind === 'anaphor' || m.rule === 'actor:bare-title');
      const actorMs = actorMsIn.flatMap((m) => m.group ?? [m]).filter((m) => !vague(m));
      const recipientMs = recipientMsIn.filter((m) => !vague(m));
      let actorList = uniqueActors(actorMs.map((m) => m.actor));
      let recipients = uniqueActors(recipientMs.map((m) => m.actor));
      if (actorList.length === 0 && e.event === 'PROTEST') {
        // "Hundreds of people protested in central Kyiv": the protesters are people of the place.
        const where = locationFor(s, t0, statementCovering(statements, t0));
        const subjectEnd = sh.verbGroupStart(t0);
        if (where && where.place.country && subjectEnd > s.first) {
          actorList = [{ text: doc.text.slice(tokens[s.first]!.start, tokens[subjectEnd - 1]!.end), id: null, name: null, country: where.place.country, sector: 'CVL', role: null }];
          rule += '+actor-from-location';
        }
      }
      if (actorList.length === 0) return null;
      if (recipients.length === 0 && place && place.place.country) recipients = [placeActor(kb, place)];
      const symmetric = e.symmetric || symmetricTypes.has(e.event) || symmetricLemmas.has(e.lemma);
      if (symmetric && recipients.length === 0 && actorList.length > 1) {
        recipients = actorList.slice(1);
        actorList = actorList.slice(0, 1);
      }
      // An actor is never its own target ("Israel and Hamas exchanged fire" aside).
      recipients = recipients.filter((r) => !actorList.some((a) => a.id !== null && a.id === r.id));
      const st = statementCovering(statements, t0);
      // "China warned that it would retaliate": the warning is the event, not what it threatens.
      if (st && (future || hypothetical) && st.cueEntry && threatCue(st)) return null;
      // "Ankara would launch an operation against the SDF if ...", said by a Turkish minister: a
      // side announcing its own use of force threatens; nobody has been attacked.
      let entry = e;
      if (e.event === 'ASSAULT' && (future || hypothetical) && !negated && st && actorList.some((a) => sameSide(a, st.speaker.actor))) {
        entry = { ...e, event: 'THREATEN', mode: null };
        future = false;
        hypothetical = false;
        rule += '+threat-in-speech';
      }
      const loc = locationFor(s, t0, st);
      if (recipients.length === 0 && CONDITIONAL_TYPES.has(entry.event)) {
        // "threatened to resume fighting unless Hamas freed hostages", "would agree to a truce if Hamas
        // freed hostages": a threat or an offer is made to whoever must comply.
        for (let k = t1; k < s.last; k++) {
          if (tokens[k]!.text === ';') break;
          if (!/^(if|unless)$/.test(tokens[k]!.lower)) continue;
          let q = k + 1;
          while (q < s.last && !sh.mentionStartingAt(q) && ['DET', 'ADJ'].includes(tokens[q]!.pos)) q++;
          const m = sh.mentionStartingAt(q);
          if (m && !m.modifier && (m.actor.id || m.actor.country) && !actorList.some((a) => sameSide(a, m.actor))) {
            recipients = [m.actor];
            rule += '+recipient-from-condition';
          }
          break;
        }
        // "blamed Israel for the blasts and vowed to retaliate": retaliation is against the one blamed.
        const blamed = recipients.length || entry.event !== 'THREATEN' ? undefined : lastInSentence((x) => x.entry.event === 'ACCUSE' && x.recipients.length > 0 && x.actors.some((a) => actorList.some((b) => sameSide(a, b))));
        if (blamed) {
          recipients = blamed.recipients;
          rule += '+recipient-blamed';
        }
      }
      // Force and aid land somewhere: the place's state is the target or the beneficiary.
      if (recipients.length === 0 && loc && loc.place.country && ['ASSAULT', 'COERCE', 'THREATEN', 'AID'].includes(entry.event)) {
        const c = loc.place.country;
        if (!actorList.some((a) => a.country === c)) {
          recipients = [placeActor(kb, loc)];
          rule += '+recipient-from-location';
        }
      }
      // A threat's target is in what is threatened: "threatened to impose tariffs on Chinese
      // imports", "Israel would strike deep into Lebanon, Katz warned".
      if (recipients.length === 0 && entry.event === 'THREATEN') {
        const own = statements.find((x) => x.cueStart === t0);
        const [a, b] = own ? own.contentTokens : [t1, sh.clauseEnd(t0)];
        for (let k = a; k < b; k++) {
          const m = actors.byToken[k];
          // A rebel group of the actor's own country is a target ("Congo would drive out M23").
          if (m && m.start === k && (m.actor.id || m.actor.country) && !actorList.some((x) => sameSide(x, m.actor))) {
            recipients = uniqueActors((m.modifier ? [m] : sh.conjoinedRight(m, b)).map((x) => x.actor)).filter((r) => !actorList.some((x) => x.id !== null && x.id === r.id));
            rule += '+recipient-from-threat';
            break;
          }
          const p = actors.placeByToken[k];
          if (p && p.start === k && p.place.country && !actorList.some((x) => x.country === p.place.country)) {
            recipients = [placeActor(kb, p)];
            rule += '+recipient-from-threat';
            break;
          }
        }
      }
      // Protesters protest to the authorities where they are ("rallied in Tel Aviv").
      if (recipients.length === 0 && entry.event === 'PROTEST' && loc && loc.place.country) {
        recipients = [placeActor(kb, loc)];
        rule += '+recipient-from-location';
      }
      const date = dateFor(s, t0, st);
      const lo = Math.min(t0, ...actorMs.map((m) => m.start));
      const hi = Math.max(t1, ...recipientMs.map((m) => m.end));
      return {
        sentence: s.index, trigger: [t0, t1], entry, actors: actorList, recipients,
        negated, future, hypothetical, assertedBy: st ? st.speaker.actor : null,
        date, place: loc, span: [tokens[lo]!.start, tokens[hi - 1]!.end], rule, mode: entry.mode ?? null,
      };
    }

    /** The verb an infinitive depends on: "threatened to carry out", "wants to maintain". */
    function governingVerb(gStart: number): number | null {
      let k = gStart - 1;
      if (k < s.first || tokens[k]!.lower !== 'to') {
        // "to" may sit inside the verb group (it is tagged PART).
        const t = tokens[gStart];
        if (!t || t.lower !== 'to') return null;
        k = gStart;
      }
      for (let q = k - 1; q >= Math.max(s.first, k - 5); q--) {
        const t = tokens[q]!;
        if (t.pos === 'VERB') return q;
        if (t.text === ',' || t.pos === 'PUNCT') return null;
      }
      return null;
    }

    /** Where what the object is called starts ("called it [a warning]", "described them as [an act]"), or -1. */
    function labelStart(from: number, limit: number): number {
      const named = namingAt(from, limit);
      if (named >= 0) return named;
      for (let k = from; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        if (t.lower === 'as' && k > from) return k + 1;
        if (t.text === ',' || t.pos === 'VERB' || (t.pos === 'ADP' && t.lower !== 'of')) return -1;
      }
      return -1;
    }

    /** "called the sanctions unjustified", "calling it a warning": an object and then what it is called. */
    function namesObject(from: number, limit: number): boolean {
      return namingAt(from, limit) >= 0;
    }

    function namingAt(from: number, limit: number): number {
      let k = from;
      let sawObject = false;
      for (; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        // "calling the U.S. escalation a form of bullying": an article after the object starts its label.
        if (sawObject && /^(a|an)$/.test(t.lower)) break;
        if (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) || actors.byToken[k] || (sawObject && (t.text === "'s" || t.text === "'"))
          // "North Korea's missile launch": a bare verb form after a noun is part of a compound.
          || (sawObject && t.pos === 'VERB' && t.lower === t.lemma && tokens[k - 1]?.pos === 'NOUN')) { sawObject = true; if (t.pos === 'PRON') { k++; break; } continue; }
        if (t.pos === 'ADJ' && !sawObject) continue;
        break;
      }
      const next = tokens[k];
      return sawObject && !!next && k < limit && (next.pos === 'ADJ' || /^(a|an)$/.test(next.lower) || isQuote(next.text)) ? k : -1;
    }

    /** Lemma of the head noun of the direct object: the last noun before a preposition or the clause end. */
    function objectHead(from: number, limit: number): string | null {
      let head: string | null = null;
      for (let k = from; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lemma;
        // "its expanded export controls": a participle before the noun qualifies it.
        else if (!head && t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
        else if (head && !(t.pos === 'NOUN' || t.pos === 'PROPN')) break;
        else if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
      }
      return head;
    }

    /** The subject of the nearest clause before token n that is not a report ("X said"). */
    function priorActor(n: number, others: Mention[]): Mention[] {
      for (let q = n - 1; q >= s.first; q--) {
        const t = tokens[q]!;
        if (t.pos !== 'VERB' || t.lower.endsWith('ing') || kb.speechMatcher.matchesAt(q, lemmaAt).length > 0) continue;
        const subj = sh.subjectOf(q).filter((m) => (m.actor.id || m.actor.country) && !others.some((o) => sameSide(o.actor, m.actor)));
        if (subj.length) return subj;
      }
      return [];
    }

    /** "the plan outlined by Biden", "efforts by Berri": the "by" agent inside the object phrase. */
    function objectAuthor(from: number, limit: number): Mention[] {
      for (let k = from; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        if (t.lower === 'by') {
          const m = sh.mentionStartingAt(k + 1);
          return m && !m.modifier ? sh.conjoinedRight(m, limit) : m ? [m] : [];
        }
        const participle = t.pos === 'VERB' && /(ed|en|wn)$/.test(t.lower) && tokens[k + 1]?.lower === 'by';
        if (!(['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos) || participle) || actors.byToken[k]) return [];
      }
      return [];
    }

    /** Subject of the clause whose verb precedes token q ("Ukraine said after talks ..."), through an infinitive. */
    function clauseSubject(q: number, finiteOnly: boolean): Mention[] {
      return clauseOf(q, finiteOnly).subject;
    }

    /** The verb of the clause before token q and that verb's subject. */
    function clauseOf(q: number, finiteOnly: boolean): { verb: number | null; subject: Mention[] } {
      for (let k = q - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ';' || t.text === ':') break;
        if (t.pos !== 'VERB' || (t.lower.endsWith('ing') && ['ADP', 'SCONJ'].includes(tokens[k - 1]?.pos ?? ''))) continue;
        if (finiteOnly && governingVerb(sh.verbGroupStart(k)) !== null) break;
        const subj = sh.subjectOf(k);
        if (subj.length) return { verb: k, subject: subj };
        const gov = governingVerb(sh.verbGroupStart(k));
        return gov !== null ? { verb: gov, subject: sh.subjectOf(gov) } : { verb: k, subject: [] };
      }
      return { verb: null, subject: [] };
    }

    function participleSubject(v: number, verbal: boolean): Mention[] {
      const prev = tokens[v - 1];
      if (!prev) return [];
      // "adopted a resolution backing the plan and calling on Israel": a second participle in a row,
      // or a participle on a document ("issued a statement calling for"), speaks for the clause's subject.
      const coordinated = (prev.lower === 'and' || prev.lower === 'or') && tokens.slice(s.first, v - 1).some((t) => t.pos === 'VERB' && t.lower.endsWith('ing'));
      // Over "in Sharm el-Sheikh on Monday" back to the document.
      let d = v - 1;
      if (WEEKDAY.test(tokens[d]?.lower ?? '') && tokens[d - 1]?.lower === 'on') d -= 2;
      const at = actors.placeByToken[d] ?? actors.byToken[d];
      if (at && /^(in|at)$/.test(tokens[at.start - 1]?.lower ?? '')) d = at.start - 2;
      const onNoun = verbal && documentNouns.has(tokens[d]?.lemma ?? '');
      if (!(prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.text === ',' || coordinated || onNoun)) return [];
      // "people displaced by fighting": the cause of a passive, not an act of the clause's subject;
      // "the venue for signing the treaty": a purpose of a noun.
      if (prev.lower === 'by' && /(ed|en|wn)$/.test(tokens[v - 2]?.lower ?? '')) return [];
      if (prev.lower === 'for' && tokens[v - 2]?.pos === 'NOUN') return [];
      for (let q = v - 2; q >= s.first; q--) {
        const t = tokens[q]!;
        // The finite verb of the main clause: not an infinitive ("48 hours to leave"), nor a participle
        // inside a noun phrase ("the plan outlined by Biden", "a U.S.-drafted resolution").
        const reduced = /(ed|en|wn)$/.test(t.lower) && (tokens[q - 1]?.text === '-' || (['NOUN', 'PROPN'].includes(tokens[q - 1]?.pos ?? '') && tokens[q + 1]?.lower === 'by'));
        if (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to' && !reduced) return sh.subjectOf(q);
      }
      return [];
    }

    function threatCue(st: Statement): boolean {
      const cs = doc.sentences[st.sentence]!;
      return kb.eventMatcher.matchesAt(st.cueStart, (q) => (q < cs.last ? tokens[q]!.lemma : undefined)).some((m) => m.values.some((e) => e.event === 'THREATEN'));
    }

    function participleOfOtherEvent(v: number, type: string): boolean {
      const ms = tokens[v]?.pos === 'ADP' ? [] : kb.eventMatcher.matchesAt(v, lemmaAt);
      const types = ms.flatMap((m) => m.values.filter((x) => x.pos.includes('VERB')).map((x) => x.event));
      return types.length > 0 && !types.includes(type);
    }

    /** The subject noun phrase ending before a verb group, when its head is one of the entry's subject_only nouns. */
    function subjectPhrase(gStart: number): { head: number } | null {
      let head = -1;
      for (let k = gStart - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (!(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || /^(on|against|of)$/.test(t.lower) || actors.byToken[k] || t.text === '-')) break;
        if (t.pos === 'NOUN') head = k;
      }
      return head >= 0 ? { head } : null;
    }

    /** The latest event coded so far in this sentence that passes the test (events are in order). */
    function lastInSentence(test: (x: CodedEvent) => boolean): CodedEvent | undefined {
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence === s.index; k--) if (test(out[k]!)) return out[k];
      return undefined;
    }

    /** "ready to meet Putin", "willing to begin consultations": offering talks agrees to them. */
    function readyFor(gStart: number, e: EventTrigger): EventTrigger {
      return e.event === 'CONSULT' && readyAt(gStart) >= 0 ? { ...e, event: 'AGREE', mode: null } : e;
    }

    /** The readiness adjective before the infinitive whose verb group starts at gStart, or -1. */
    function readyAt(gStart: number): number {
      const to = tokens[gStart]?.lower === 'to' ? gStart : gStart - 1;
      return tokens[to]?.lower === 'to' && readiness.has(tokens[to - 1]?.lower ?? '') ? to - 1 : -1;
    }

    function eventNounAt(n: number, type?: string): boolean {
      return tokens[n]?.pos === 'NOUN' && kb.eventMatcher.matchesAt(n, lemmaAt).some((m) => m.end === n + 1 && m.values.some((x) => (!type || x.event === type) && x.pos.includes('NOUN')));
    }

    function isEventTrigger(v: number): boolean {
      // A naming sense ("held X responsible") fires only with its label; the verb alone is no event.
      return kb.eventMatcher.matchesAt(v, lemmaAt).some((m) => m.values.some((e) => e.pos.includes('VERB') && !e.labels));
    }

    function verbGroupWords(gStart: number, v: number): string[] {
      const out: string[] = [];
      for (let k = gStart; k < v; k++) out.push(tokens[k]!.lower);
      // "did not" splits as "did" "n't"; wink lemmatises "n't" to "not".
      return out.concat(out.includes("n't") ? ['not'] : []);
    }

    function yetTo(gStart: number): boolean {
      // "has yet to accept": not (yet) done.
      const a = tokens[gStart - 2];
      const b = tokens[gStart - 1];
      return !!a && !!b && a.lower === 'yet' && b.lower === 'to';
    }

    function inConditional(s: Sentence, i: number): boolean {
      for (let k = i - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ';') return false;
        if ((t.lower === 'if' || t.lower === 'unless') && (k === s.first || tokens[k - 1]!.text === ',' || tokens[k - 1]!.pos !== 'VERB')) {
          // "If X, Y would ...": the condition clause and the consequence are both hypothetical.
          return true;
        }
      }
      return false;
    }

    /** For an object relative ("X wants Y, which Egypt opposes"), the target is X. */
    function relativeObject(v: number): Mention[] {
      const subj = sh.subjectOf(v);
      if (subj.length === 0) return [];
      // Walk back over the subject's noun phrase ("the mediating country Angola") to the pronoun.
      let rel2 = -1;
      for (let q = subj[0]!.start - 1; q >= Math.max(s.first, subj[0]!.start - 5); q--) {
        const t = tokens[q]!;
        // "that" after a verb introduces a reported clause ("said that"), not a relative one.
        const prev = tokens[q - 1];
        // "told reporters that ...": after a verb and its addressee, "that" opens reported speech.
        const afterVerbObject = tokens[q - 2]?.pos === 'VERB';
        if (prev && ((t.lower === 'which' && (prev.text === ',' || prev.pos === 'NOUN')) || (t.lower === 'that' && prev.pos === 'NOUN' && !afterVerbObject))) { rel2 = q; break; }
        if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM'].includes(t.pos)) break;
      }
      if (rel2 < 0) return [];
      // Find the verb of the clause the relative clause hangs on, and its subject.
      for (let q = rel2 - 1; q >= s.first; q--) {
        if (tokens[q]!.pos === 'VERB') {
          const subjects = sh.subjectOf(q);
          if (subjects.length) return subjects;
          const gov = governingVerb(sh.verbGroupStart(q));
          if (gov !== null) return sh.subjectOf(gov);
        }
      }
      return [];
    }

    function dateFor(s: Sentence, t0: number, st: Statement | undefined): DateMention | null {
      const tStart = tokens[t0]!.start;
      let best: DateMention | null = null;
      let bestDist = Infinity;
      for (const d of datesBySentence.get(s.index) ?? []) {
        // A date in the statement's framing ("..., X said on Monday") dates the statement.
        if (st && (d.start < st.content[0] || d.start >= st.content[1])) continue;
        const dist = Math.abs(d.start - tStart);
        if (dist < bestDist) { best = d; bestDist = dist; }
      }
      return best;
    }

    function locationFor(s: Sentence, t0: number, st: Statement | undefined): PlaceMention | null {
      let best: PlaceMention | null = null;
      let bestDist = Infinity;
      for (const p of placesBySentence.get(s.index) ?? []) {
        // "in Gaza", "in southern Lebanon", "in eastern Congo".
        let b = p.start - 1;
        if (tokens[b] && /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|occupied|the)$/.test(tokens[b]!.lower)) b--;
        const prev = tokens[b];
        if (!prev || !LOCATIVE.has(prev.lower)) continue;
        const c = tokens[p.start]!.start;
        if (st && (c < st.content[0] || c >= st.content[1])) continue;
        const dist = Math.abs(p.start - t0) + (p.start < t0 ? 5 : 0);
        if (dist < bestDist) { best = p; bestDist = dist; }
      }
      return best;
    }
  }
  return out;
}

function groupBy<T>(list: T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Index of the first token that ends after character offset c (binary search). */
export function firstTokenAt(doc: Doc, c: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether two actors are on the same side: the same actor, or people and bodies of the same state or
 * organisation. An organisation of a state's own country (a rebel group, a party) is a side of its own.
 */
function sameSide(a: Actor, b: Actor): boolean {
  if (a.id !== null && a.id === b.id) return true;
  const pa = party(a);
  return pa !== null && pa === party(b);
}

function party(x: Actor): string | null {
  if (x.org) return x.org;
  if (x.id !== null && x.id !== x.country && !x.role) return x.id;
  return x.country ?? x.id;
}

function uniqueActors(list: Actor[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const a of list) {
    const key = a.id ?? `text:${a.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** A place standing for its people or authorities as a target: "strikes on Gaza". */
export function placeActor(kb: Knowledge, p: PlaceMention): Actor {
  const c = p.place.country ? kb.countries.get(p.place.country) : undefined;
  return { text: p.text, id: p.place.country, name: c?.name ?? p.place.name, country: p.place.country, sector: null, role: null };
}
