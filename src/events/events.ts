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
/** Types that, held out on a condition, are threats. */
const CONDITIONAL_THREAT = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
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
  /** The trigger's own recipient prepositions, those of its type, and (for verbs) the direct object. */
  const prepsFor = (e: EventTrigger, verb: boolean): string[] => {
    const own = (e.recipient ?? []).filter((p) => verb || p !== 'obj');
    const typed = kb.recipients.preps[e.event] ?? [];
    const all = [...new Set([...own, ...typed])];
    return verb && !all.includes('obj') ? [...all, 'obj'] : all;
  };

  const datesBySentence = groupBy(dates, (d) => tokens[firstTokenAt(doc, d.start)]?.sentence ?? -1);
  const placesBySentence = groupBy(actors.places, (p) => p.sentence);
  const cueStarts = new Set(statements.map((st) => st.cueStart));
  const containerNouns = new Set(kb.recipients.container_nouns ?? []);

  for (const s of doc.sentences) {
    // Events of this sentence are out[firstOfSentence..]: lookups stay within the sentence.
    const firstOfSentence = out.length;
    const codedWhere = (test: (ev: CodedEvent) => boolean): CodedEvent | undefined => {
      for (let k = firstOfSentence; k < out.length; k++) if (test(out[k]!)) return out[k];
      return undefined;
    };
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
          const verbLike = head.pos === 'VERB' || (head.pos === 'NOUN' && tokens[i - 1]?.lemma === 'have' && tokens[i - 1]?.pos === 'AUX');
          if (e.pos.includes('VERB') && verbLike) { chosen = { end: m.end, entry: e, asVerb: true }; break; }
          if (e.pos.includes('NOUN') && (lastTok.pos === 'NOUN' || (lastTok.pos === 'PROPN' && m.end - 1 === s.first)) && head.pos !== 'VERB') { chosen = { end: m.end, entry: e, asVerb: false }; break; }
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      for (let k = i; k < chosen.end; k++) used.add(k);
      const ev = chosen.asVerb ? verbEvent(s, i, chosen.end, chosen.entry) : nounEvent(s, i, chosen.end, chosen.entry);
      if (ev) out.push(ev);
    }

    function verbEvent(s: Sentence, v: number, vEnd: number, e: EventTrigger): CodedEvent | null {
      if (inConditionClause(s, v)) return null;
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
      // "the venue for signing the treaty", "plans for withdrawing troops": a gerund naming the
      // purpose or topic of a noun is no event.
      // ("days of fighting" is fighting.)
      const before = tokens[gStart - 1]?.lower ?? '';
      if (tokens[v]!.lower.endsWith('ing') && before !== 'of' && PURPOSE_PREPS.has(before) && tokens[gStart - 2]?.pos === 'NOUN') return null;
      // "they don't want Hamas to return": a wish or demand, not an event (negotiation keeps it as a demand).
      if (governing !== null && kb.demandMatcher.matchesAt(governing, lemmaAt).length > 0) return null;
      let actorMs: Mention[];
      let recipientMs: Mention[] = [];
      let place: PlaceMention | null = null;
      let rule = 'event:verb';
      const limit = sh.clauseEnd(v);
      // "a loan backed by frozen assets", "a move condemned by Kyiv": a participle after its noun,
      // with its agent, is a passive without the auxiliary; the noun is not its subject.
      const reducedRelative = gStart === v && !/(s|ing)$/.test(tokens[v]!.lower) && tokens[v]!.lower !== tokens[v]!.lemma
        && ['NOUN', 'PROPN'].includes(tokens[v - 1]?.pos ?? '') && tokens[vEnd]?.lower === 'by';
      if (sh.isPassive(v) || reducedRelative) {
        actorMs = sh.agentOf(v, limit);
        recipientMs = sh.subjectOf(v);
        rule = 'event:passive';
      } else {
        const own = ownSubject(v, sh.subjectOf(v));
        if (own === null) return null;
        actorMs = own;
        if (actorMs.length === 0 && governing !== null) actorMs = sh.subjectOf(governing);
        // "said after meeting Netanyahu", "killed ..., prompting condemnation": a participle takes
        // the subject of the clause it hangs on.
        if (actorMs.length === 0 && tokens[v]!.lower.endsWith('ing')) actorMs = participleSubject(v);
        // The lexicon names the usual prepositions; the direct object is always a candidate too
        // ("freed 39 Palestinian women", "seized the Palestinian side of the crossing").
        let comp = sh.complement(vEnd - 1, prepsFor(e, true), limit, quantifiers);
        // "Israel would not withdraw its forces from Rafah": the actor's own forces are not the target.
        if (comp.mentions.length && comp.mentions.every((m) => actorMs.some((a) => a.actor.id !== null && a.actor.id === m.actor.id))) {
          const after = comp.mentions[comp.mentions.length - 1]!.end - 1;
          comp = sh.complement(after, prepsFor(e, false), limit, quantifiers);
        }
        recipientMs = comp.mentions;
        place = comp.place;
        if (recipientMs.length === 0 && !place) recipientMs = relativeObject(v);
        if (recipientMs.length === 0 && !place) {
          const inner = sh.objectPhraseActor(vEnd - 1, limit, actorMs);
          if (inner) { recipientMs = [inner]; rule = 'event:verb+object-phrase'; }
        }
      }
      // "Qatar hosted Hamas leaders", "a summit hosted by Trump": the guests are the source, the host
      // the target. A host of mere "talks" (no guest named as object) is the third party.
      if (e.swap_roles && (rule === 'event:passive' || (rule === 'event:verb' && recipientMs.some((m) => !m.modifier)))) [actorMs, recipientMs] = [recipientMs, actorMs];
      // A passive verb's object is its subject ("Goma's airport was seized by M23").
      if (e.requires_object && rule !== 'event:passive' && recipientMs.length === 0 && !place && !sh.hasObject(vEnd - 1, e.recipient ?? ['obj'], limit)) return null;
      if (e.requires_actor_object && !recipientMs.some((m) => !m.modifier)) return null;
      if (e.naming_not && namesObject(vEnd, limit)) return null;
      if (e.object_not && e.object_not.length) {
        const head = objectHead(vEnd, limit);
        if (head && e.object_not.includes(head)) return null;
        // "signed the package into law": what the object is made into tells the sense too.
        for (let k = vEnd; k < Math.min(limit, vEnd + 10) && tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'VERB'; k++) {
          if (tokens[k]!.lower !== 'into') continue;
          const made = objectHead(k + 1, limit);
          if (made && e.object_not.includes(made)) return null;
          break;
        }
      }
      if (e.object_events) {
        // A passive verb's object is its subject ("aid trucks were allowed into Gaza"); "allowed in
        // more aid" has a particle first.
        const at = rule === 'event:passive' ? sh.verbGroupStart(v) - 1 : -1;
        // "withdrew from peace talks": the entry's own preposition may come first.
        const first = tokens[vEnd]?.lower === 'in' || (e.recipient ?? []).includes(tokens[vEnd]?.lower ?? '') ? vEnd + 1 : vEnd;
        const head = at >= s.first ? tokens[at]!.lemma : objectHead(first, limit);
        const sense = head ? e.object_events.find((o) => o.nouns.includes(head)) : undefined;
        if (sense) e = { ...e, event: sense.event, mode: sense.mode ?? e.mode, cameo: sense.cameo ?? e.cameo };
      }
      // "seized Damascus", "overran the camp": taking ground is fighting; "seized a tanker" is not.
      if (e.territory_event && takesTerritory(v, vEnd, limit, rule === 'event:passive')) {
        e = { ...e, event: e.territory_event };
        // "recaptured Wad Madani from the RSF": the side that held the ground is the one fought.
        const from = rule === 'event:passive' ? [] : sh.complement(vEnd - 1, ['from'], limit, quantifiers).mentions;
        if (from.length) { recipientMs = from; place = null; }
      }
      const group = verbGroupWords(gStart, v);
      // "ended the talks without agreeing to extend the truce": not done.
      const without = tokens[v]!.lower.endsWith('ing') && tokens[gStart - 1]?.lower === 'without';
      const neg = group.some((w) => negation.has(w)) || (governing !== null && negVerbs.has(tokens[governing]!.lemma)) || yetTo(gStart) || without;
      let future = group.some((w) => futureAux.has(w)) || (governing !== null && futureVerbs.has(tokens[governing]!.lemma));
      // "Israel would strike if the truce collapsed, Katz warned": the condition is the content's, not the warning's.
      const reporting = cueStarts.has(v);
      let hypothetical = group.some((w) => hypo.has(w)) || (!reporting && inConditional(s, v));
      if (pastFuture(group, v, vEnd)) { future = true; hypothetical = false; }
      return build(s, v, vEnd, e, actorMs, recipientMs, place, neg, future, hypothetical, rule);
    }

    function nounEvent(s: Sentence, n0: number, n1: number, e: EventTrigger): CodedEvent | null {
      if (inConditionClause(s, n0)) return null;
      const headNoun = n1 - 1;
      // "a ceasefire proposal", "the peace deal": the noun names a proposal, not an event.
      if (proposalNouns.has(tokens[n1]?.lemma ?? '')) return null;
      // "a plan for a ceasefire", "talks on a truce", "the terms of an agreement": a goal or a
      // topic, not something that happened.
      const carried = [...Array(n1 - n0).keys()].some((d) => supportFor.has(n0 + d));
      if (!carried) {
        let q = n0 - 1;
        while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM')) q--;
        if (q >= s.first && PURPOSE_PREPS.has(tokens[q]!.lower)) return null;
        // "since the Oct. 7 attack by Hamas": a date names the earlier act the news is measured from.
        let r = n0 - 1;
        while (r >= s.first && (['DET', 'ADJ', 'NUM'].includes(tokens[r]!.pos) || (tokens[r]!.pos === 'PROPN' && !actors.byToken[r]) || tokens[r]!.text === '.')) r--;
        if (r >= s.first && tokens[r]!.lower === 'since') return null;
      }
      // "told a rally in Goma", "addressed a protest": the audience of a speaker, not an event.
      {
        let q = n0 - 1;
        while (q >= s.first && ['DET', 'ADJ', 'NUM'].includes(tokens[q]!.pos)) q--;
        if (q >= s.first && tokens[q]!.pos === 'VERB' && kb.speechMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((c) => c.addressee))) return null;
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
        // "retaliation for U.S. tariffs", "in response to Beijing's export controls", "since the
        // Israeli offensive": an earlier act named as cause, topic or time, not the news.
        if (!carried && referencedBefore(owner.start)) return null;
        actorMs = owner.modifier ? [owner] : sh.conjoinedLeft(owner);
        rule = 'event:noun-possessor';
        // "demanded Pashinyan's resignation", "denounced the Israeli strikes", "agreed to Baku's
        // demand": the noun is what the verb's act is about, coded once by the verb. A participle
        // of its own ("sanctions imposed on its leaders") still reports it.
        const ownParticiple = tokens[n1]?.pos === 'VERB' && /(ed|en|wn)$/.test(tokens[n1]!.lower);
        if (!ownParticiple && objectOfEventVerb(owner.start)) return null;
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
        const own = sh.isPassive(sv) ? sh.agentOf(sv, limit) : ownSubject(sv, sh.subjectOf(sv));
        if (own === null) return null;
        actorMs = own;
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
        if (pastFuture(group, sv, sv + 1)) { future = true; hypothetical = false; }
        const gov = governingVerb(sh.verbGroupStart(sv));
        if (gov !== null && isEventTrigger(gov)) return null;
      }
      if (actorMs.length === 0) {
        const agent = sh.agentOf(headNoun, limit);
        // "a truce mediated by Qatar": the agent of a participle in between is that participle's
        // (unless it carries the noun: "an attack carried out by Hamas").
        let own = true;
        for (let q = n1; q < Math.min(limit, n1 + 3) && tokens[q]!.lower !== 'by'; q++) {
          const participle = tokens[q]!.pos === 'VERB' || (tokens[q]!.pos === 'ADJ' && /ed$/.test(tokens[q]!.lower));
          if (participle && kb.supportMatcher.matchesAt(q, lemmaAt).length === 0) own = false;
        }
        if (agent.length && own) { actorMs = agent; rule = 'event:noun-by'; }
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
      return build(s, n0, n1, e, actorMs, comp.mentions.filter((m) => !actorMs.includes(m)), comp.place, negated, future, hypothetical, rule);
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
      // "Ankara would launch an operation against the SDF if its fighters did not disarm": force or
      // sanctions held out on a condition are a threat, and the threat itself is made.
      if (CONDITIONAL_THREAT.has(e.event) && hypothetical && !negated && (inConditional(s, t0) || conditionAfter(s, t1))) {
        e = { ...e, event: 'THREATEN' };
        rule += '+conditional';
        hypothetical = false;
        future = false;
      }
      const loc = locationFor(s, t0, st);
      // Force and aid land somewhere: the place's state is the target or the beneficiary.
      if (recipients.length === 0 && loc && loc.place.country && ['ASSAULT', 'COERCE', 'THREATEN', 'AID'].includes(e.event)) {
        const c = loc.place.country;
        if (!actorList.some((a) => a.country === c)) {
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
          const m = actors.byToken[k];
          if (m && m.start === k && (m.actor.id || m.actor.country) && !actorList.some((x) => x.id === m.actor.id || (x.country !== null && x.country === m.actor.country))) {
            recipients = [m.actor];
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

    /**
     * The subject found for verb v, checked; null when the verb is no event of its own.
     * - "the families of Israelis held hostage by Hamas protested": the "by" agent of a participle
     *   is not the next verb's subject.
     * - "efforts by Berri to reach a ceasefire", "send negotiators to Cairo to continue the talks": a
     *   name inside a prepositional phrase before an infinitive's "to" is not its subject. The
     *   subject is then that of the clause's verb; null when an act coded in between already has the
     *   infinitive as its content or purpose ("pressure on Hamas to release").
     */
    function ownSubject(v: number, subj: Mention[]): Mention[] | null {
      const g = sh.verbGroupStart(v);
      const infinitive = (k: number) => tokens[k]?.lower === 'to' || tokens[k - 1]?.lower === 'to';
      if (subj.length === 0) return subj;
      let q = subj[0]!.start - 1;
      while (q >= s.first && ['DET', 'ADJ', 'NUM'].includes(tokens[q]!.pos)) q--;
      // A coded participle: the noun it modifies ("Israelis") stands for the subject instead.
      const participle = q >= s.first && tokens[q]!.lower === 'by' && !infinitive(g) ? codedWhere((ev) => ev.trigger[1] === q) : undefined;
      if (participle) {
        const modified = sh.mentionEndingAt(participle.trigger[0] - 1);
        return modified && !modified.modifier ? sh.conjoinedLeft(modified) : [];
      }
      // "pagers used by Hezbollah members exploded": an uncoded participle modifying a thing; but
      // "rebels led by HTS seized" (a participle after people) names who they are.
      const pp = tokens[q - 1];
      if (q >= s.first && tokens[q]!.lower === 'by' && !infinitive(g) && pp && (pp.pos === 'VERB' || pp.pos === 'ADJ') && /(ed|en|wn|ld|nt|ht)$/.test(pp.lower) && pp.lower !== pp.lemma
        && tokens[q - 2]?.pos === 'NOUN' && !actors.byToken[q - 2]) return [];
      if (!infinitive(g)) return subj;
      if (q < s.first || tokens[q]!.pos !== 'ADP') return subj;
      for (let r = q - 1; r >= s.first; r--) {
        const t = tokens[r]!;
        if (t.text === ';' || t.text === ':') break;
        // "pressure on Hamas to release": the infinitive is what the coded act asks for.
        if (codedWhere((ev) => ev.trigger[0] <= r && r < ev.trigger[1])) return null;
        if (t.pos === 'VERB' && !t.lower.endsWith('ing') && !infinitive(sh.verbGroupStart(r))) return sh.subjectOf(r);
      }
      return [];
    }

    /** Whether the noun phrase starting at np follows a preposition of purpose, topic, cause or time. */
    function referencedBefore(np: number): boolean {
      let q = np - 1;
      while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM' || tokens[q]!.pos === 'SYM')) q--;
      if (q < s.first) return false;
      const w = tokens[q]!.lower;
      return PURPOSE_PREPS.has(w) || w === 'since' || (w === 'to' && /^(response|reaction|retaliation)$/.test(tokens[q - 1]?.lower ?? ''));
    }

    /** Whether the noun phrase starting at np is the object of an event verb ("condemned the", "agreed to"). */
    function objectOfEventVerb(np: number): boolean {
      let q = np - 1;
      while (q >= s.first && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'NUM')) q--;
      if (q >= s.first && /^(to|for|against)$/.test(tokens[q]!.lower)) q--;
      return q >= s.first && tokens[q]!.pos === 'VERB' && isEventTrigger(q);
    }

    /** "called the sanctions unjustified", "calling it a warning": an object and then what it is called. */
    function namesObject(from: number, limit: number): boolean {
      let k = from;
      let sawObject = false;
      let sawHead = false;
      for (; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        // "calling the U.S. escalation a form of bullying": a determiner after the object's head
        // opens what it is called.
        if (t.pos === 'DET' && sawHead) break;
        if (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) || actors.byToken[k]) { sawObject = true; sawHead ||= t.pos !== 'DET'; if (t.pos === 'PRON') { k++; break; } continue; }
        if (t.pos === 'ADJ' && !sawObject) continue;
        break;
      }
      const next = tokens[k];
      return sawObject && !!next && k < limit && (next.pos === 'ADJ' || /^(a|an|the)$/.test(next.lower) || isQuote(next.text));
    }

    /**
     * Whether the thing taken (the object, or a passive verb's subject) is a town or territory: its
     * head is a gazetteer place of a settled type, a capital standing for its state, or a noun such
     * as "town" or "village". "Goma's airport" and "the side of the crossing" are not.
     */
    function takesTerritory(v: number, vEnd: number, limit: number, passive: boolean): boolean {
      let head = -1;
      if (passive) head = sh.verbGroupStart(v) - 1;
      else {
        for (let k = vEnd; k < Math.min(limit, vEnd + 8); k++) {
          const t = tokens[k]!;
          if (t.pos === 'NOUN' || t.pos === 'PROPN' || actors.placeByToken[k] || actors.byToken[k]) head = k;
          else if (t.text === "'s" || t.text === "'") continue;
          else if (head >= 0 || !['DET', 'ADJ', 'NUM'].includes(t.pos)) break;
        }
      }
      if (head < s.first) return false;
      if (kb.territory.nouns.includes(tokens[head]!.lemma)) return true;
      const place = actors.placeByToken[head];
      if (place && place.end === head + 1 && kb.territory.place_types.includes(place.place.type ?? '')) return true;
      const m = actors.byToken[head];
      return !!m && m.end === head + 1 && m.rule === 'actor:country-metonym';
    }

    /** Lemma of the head noun of the direct object: the last noun before a preposition or the clause end. */
    function objectHead(from: number, limit: number): string | null {
      let head: string | null = null;
      for (let k = from; k < Math.min(limit, from + 8); k++) {
        const t = tokens[k]!;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lemma;
        // "Sudan's unity": the possessor is not the head; nor is a participle ("its expanded controls").
        else if (t.text === "'s" || t.text === "'") continue;
        else if (!head && t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN') continue;
        // "an 18th package of sanctions": the head is what the container holds.
        else if (head && t.lower === 'of' && containerNouns.has(head)) head = null;
        else if (head && !(t.pos === 'NOUN' || t.pos === 'PROPN')) break;
        else if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
      }
      return head;
    }

    function participleSubject(v: number): Mention[] {
      const prev = tokens[v - 1];
      if (!prev || !(prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.text === ',')) return [];
      for (let q = v - 2; q >= s.first; q--) {
        // The finite verb of the main clause: not an infinitive ("48 hours to leave").
        if (tokens[q]!.pos === 'VERB' && !tokens[q]!.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to') return ownSubject(q, sh.subjectOf(q)) ?? [];
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

    /** "if"/"unless" opening a condition: not "asked if" (whether) nor "as if" (a comparison). */
    function conditionCue(k: number): boolean {
      const t = tokens[k]!;
      if (t.lower !== 'if' && t.lower !== 'unless') return false;
      const prev = tokens[k - 1];
      if (k === s.first || !prev) return true;
      if (prev.lower === 'as') return false;
      return prev.text === ',' || prev.pos !== 'VERB';
    }

    /**
     * Whether token i lies inside the condition itself ("... unless Hamas freed hostages",
     * "If Kyiv withdraws, ..."): a condition names what has not happened, so it is no event. The
     * condition runs from its cue to the next comma or semicolon.
     */
    function inConditionClause(s: Sentence, i: number): boolean {
      for (let k = i - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ';' || t.text === ',' || t.text === ':') return false;
        if (conditionCue(k)) return true;
      }
      return false;
    }

    /**
     * "Israel said it would withdraw", "would not hand over ..., the group said": in speech reported
     * in the past, a bare "would" is the past's future, not a hypothesis (unless a condition hangs on it).
     */
    function pastFuture(group: string[], i: number, end: number): boolean {
      if (!group.includes('would') || group.some((w) => w !== 'would' && hypo.has(w))) return false;
      if (inConditional(s, i) || conditionAfter(s, end)) return false;
      const st = statementCovering(statements, i);
      const cue = st ? tokens[st.cueStart] : undefined;
      return !!cue && cue.lower !== cue.lemma && !cue.lower.endsWith('s');
    }

    /** A condition later in the sentence ("would strike ... if the truce collapsed"). */
    function conditionAfter(s: Sentence, i: number): boolean {
      for (let k = i; k < s.last; k++) {
        if (tokens[k]!.text === ';' || tokens[k]!.lower === 'but') return false;
        if (conditionCue(k)) return true;
      }
      return false;
    }

    function inConditional(s: Sentence, i: number): boolean {
      for (let k = i - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ';') return false;
        if (conditionCue(k)) {
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
