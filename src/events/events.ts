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
import { partyKey } from '../actors/resolve.js';
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
/** Force against people or places. */
const FORCE = new Set(['ASSAULT', 'COERCE']);
/** Types whose target owns the object: "condemned their presence", "rejected his claims". */
const POSSESSED_TARGET = new Set(['ACCUSE', 'REJECT', 'PROTEST']);
/** Responses to a proposal, aimed at whoever put it forward. */
const PROPOSAL_RESPONSES = new Set(['AGREE', 'REJECT', 'SUPPORT']);
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
  const proposalNouns = new Set(kb.negotiation.proposal_nouns);
  const quantifiers = kb.recipients.quantifiers.map((q) => q.split(' '));
  const symmetricTypes = new Set(kb.recipients.symmetric_types);
  const symmetricLemmas = new Set(kb.recipients.symmetric_lemmas);
  const reactionVerbs = new Set(kb.recipients.reaction_verbs ?? []);
  const thirdPartyVerbs = new Set(kb.recipients.third_party_verbs ?? []);
  const accusedIsTarget = new Set(kb.recipients.accused_target_types ?? []);
  const locationTypes = new Set(kb.recipients.location_types ?? []);
  const locationModes = new Set(kb.recipients.location_modes ?? []);
  const locationLemmas = new Set(kb.recipients.location_lemmas ?? []);
  const landsOnPlace = (e: EventTrigger) => locationTypes.has(e.event) || (e.mode != null && locationModes.has(e.mode)) || locationLemmas.has(e.lemma);
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
      if (tokens[i]!.pos !== 'VERB') continue;
      const sm = kb.supportMatcher.matchesAt(i, lemmaAt)[0];
      if (!sm) continue;
      for (let k = sm.end; k < Math.min(s.last, sm.end + 7); k++) {
        const t = tokens[k]!;
        // The event noun is the verb's object ("launched waves of missiles"); "put forward for a
        // ceasefire" names a purpose.
        // "U.S.-led ceasefire talks": a participle inside the noun phrase does not end it.
        // ("narrow and focused" ground raids: quotation marks inside the phrase do not end it.)
        const nextWord = tokens[k + 1] && isQuote(tokens[k + 1]!.text) ? tokens[k + 2] : tokens[k + 1];
        const adjectival = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (tokens[k - 1]?.text === '-' || nextWord?.pos === 'NOUN');
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
    const sentenceEvents = out.length;
    for (let i = s.first; i < s.last; i++) {
      if (used.has(i)) continue;
      const matches = phraseAt(i);
      let chosen: { end: number; entry: EventTrigger; asVerb: boolean } | undefined;
      for (const m of matches) {
        const lastTok = tokens[m.end - 1]!;
        const head = tokens[i]!;
        for (const e of m.values) {
          // wink sometimes tags a participle after "had" as a noun ("had shot down").
          const verbLike = head.pos === 'VERB' || (head.pos === 'NOUN' && tokens[i - 1]?.lemma === 'have' && tokens[i - 1]?.pos === 'AUX');
          if (e.pos.includes('VERB') && verbLike) { chosen = { end: m.end, entry: e, asVerb: true }; break; }
          if (e.pos.includes('NOUN') && (lastTok.pos === 'NOUN' || (lastTok.pos === 'PROPN' && m.end - 1 === s.first)) && head.pos !== 'VERB') { chosen = { end: m.end, entry: e, asVerb: false }; break; }
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      for (let k = i; k < chosen.end; k++) used.add(k);
      // "would withdraw if Hamas freed the hostages": the condition is what the offer or threat
      // asks for (its recipient's part), not an event of its own.
      if (inConditionClause(s, i)) continue;
      const ev = chosen.asVerb ? verbEvent(s, i, chosen.end, chosen.entry) : nounEvent(s, i, chosen.end, chosen.entry);
      if (ev) out.push(ev);
    }
    const here = out.slice(sentenceEvents);
    targetAccused(here);
    targetOfFirstConjunct(here);
    releaseFromCaptor(here);

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
      let actorMs: Mention[];
      let recipientMs: Mention[] = [];
      let place: PlaceMention | null = null;
      let rule = 'event:verb';
      const limit = sh.clauseEnd(v);
      if (sh.isPassive(v)) {
        actorMs = sh.agentOf(v, limit);
        recipientMs = sh.subjectOf(v);
        if (recipientMs.length === 0) {
          const target = subjectPhraseTarget(v);
          recipientMs = target.mentions;
          place = target.place;
        }
        rule = 'event:passive';
      } else {
        actorMs = sh.subjectOf(v);
        if (actorMs.length === 0 && governing !== null) actorMs = sh.subjectOf(governing);
        // "said after meeting Netanyahu", "killed ..., prompting condemnation": a participle takes
        // the subject of the clause it hangs on.
        if (actorMs.length === 0 && tokens[v]!.lower.endsWith('ing')) actorMs = participleSubject(v);
        // The lexicon names the usual prepositions; the direct object is always a candidate too
        // ("freed 39 Palestinian women", "seized the Palestinian side of the crossing").
        let comp = sh.complement(vEnd - 1, prepsFor(e, true), limit, quantifiers);
        comp = { ...comp, mentions: comp.mentions.map((m) => rebindObjectPronoun(m, actorMs)) };
        // "Israel would not withdraw its forces from Rafah": the actor's own forces are not the target.
        if (comp.mentions.length && comp.mentions.every((m) => actorMs.some((a) => a.actor.id !== null && a.actor.id === m.actor.id))) {
          const after = comp.mentions[comp.mentions.length - 1]!.end - 1;
          comp = sh.complement(after, prepsFor(e, false), limit, quantifiers);
        }
        recipientMs = comp.mentions;
        place = comp.place;
        if (recipientMs.length === 0 && !place) recipientMs = relativeObject(v);
        // (A relative clause read as the object's may have named the actor itself.)
        const onlyOwn = recipientMs.every((m) => actorMs.some((a) => sameParty(a.actor, m.actor)));
        if (onlyOwn && !place && PROPOSAL_RESPONSES.has(e.event)) {
          const author = proposalAuthor(vEnd, limit, actorMs);
          if (author.length) { recipientMs = author; rule = 'event:verb+proposal-author'; }
        }
        if (recipientMs.length === 0 && !place && POSSESSED_TARGET.has(e.event)) {
          const owner = possessiveObjectOwner(vEnd, limit, actorMs);
          if (owner.length) { recipientMs = owner; rule = 'event:verb+object-possessor'; }
        }
        if (recipientMs.length === 0 && !place) {
          const inner = sh.objectPhraseActor(vEnd - 1, limit, actorMs);
          if (inner) { recipientMs = [inner]; rule = 'event:verb+object-phrase'; }
        }
      }
      // A passive verb's object is its subject ("Goma's airport was seized by M23").
      if (e.requires_object && rule !== 'event:passive' && recipientMs.length === 0 && !place && !sh.hasObject(vEnd - 1, e.recipient ?? ['obj'], limit)) return null;
      if (e.requires_actor_object && !recipientMs.some((m) => !m.modifier)) return null;
      if (e.naming_not && namesObject(vEnd, limit)) return null;
      if (e.object_not && e.object_not.length) {
        const head = objectHead(vEnd, limit);
        if (head && e.object_not.includes(head)) return null;
      }
      const group = verbGroupWords(gStart, v);
      // "ended the talks without agreeing to extend the truce": a gerund after a negating preposition.
      const negGerund = tokens[v]!.lower.endsWith('ing') && tokens[gStart - 1]?.pos === 'ADP' && negation.has(tokens[gStart - 1]!.lower);
      const neg = group.some((w) => negation.has(w)) || (governing !== null && negVerbs.has(tokens[governing]!.lemma)) || yetTo(gStart) || negGerund;
      const future = group.some((w) => futureAux.has(w)) || (governing !== null && futureVerbs.has(tokens[governing]!.lemma));
      const hypothetical = group.some((w) => hypo.has(w)) || inConditional(s, v);
      return build(s, v, vEnd, e, actorMs, recipientMs, place, neg, future, hypothetical, rule);
    }

    function nounEvent(s: Sentence, n0: number, n1: number, e: EventTrigger): CodedEvent | null {
      const headNoun = n1 - 1;
      // "a ceasefire proposal", "the peace deal": the noun names a proposal, not an event.
      if (proposalNouns.has(tokens[n1]?.lemma ?? '')) return null;
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
        actorMs = sh.isPassive(sv) ? sh.agentOf(sv, limit) : sh.subjectOf(sv);
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
      let hostedBy = false;
      if (actorMs.length === 0) {
        const agent = sh.agentOf(headNoun, limit);
        // "a truce mediated by Qatar": a mediator or host is no party to the truce, though it
        // takes part in the talks it hosts.
        // (wink may tag the participle as an adjective: "mediated/ADJ".)
        const p = tokens[headNoun + 1];
        const third = !!p && (p.pos === 'VERB' || p.pos === 'ADJ') && [p.lemma, p.lower.replace(/d$/, ''), p.lower.replace(/ed$/, '')].some((f) => thirdPartyVerbs.has(f));
        if (agent.length && !(third && e.event !== 'CONSULT')) { actorMs = agent; rule = 'event:noun-by'; hostedBy = third; }
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
      if (recipientMs.length === 0 && !comp.place) {
        let p0 = owner ? owner.start : n0;
        while (p0 - 1 >= s.first && /^(a|an|the)$/.test(tokens[p0 - 1]!.lower)) p0--;
        const rr = reducedRelativeTarget(p0);
        if (rr.mentions.length || rr.place) {
          rule += '+reduced-relative';
          return build(s, n0, n1, e, actorMs, rr.mentions.filter((m) => !actorMs.includes(m)), rr.place, negated, future, hypothetical, rule);
        }
      }
      // "X and Y met in Doha in talks hosted by Qatar": the host consults the clause's subjects.
      if (recipientMs.length === 0 && !comp.place && hostedBy) {
        for (let q = n0 - 1; q >= s.first; q--) {
          if (tokens[q]!.text === ',' || tokens[q]!.text === ';') break;
          if (tokens[q]!.pos !== 'VERB') continue;
          recipientMs = sh.subjectOf(q).filter((m) => !actorMs.some((a) => sameParty(a.actor, m.actor)));
          if (recipientMs.length) rule += '+hosted-parties';
          break;
        }
      }
      // "Russian strikes killed 20 people, drawing condemnation from the EU": a reaction the
      // subject's deed provoked is aimed at that subject.
      if (recipientMs.length === 0 && !comp.place && rule === 'event:noun-from') {
        const target = reactionTarget(n0);
        if (target.length) { recipientMs = target; rule += '+reaction-to-subject'; }
      }
      return build(s, n0, n1, e, actorMs, recipientMs, comp.place, negated, future, hypothetical, rule);
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
      // "would withdraw if Kabul released the prisoners", "threatened to strike unless Pyongyang
      // halted its tests": a conditional offer or threat is aimed at whoever must meet the condition.
      // "would pull back its forces if ...": the actor's own forces are no target.
      recipients = recipients.filter((r) => !actorList.some((a) => a.id !== null && a.id === r.id));
      if (recipients.length === 0) {
        const cond = conditionSubject(s, t0, t1).filter((m) => !vague(m)).map((m) => m.actor)
          .filter((r) => !actorList.some((a) => sameParty(a, r)));
        if (cond.length) {
          recipients = uniqueActors(cond);
          rule += '+recipient-from-condition';
        }
      }
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
      const loc = locationFor(s, t0, st);
      // Force and aid land somewhere: the place's state is the target or the beneficiary.
      if (recipients.length === 0 && loc && loc.place.country && landsOnPlace(e)) {
        const c = loc.place.country;
        // A rebel group fighting in its own country strikes that state; the state itself does not.
        if (!actorList.some((a) => partyKey(a) === c)) {
          recipients = [placeActor(kb, loc)];
          rule += '+recipient-from-location';
        }
      }
      // A threat's target is in what is threatened: "threatened to impose tariffs on Chinese
      // imports", "Israel would strike deep into Lebanon, Katz warned".
      if (recipients.length === 0 && e.event === 'THREATEN') {
        const own = statements.find((x) => x.cueStart === t0);
        const [a, b] = own ? own.contentTokens : [t1, sh.clauseEnd(t0)];
        for (let k = a; k < b; k++) {
          // ", calling them an aggression against Lebanon": a participle clause says something else.
          if (tokens[k]!.text === ',' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]!.lower.endsWith('ing')) break;
          const m = actors.byToken[k];
          // A rebel group is not its own state's side ("Congo would drive out M23").
          if (m && m.start === k && (m.actor.id || m.actor.country) && !actorList.some((x) => sameParty(x, m.actor))) {
            recipients = uniqueActors((m.modifier ? [m] : sh.conjoinedRight(m, b)).map((x) => x.actor).filter((r) => !actorList.some((x) => sameParty(x, r))));
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
      // "marched through Kabul chanting slogans against the Taliban": what the protest is against,
      // in a participle clause after it.
      if (recipients.length === 0 && e.event === 'PROTEST') {
        const end = st && st.contentTokens[1] > t1 ? st.contentTokens[1] : s.last;
        for (let k = t1; k < end; k++) {
          const t = tokens[k]!;
          if (t.text === ';' || (t.text === ',' && tokens[k + 1]?.pos !== 'VERB')) break;
          if (t.lower !== 'against') continue;
          const r = sh.npAt(k + 1, end).mentions.filter((m) => !vague(m)).map((m) => m.actor).filter((x) => !actorList.some((a) => sameParty(a, x)));
          if (r.length) { recipients = uniqueActors(r); rule += '+recipient-against'; }
          break;
        }
      }
      // Protesters protest to the authorities where they are ("rallied in Tel Aviv").
      if (recipients.length === 0 && e.event === 'PROTEST' && loc && loc.place.country) {
        recipients = [placeActor(kb, loc)];
        rule += '+recipient-from-location';
      }
      const date = dateFor(s, t0, st);
      const lo = Math.min(t0, ...actorMs.map((m) => m.start));
      const hi = Math.max(t1, ...recipientMs.map((m) => m.end));
      return {
        sentence: s.index, trigger: [t0, t1], entry: e, actors: actorList, recipients,
        negated, future, hypothetical, assertedBy: st ? st.speaker.actor : null,
        date, place: loc, span: [tokens[lo]!.start, tokens[hi - 1]!.end], rule, mode: e.mode ?? null,
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

    /** "called the sanctions unjustified", "calling it a warning": an object and then what it is called. */
    function namesObject(from: number, limit: number): boolean {
      let k = from;
      let sawObject = false;
      for (; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        if (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) || actors.byToken[k]) { sawObject = true; if (t.pos === 'PRON') { k++; break; } continue; }
        if (t.pos === 'ADJ' && !sawObject) continue;
        break;
      }
      const next = tokens[k];
      return sawObject && !!next && k < limit && (next.pos === 'ADJ' || /^(a|an)$/.test(next.lower) || isQuote(next.text));
    }

    /** Lemma of the head noun of the direct object: the last noun before a preposition or the clause end. */
    function objectHead(from: number, limit: number): string | null {
      let head: string | null = null;
      for (let k = from; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lemma;
        else if (head && !(t.pos === 'NOUN' || t.pos === 'PROPN')) break;
        else if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
      }
      return head;
    }

    function participleSubject(v: number, skipFrame = false): Mention[] {
      const prev = tokens[v - 1];
      if (!prev || !(prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.text === ',')) return [];
      // "people displaced by fighting": a gerund as a passive's agent is a noun, with no subject.
      if (prev.lower === 'by' && tokens[v - 2]?.pos === 'VERB' && /(ed|en)$/.test(tokens[v - 2]!.lower)) return [];
      for (let q = v - 2; q >= s.first; q--) {
        // A reporting frame in between (", the charity said, prompting ...") is not the clause
        // whose deed prompted the reaction.
        const frame = skipFrame && tokens[q + 1]?.text === ',' ? statements.find((st) => st.cueStart === q && tokens[st.speaker.start - 1]?.text === ',') : undefined;
        if (frame) { q = Math.min(q, frame.speaker.start); continue; }
        // The finite verb of the main clause: not an infinitive ("48 hours to leave").
        // A participle inside a noun phrase ("the Liberian-flagged ship", "a law passed by
        // parliament") has no subject of its own: keep looking for the clause's verb.
        if (tokens[q]!.pos === 'VERB' && !tokens[q]!.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to') {
          const subj = sh.subjectOf(q);
          if (subj.length || !/(ed|en)$/.test(tokens[q]!.lower) || sh.verbGroupStart(q) !== q) return subj;
        }
      }
      return [];
    }

    function threatCue(st: Statement): boolean {
      const cs = doc.sentences[st.sentence]!;
      return kb.eventMatcher.matchesAt(st.cueStart, (q) => (q < cs.last ? tokens[q]!.lemma : undefined)).some((m) => m.values.some((e) => e.event === 'THREATEN'));
    }

    function isEventTrigger(v: number): boolean {
      return kb.eventMatcher.matchesAt(v, lemmaAt).some((m) => m.values.some((e) => e.pos.includes('VERB')));
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

    /** Whether token i is inside an "if"/"unless" clause (up to the clause's comma). */
    function inConditionClause(s: Sentence, i: number): boolean {
      for (let k = i - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ',' || t.text === ';' || t.text === ':' || isQuote(t.text)) return false;
        if (/^(if|unless)$/.test(t.lower)) return !/^(as|even)$/.test(tokens[k - 1]?.lower ?? '');
      }
      return false;
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

    /**
     * "Rebels detained 13 aid workers, the U.N. said, calling for their release": a demand for a
     * release is aimed at whoever holds the people, named by a detention in the same sentence.
     */
    function releaseFromCaptor(events: CodedEvent[]): void {
      for (const ev of events) {
        if (ev.recipients.length > 0 || ev.entry.event !== 'REQUEST') continue;
        const end = sh.clauseEnd(ev.trigger[0]);
        let asksRelease = false;
        for (let k = ev.trigger[1]; k < end && !asksRelease; k++) {
          asksRelease = kb.eventMatcher.matchesAt(k, lemmaAt).some((m) => m.values.some((x) => x.mode === 'release'));
        }
        if (!asksRelease) continue;
        const holds = (c: CodedEvent) => (c.entry.event === 'COERCE' && c.entry.mode !== 'seize') || c.entry.mode === 'abduct';
        const captor = events.find((c) => holds(c) && !c.negated && !c.actors.some((a) => ev.actors.some((b) => sameParty(a, b))));
        if (!captor) continue;
        ev.recipients = captor.actors;
        ev.rule += '+recipient-captor';
      }
    }

    /**
     * "Houthi forces raided U.N. offices and detained 11 staff members": force used in a second
     * conjunct on people no actor names lands on the first conjunct's target.
     */
    function targetOfFirstConjunct(events: CodedEvent[]): void {
      for (const ev of events) {
        // The place where it happened is only a fallback: the first conjunct's target says more.
        const fromPlace = ev.rule.endsWith('+recipient-from-location');
        if ((ev.recipients.length > 0 && !fromPlace) || !FORCE.has(ev.entry.event)) continue;
        const e0 = ev.trigger[0];
        for (const prev of events) {
          if (prev === ev || !FORCE.has(prev.entry.event) || prev.recipients.length === 0 || prev.trigger[1] > e0) continue;
          if (!prev.actors.some((a) => ev.actors.some((b) => sameParty(a, b)))) continue;
          // Only "and" (and the first conjunct's words) between: no comma, no new subject.
          let joined = false;
          for (let q = prev.trigger[1]; q < e0; q++) {
            if (tokens[q]!.text === ',' || tokens[q]!.text === ';' || tokens[q]!.pos === 'VERB') { joined = false; break; }
            if (tokens[q]!.lower === 'and') joined = !actors.byToken[q + 1];
          }
          if (!joined) continue;
          ev.recipients = prev.recipients;
          ev.rule = ev.rule.replace(/\+recipient-from-location$/, '') + '+recipient-of-first-conjunct';
          break;
        }
      }
    }

    /**
     * "Hamas postponed the release, accusing Israel of violating the truce", "blamed Israel for
     * the blasts and vowed to retaliate": a hostile step its actor justifies by an accusation in
     * the same clause complex is aimed at the accused.
     */
    function targetAccused(events: CodedEvent[]): void {
      for (const ev of events) {
        if (ev.recipients.length > 0 || !accusedIsTarget.has(ev.entry.event)) continue;
        for (const acc of events) {
          if (acc === ev || acc.entry.event !== 'ACCUSE' || acc.entry.mode !== 'allege' || acc.recipients.length === 0 || acc.negated) continue;
          if (!acc.actors.some((a) => ev.actors.some((b) => sameParty(a, b)))) continue;
          const [a0, a1] = acc.trigger;
          const [e0, e1] = ev.trigger;
          // ", accusing X of ..." after the step, or "blamed X ... and vowed to ..." before it.
          const participleAfter = a0 >= e1 && tokens[a0 - 1]?.text === ',' && tokens[a0]!.lower.endsWith('ing');
          let coordinatedBefore = false;
          if (a1 <= e0) {
            for (let q = a1; q < e0; q++) {
              if (tokens[q]!.text === ',' || tokens[q]!.text === ';') break;
              if (tokens[q]!.lower === 'and' && !actors.byToken[q + 1]) { coordinatedBefore = true; break; }
            }
          }
          if (!participleAfter && !coordinatedBefore) continue;
          const targets = acc.recipients.filter((r) => !ev.actors.some((a) => sameParty(a, r)));
          if (targets.length === 0) continue;
          ev.recipients = targets;
          ev.rule += '+recipient-accused';
          break;
        }
      }
    }

    /** The subject of the reaction verb ("drew", "prompting") whose object is the event noun at n0. */
    function reactionTarget(n0: number): Mention[] {
      let q = n0 - 1;
      while (q >= s.first && ['DET', 'ADJ'].includes(tokens[q]!.pos)) q--;
      if (q < s.first || tokens[q]!.pos !== 'VERB' || !reactionVerbs.has(tokens[q]!.lemma)) return [];
      if (sh.isPassive(q)) return [];
      const subj = sh.subjectOf(q);
      return subj.length ? subj : tokens[q]!.lower.endsWith('ing') ? participleSubject(q, true) : [];
    }

    /**
     * The state behind a passive verb's subject phrase when no actor heads it: "Goma's airport was
     * seized" (a place), "Three Iranian nuclear sites, including ..., were bombed" (a demonym).
     */
    function subjectPhraseTarget(v: number): { mentions: Mention[]; place: PlaceMention | null } {
      let k = sh.verbGroupStart(v) - 1;
      // ", including the Fordow plant,": an example list between commas.
      if (tokens[k]?.text === ',') {
        for (let q = k - 1; q >= Math.max(s.first, k - 12); q--) {
          if (tokens[q]!.text !== ',') continue;
          if (tokens[q + 1]?.lower === 'including') k = q - 1;
          break;
        }
      }
      return phraseTarget(k);
    }

    /** The place or demonym inside the noun phrase ending at k ("a British-registered cargo ship"). */
    function phraseTarget(k: number): { mentions: Mention[]; place: PlaceMention | null } {
      for (let q = k; q >= Math.max(s.first, k - 6); q--) {
        const p = actors.placeByToken[q];
        if (p) return { mentions: [], place: p };
        const m = actors.byToken[q];
        if (m && m.modifier) return { mentions: [m], place: null };
        const t = tokens[q]!;
        const inPhrase = ['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET'].includes(t.pos) || t.text === "'s" || t.text === "'" || t.text === '-' || (t.pos === 'VERB' && tokens[q - 1]?.text === '-');
        if (!inPhrase) break;
      }
      return { mentions: [], place: null };
    }

    /** "a cargo ship hit by a Houthi missile": the noun phrase a participle with "by" modifies. */
    function reducedRelativeTarget(phraseStart: number): { mentions: Mention[]; place: PlaceMention | null } {
      const by = phraseStart - 1;
      const part = tokens[by - 1];
      if (tokens[by]?.lower !== 'by' || !part || !(part.pos === 'VERB' || part.pos === 'ADJ') || sh.verbGroupStart(by - 1) !== by - 1) return { mentions: [], place: null };
      // Only a participle right after its noun: "ship hit by", not "was hit by" (the passive clause codes that).
      if (!['NOUN', 'PROPN'].includes(tokens[by - 2]?.pos ?? '')) return { mentions: [], place: null };
      const m = sh.mentionEndingAt(by - 2);
      if (m && !m.modifier) return { mentions: [m], place: null };
      return phraseTarget(by - 2);
    }

    /**
     * An object pronoun is not its own clause's subject: in "Sudan cut ties with the UAE, accusing
     * it of ...", "it" is the UAE, the nearest other state or organisation named before it.
     */
    function rebindObjectPronoun(m: Mention, actorMs: Mention[]): Mention {
      if (m.rule !== 'actor:pronoun' || !actorMs.some((a) => sameParty(a.actor, m.actor))) return m;
      const want = (c: Mention) => {
        if (c.modifier || c.kind === 'pronoun' || c.kind === 'anaphor' || actorMs.some((a) => sameParty(a.actor, c.actor))) return false;
        const person = c.kind === 'person' || c.kind === 'unknown';
        if (m.gender !== null) return person && (c.gender === null || c.gender === m.gender);
        if (m.plural) return !person && (c.plural || c.kind === 'group');
        return !person && !c.plural && (c.kind === 'country' || c.kind === 'org');
      };
      for (let q = m.start - 1; q >= s.first; q--) {
        const c = actors.byToken[q];
        if (!c || c.end !== q + 1) continue;
        q = c.start;
        if (want(c)) return c;
      }
      return m;
    }

    /**
     * The owner named by a possessive opening the object ("condemned their continued presence"):
     * the nearest compatible mention before it, unless that is the actor itself ("defended its
     * decision").
     */
    function possessiveObjectOwner(from: number, limit: number, actorMs: Mention[]): Mention[] {
      let k = from;
      while (k < limit && tokens[k]!.pos === 'ADV') k++;
      const w = tokens[k]?.lower ?? '';
      if (k >= limit || !/^(its|their|his|her)$/.test(w) || actors.byToken[k]) return [];
      for (let q = from - 1; q >= s.first; q--) {
        const c = actors.byToken[q];
        if (!c || c.end !== q + 1) continue;
        q = c.start;
        if (c.modifier || (c.kind === 'pronoun' && c.rule === 'actor:pronoun' && actorMs.includes(c))) continue;
        const person = c.kind === 'person' || c.kind === 'unknown';
        const groupLike = c.plural || c.kind === 'group' || c.rule === 'actor:possessive-group';
        const fits = w === 'their' ? !person && groupLike : w === 'its' ? !person && !c.plural && (c.kind === 'country' || c.kind === 'org') : person && (c.gender === null || c.gender === (w === 'his' ? 'm' : 'f'));
        if (!fits) continue;
        if (actorMs.some((a) => sameParty(a.actor, c.actor))) return [];
        return c.actor.id || c.actor.country ? [c] : [];
      }
      return [];
    }

    /**
     * The author of the proposal a verb takes as its object: "accepted a proposal by Norway and
     * Cuba", "rejected their plan" (the nearest other party named before), "the offer" after an
     * earlier "Kabul had proposed ..." in the sentence. A name inside the phrase ("the Turkish
     * plan") is found by the object search already.
     */
    function proposalAuthor(from: number, limit: number, actorMs: Mention[]): Mention[] {
      const own = (m: Mention) => actorMs.some((a) => sameParty(a.actor, m.actor));
      let head = -1;
      let possessive: string | null = null;
      let definite = false;
      let anyHead = -1;
      for (let k = from; k < Math.min(limit, from + 7); k++) {
        const t = tokens[k]!;
        // "backed efforts by parliament speaker Nabih Berri": any object's "by" phrase names its author.
        if (t.pos === 'NOUN' && (tokens[k + 1]?.lower === 'by' || tokens[k + 1]?.lower === 'from') && anyHead < 0) anyHead = k;
        if (proposalNouns.has(t.lemma) && t.pos === 'NOUN') {
          head = k;
          // "the truce proposal": the last noun of a compound is the head.
          while (head + 1 < limit && proposalNouns.has(tokens[head + 1]!.lemma) && tokens[head + 1]!.pos === 'NOUN') head++;
          break;
        }
        if (/^(its|their|his|her)$/.test(t.lower)) { possessive = t.lower; continue; }
        if (/^(the|this|that)$/.test(t.lower)) { definite = true; continue; }
        if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos) && !(t.pos === 'VERB' && /(ed|ing)$/.test(t.lower))) break;
      }
      if (head < 0) head = anyHead;
      if (head < 0) return [];
      const named = proposalNouns.has(tokens[head]!.lemma);
      // "a proposal by the United States, Saudi Arabia and Egypt", "offers presented by Qatar".
      let k = head + 1;
      if (tokens[k]?.pos === 'VERB' && /(ed|en)$/.test(tokens[k]!.lower)) k++;
      if (k < limit && /^(by|from)$/.test(tokens[k]!.lower)) {
        const m = sh.mentionStartingAt(k + 1);
        if (m && !m.modifier && !own(m)) return sh.conjoinedRight(m, limit);
      }
      if (!named) return [];
      if (possessive) {
        // "informed the Qatari and Egyptian mediators that it accepted their proposal".
        const person = possessive === 'his' || possessive === 'her';
        for (let q = from - 1; q >= s.first; q--) {
          const m = actors.byToken[q];
          if (!m || m.end !== q + 1) continue;
          q = m.start;
          if (m.modifier || m.kind === 'pronoun' || own(m)) continue;
          const isPerson = m.kind === 'person' || m.kind === 'unknown';
          if (person !== isPerson) continue;
          const group = sh.conjoinedLeft(m);
          if (possessive === 'their' && !m.plural && group.length < 2) continue;
          if (possessive === 'its' && m.plural) continue;
          return group;
        }
        return [];
      }
      if (definite) {
        // "Kyiv had proposed a full ceasefire, but Moscow had not accepted the offer."
        for (let q = from - 1; q >= s.first; q--) {
          if (tokens[q]!.pos !== 'VERB' || kb.proposingMatcher.matchesAt(q, lemmaAt).length === 0) continue;
          const by = sh.isPassive(q) ? sh.agentOf(q, limit) : sh.subjectOf(q);
          const others = by.filter((m) => !own(m));
          if (others.length) return others;
        }
      }
      return [];
    }

    /**
     * Who must meet the condition of the trigger's clause: the subject of an "if"/"unless" clause
     * after it ("would pull back if Congo disarmed the militia") or fronted before it ("If Seoul
     * resumes the drills, Pyongyang will ..."). "as if" and "even if" set no condition.
     */
    function conditionSubject(s: Sentence, t0: number, t1: number): Mention[] {
      const isCond = (k: number) => /^(if|unless)$/.test(tokens[k]!.lower) && !/^(as|even)$/.test(tokens[k - 1]?.lower ?? '');
      const subjectAfter = (k: number): Mention[] => {
        const m = sh.mentionStartingAt(k + 1);
        if (!m || (m.modifier && tokens[m.end]?.pos !== 'NOUN')) return [];
        return m.modifier ? [m] : sh.conjoinedRight(m, s.last);
      };
      for (let k = t1; k < s.last; k++) {
        const t = tokens[k]!;
        if (t.text === ';' || t.text === ':') break;
        // "..., and Hamas said ...": a new clause with a subject of its own.
        if (/^(and|but)$/.test(t.lower)) {
          const next = sh.mentionStartingAt(k + 1);
          if (next && next.subjectLike) break;
        }
        if (isCond(k)) return subjectAfter(k);
      }
      const g = sh.verbGroupStart(t0);
      let comma = false;
      for (let k = g - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ';' || t.text === ':') break;
        if (t.text === ',') comma = true;
        if (isCond(k)) return comma ? subjectAfter(k) : [];
      }
      return [];
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

/** The same side: one actor, or a person and the state or organisation they act for. */
function sameParty(a: Actor, b: Actor): boolean {
  return (a.id !== null && a.id === b.id) || partyKey(a) === partyKey(b);
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
