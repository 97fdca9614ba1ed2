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
/** Aspect verbs before a gerund ("began withdrawing"): the event is the gerund's, the subject theirs. */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'keep']);
const LOCATIVE = new Set(['in', 'near', 'at', 'through', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'over', 'toward', 'towards']);

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
  const weaponNouns = new Set(kb.recipients.weapon_subjects ?? []);
  const instrumentNouns = new Set(kb.recipients.instrument_nouns ?? []);
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
      if (tokens[i]!.pos !== 'VERB') continue;
      const sm = kb.supportMatcher.matchesAt(i, lemmaAt)[0];
      if (!sm) continue;
      for (let k = sm.end; k < Math.min(s.last, sm.end + 7); k++) {
        const t = tokens[k]!;
        // The event noun is the verb's object ("launched waves of missiles"); "put forward for a
        // ceasefire" names a purpose.
        // "U.S.-led ceasefire talks": a participle inside the noun phrase does not end it.
        // 'began "narrow and focused" ground raids': a closing quote does not end the noun phrase.
        const nextTok = isQuote(tokens[k + 1]?.text ?? '') ? tokens[k + 2] : tokens[k + 1];
        const adjectival = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (tokens[k - 1]?.text === '-' || nextTok?.pos === 'NOUN');
        if (t.text === ',' || t.text === '.' || (t.pos === 'VERB' && !adjectival) || (t.pos === 'ADP' && t.lower !== 'of')) break;
        const em = phraseAt(k)[0];
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
        for (const e of constrainedFirst(m.values)) {
          // wink sometimes tags a participle after "had" as a noun ("had shot down").
          // Nor is "aircraft shot down several drones" a noun: a particle after it makes a phrasal verb.
          const phrasal = head.pos === 'NOUN' && m.end - i === 2 && ['ADP', 'ADV', 'PART'].includes(lastTok.pos) && !['DET', 'ADJ', 'ADP', 'NUM'].includes(tokens[i - 1]?.pos ?? 'DET');
          const verbLike = head.pos === 'VERB' || phrasal || (head.pos === 'NOUN' && tokens[i - 1]?.lemma === 'have' && tokens[i - 1]?.pos === 'AUX');
          if (e.pos.includes('VERB') && verbLike) {
            if (!fits(e, i, m.end, true)) continue;
            chosen = { end: m.end, entry: e, asVerb: true }; break;
          }
          if (e.pos.includes('NOUN') && (lastTok.pos === 'NOUN' || (lastTok.pos === 'PROPN' && m.end - 1 === s.first) || nominalAdjective(m.end - 1)) && head.pos !== 'VERB') {
            if (!fits(e, i, m.end, false)) continue;
            chosen = { end: m.end, entry: e, asVerb: false }; break;
          }
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      if (!chosen.asVerb) chosen.entry = modifiedSense(i, chosen.end, chosen.entry);
      for (let k = i; k < chosen.end; k++) used.add(k);
      const ev = chosen.asVerb ? verbEvent(s, i, chosen.end, chosen.entry) : nounEvent(s, i, chosen.end, chosen.entry);
      if (ev) out.push(ev);
    }
    // An unattributed attack is the same one as an attributed attack in its sentence
    // ("peacekeepers were wounded when an Israeli tank fired").
    const here = out.filter((x) => x.sentence === s.index && x.entry.event === 'ASSAULT');
    if (here.some((x) => x.actors.length === 0) && here.some((x) => x.actors.length > 0)) {
      for (let q = out.length - 1; q >= 0 && out[q]!.sentence === s.index; q--) if (out[q]!.entry.event === 'ASSAULT' && out[q]!.actors.length === 0) out.splice(q, 1);
    }

    /**
     * A premodifier a few words before an event noun can select a longer entry: "their joint
     * Zapad-2025 military exercises" is a "joint military exercise" (COOPERATE), not a "military
     * exercise" (MOBILIZE).
     */
    function modifiedSense(n0: number, n1: number, e: EventTrigger): EventTrigger {
      const tail: string[] = [];
      for (let k = n0; k < n1; k++) tail.push(tokens[k]!.lemma);
      const heads = tail.length > 1 ? [tail, tail.slice(-1)] : [tail];
      for (let q = n0 - 1; q >= Math.max(s.first, n0 - 6); q--) {
        const t = tokens[q]!;
        if (!(['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.text === '-')) break;
        // "joint naval drills": the modifier with the whole trigger, or with its head noun alone.
        for (const h of heads) {
          const seq = [t.lemma, ...h];
          const m = kb.eventMatcher.matchesAt(0, (x) => seq[x]).find((x) => x.end === seq.length);
          const longer = m?.values.find((v) => v.pos.includes('NOUN'));
          if (longer) return longer;
        }
      }
      return e;
    }

    /**
     * "accused Washington of giving Israel cover to continue its offensive": a noun inside what
     * someone is accused of, like a verb there, is the accusation's content.
     */
    function accusedContent(n0: number): boolean {
      for (let k = n0 - 1; k >= Math.max(s.first, n0 - 10); k--) {
        const t = tokens[k]!;
        if (t.text === ',' || t.text === ';') return false;
        if (t.pos === 'VERB' && t.lower.endsWith('ing') && /^(of|for)$/.test(tokens[k - 1]?.lower ?? '')) {
          for (let q = k - 2; q >= Math.max(s.first, k - 10); q--) {
            if (tokens[q]!.text === ',' || tokens[q]!.text === ';') return false;
            if (tokens[q]!.pos === 'VERB' && kb.eventMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((e) => e.event === 'ACCUSE'))) return true;
          }
          return false;
        }
      }
      return false;
    }

    /**
     * The tagger reads some event nouns as adjectives ("launched a major offensive", "Israel's
     * offensive in Gaza"): an adjective that closes a determiner phrase is used as a noun.
     */
    function nominalAdjective(k: number): boolean {
      const t = tokens[k]!;
      if (t.pos !== 'ADJ') return false;
      const next = tokens[k + 1];
      if (next && k + 1 < s.last && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) return false;
      const prev = tokens[k - 1];
      return !!prev && k - 1 >= s.first && (['DET', 'ADJ', 'NUM'].includes(prev.pos) || prev.text === "'s" || prev.text === "'" || /^(its|their|his|her|our)$/.test(prev.lower));
    }

    /** Whether an entry's object and clause constraints hold for the trigger at [t0, t1). */
    function fits(e: EventTrigger, t0: number, t1: number, asVerb: boolean): boolean {
      if (e.clause_has?.length) {
        const end = sh.clauseEnd(t0);
        let found = false;
        for (let k = t1; k < end && !found; k++) found = e.clause_has.includes(tokens[k]!.lemma);
        if (!found) return false;
      }
      if (e.subject_in?.length && !(asVerb && subjectHeads(t0).some((h) => e.subject_in!.includes(h)))) return false;
      if (!e.object_in?.length) return true;
      return objectHeads(t0, t1, asVerb).some((h) => e.object_in!.includes(h));
    }

    /**
     * Head lemmas of the subject: the word before the verb group and, past a short locative phrase,
     * the noun it qualifies ("Protesters in Kinshasa attacked"). Lower case covers sentence-initial
     * plurals that the tagger leaves as proper nouns.
     */
    function subjectHeads(v: number): string[] {
      const k = sh.verbGroupStart(v) - 1;
      if (k < s.first) return [];
      // "attacked and set fire to": the second verb shares the first one's subject.
      if ((tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') && tokens[k - 1]?.pos === 'VERB' && k - 1 < v) return subjectHeads(k - 1);
      const out = [tokens[k]!.lemma, tokens[k]!.lower.replace(/s$/, '')];
      for (let q = k - 1; q > Math.max(s.first, k - 5); q--) {
        const t = tokens[q]!;
        if (LOCATIVE.has(t.lower) || t.lower === 'from' || t.lower === 'on') {
          const h = tokens[q - 1]!;
          if (h.pos === 'NOUN' || h.pos === 'PROPN') out.push(h.lemma, h.lower.replace(/s$/, ''));
          break;
        }
        if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos)) break;
      }
      return out;
    }

    /**
     * Head lemmas of what the trigger acts on: the direct object of an active verb, the subject of a
     * passive one, the "of" complement of a noun ("the lifting of sanctions"). A quantity or
     * container head passes to its own "of" complement ("thousands of reservists", "a package of
     * sanctions"); a gazetteer place adds "place:TYPE".
     */
    function objectHeads(t0: number, t1: number, asVerb: boolean): string[] {
      const out: string[] = [];
      const addPlace = (k: number) => { const p = actors.placeByToken[k]; if (p) out.push(`place:${p.place.type}`); };
      if (asVerb && sh.isPassive(t0)) {
        const k = sh.verbGroupStart(t0) - 1;
        if (k >= s.first && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) { out.push(tokens[k]!.lemma); addPlace(k); }
        return out;
      }
      let from = t1;
      if (!asVerb) {
        if (tokens[t1]?.lower !== 'of') return out;
        from = t1 + 1;
      }
      const limit = sh.clauseEnd(t0);
      for (let round = 0; round < 2; round++) {
        let head = -1;
        let k = from;
        const npStart = out.length;
        for (; k < Math.min(limit, from + 8); k++) {
          const t = tokens[k]!;
          // "more than 38,000 meals", "at least 20 trucks".
          const q = head < 0 ? quantifiers.find((words) => words.every((w, n) => tokens[k + n]?.lower === w)) : undefined;
          if (q) { k += q.length - 1; continue; }
          // "$15 million in arrears", "$1 billion of aid": the amount passes to what it counts.
          if (head < 0 && (t.lower === 'in' || t.lower === 'of') && tokens[k - 1]?.pos === 'NUM') continue;
          // "$500 million", "18.1 billion euros": an amount of money.
          if (head < 0 && (t.text === '$' || t.text === '€' || t.text === '£')) { out.push('money'); continue; }
          if (t.pos === 'NOUN' || t.pos === 'PROPN') {
            // "give Ukraine 18.1 billion euros": an actor then an amount is an indirect object.
            const m = actors.byToken[k];
            if (asVerb && round === 0 && m && m.end === k + 1 && ['NUM', 'DET', 'SYM'].includes(tokens[k + 1]?.pos ?? '')) { out.push(t.lemma); head = -1; continue; }
            head = k; addPlace(k); continue;
          }
          // "halted its offensive against": an adjective ending its phrase is used as a noun.
          if (t.pos === 'ADJ' && head < 0 && k > from && ['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(tokens[k + 1]?.pos ?? 'PUNCT')) { head = k; continue; }
          // "long-standing opposition", "U.S.-led coalition", "its expanded controls", "the TPLF's registration".
          if (t.text === '-') continue;
          // The possessor is not the head: "Syria's arrears".
          if (t.text === "'s" || t.text === "'") { head = -1; out.length = npStart; continue; }
          if (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (tokens[k - 1]?.text === '-' || (head < 0 && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')))) continue;
          if (head >= 0) break;
          if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
        }
        if (head < 0) break;
        out.push(tokens[head]!.lemma);
        if (tokens[k]?.lower !== 'of') break;
        from = k + 1;
      }
      return out;
    }

    function verbEvent(s: Sentence, v: number, vEnd: number, e: EventTrigger): CodedEvent | null {
      const gStart = sh.verbGroupStart(v);
      // "have begun withdrawing", "started charging fees": the aspect verb carries the subject and modality.
      const aspect = tokens[v]!.lower.endsWith('ing') && gStart - 1 >= s.first && tokens[gStart - 1]!.pos === 'VERB' && ASPECT_VERBS.has(tokens[gStart - 1]!.lemma) ? gStart - 1 : null;
      const governing = aspect ?? governingVerb(gStart);
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
        rule = 'event:passive';
        // "Goma's airport was seized": a place in the subject is where it happened, and whose.
        if (recipientMs.length === 0) {
          for (let q = gStart - 1; q >= Math.max(s.first, gStart - 5); q--) {
            const t = tokens[q]!;
            const p = actors.placeByToken[q];
            if (p) { place = p; break; }
            if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(t.pos)) break;
          }
        }
        // "Eritrea's army has been placed on high alert": forces mobilised belong to the actor.
        if (actorMs.length === 0 && e.event === 'MOBILIZE') { actorMs = recipientMs; recipientMs = []; rule = 'event:passive-mobilized'; }
      } else {
        actorMs = sh.subjectOf(v);
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
        // "recaptured Wad Madani from the RSF": the party it was taken from is the target, not the town.
        if (comp.mentions.length === 0 && comp.place && (e.recipient ?? []).includes('from')) {
          const from = sh.complement(comp.place.end - 1, ['from'], limit, quantifiers);
          if (from.mentions.length) comp = { mentions: from.mentions, place: comp.place };
        }
        recipientMs = comp.mentions;
        place = comp.place;
        if (recipientMs.length === 0 && !place) recipientMs = relativeObject(v);
        if (recipientMs.length === 0 && !place) {
          const inner = sh.objectPhraseActor(vEnd - 1, limit, actorMs);
          if (inner) { recipientMs = [inner]; rule = 'event:verb+object-phrase'; }
        }
      }
      // "U.S. duties on Chinese goods will fall": the state qualifying the subject noun acts, the
      // one in its "on" phrase is the target.
      if (e.subject_in?.length && rule !== 'event:passive') {
        for (let h = gStart - 1; h >= Math.max(s.first, gStart - 7); h--) {
          if (!e.subject_in.includes(tokens[h]!.lemma) && !e.subject_in.includes(tokens[h]!.lower.replace(/s$/, ''))) continue;
          const owner = sh.mentionEndingAt(h - 1) ?? (tokens[h - 1]?.text === "'s" ? sh.mentionEndingAt(h - 2) : undefined);
          const on = sh.complement(h, ['on', 'against'], gStart, quantifiers);
          // Without a qualifier the levying state is not named; the "on" party is only the target.
          if (owner || on.mentions.length) {
            actorMs = owner ? [owner] : [];
            recipientMs = on.mentions.length ? on.mentions : recipientMs;
            rule = 'event:verb+subject-noun';
          }
          break;
        }
      }
      // A passive verb's object is its subject ("Goma's airport was seized by M23").
      if (e.requires_object && rule !== 'event:passive' && recipientMs.length === 0 && !place && !sh.hasObject(vEnd - 1, e.recipient ?? ['obj'], limit) && objectHeads(v, vEnd, true).length === 0) return null;
      if (e.requires_actor_object && !recipientMs.some((m) => !m.modifier)) return null;
      if (e.naming_not && namesObject(vEnd, limit)) return null;
      if (e.object_not && e.object_not.length) {
        const head = objectHead(vEnd, limit);
        if (head && e.object_not.includes(head)) return null;
      }
      const group = verbGroupWords(gStart, v).concat(aspect !== null ? verbGroupWords(sh.verbGroupStart(aspect), aspect) : []);
      const neg = group.some((w) => negation.has(w)) || (governing !== null && negVerbs.has(tokens[governing]!.lemma)) || yetTo(gStart);
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
      if (accusedContent(n0)) return null;
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
      // "the EU's naval mission said": some nouns name a body as often as an act.
      if (e.support_only && !support) return null;
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
      if (actorMs.length === 0) {
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
      if (actorList.length === 0 && !(e.event === 'ASSAULT' && unattributed(t0))) return null;
      if (recipients.length === 0 && place && place.place.country) recipients = [placeActor(kb, place)];
      const symmetric = e.symmetric || symmetricTypes.has(e.event) || symmetricLemmas.has(e.lemma);
      if (symmetric && recipients.length === 0 && actorList.length > 1) {
        recipients = actorList.slice(1);
        actorList = actorList.slice(0, 1);
      }
      // An actor is never its own target ("Israel and Hamas exchanged fire" aside).
      recipients = recipients.filter((r) => !actorList.some((a) => a.id !== null && a.id === r.id));
      const st = statementCovering(statements, t0);
      // "China warned that it would retaliate": the warning is the event, not what it threatens;
      // "agreed that both sides would halt strikes": the agreement is, as in "agreed to halt".
      if (st && (future || hypothetical) && st.cueEntry && threatOrAgreementCue(st)) return null;
      if ((future || hypothetical) && agreedThat(t0)) return null;
      if (inConditionClause(t0)) return null;
      const loc = locationFor(s, t0, st);
      // Force, aid and withdrawals land somewhere: the place's state is the target or the beneficiary.
      if (recipients.length === 0 && loc && loc.place.country && ['ASSAULT', 'COERCE', 'THREATEN', 'AID', 'RETREAT'].includes(e.event)) {
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

    /**
     * Force reported without a perpetrator: "Rockets were fired from Lebanon", "Drones struck the
     * airport". Only a verb whose clause names no agent and whose subject is a weapon or, for a
     * passive, the victims; anything with a named actor was coded with it.
     */
    function unattributed(v: number): boolean {
      const t = tokens[v]!;
      if (t.pos !== 'VERB') return false;
      const limit = sh.clauseEnd(v);
      for (let k = v + 1; k < Math.min(limit, v + 4); k++) if (tokens[k]!.lower === 'by') return false;
      if (sh.isPassive(v)) return true;
      const subj = tokens[sh.verbGroupStart(v) - 1];
      // Sentence-initial plurals are often tagged as proper nouns and left unlemmatised ("Drones").
      return !!subj && (weaponNouns.has(subj.lemma) || weaponNouns.has(subj.lower.replace(/s$/, '')));
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

    function participleSubject(v: number): Mention[] {
      const prev = tokens[v - 1];
      // "Putin signed a decree calling up 160,000 men": what an instrument does, its signer does.
      const instrument = !!prev && prev.pos === 'NOUN' && instrumentNouns.has(prev.lemma);
      if (!prev || !(prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.text === ',' || instrument)) return [];
      for (let q = v - 2; q >= s.first; q--) {
        // The finite verb of the main clause: not an infinitive ("48 hours to leave").
        // Nor a participle inside a noun phrase ("the Liberian-flagged Eternity C").
        if (tokens[q]!.pos === 'VERB' && !tokens[q]!.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to' && tokens[q - 1]?.text !== '-') return sh.subjectOf(q);
      }
      return [];
    }

    /** "agreed in a phone call on Tuesday that both sides would halt strikes": the content of an agreement. */
    function agreedThat(t0: number): boolean {
      for (let k = t0 - 1; k >= Math.max(s.first, t0 - 12); k--) {
        if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return false;
        if (tokens[k]!.lower !== 'that') continue;
        for (let q = k - 1; q >= Math.max(s.first, k - 10); q--) {
          const t = tokens[q]!;
          if (t.pos !== 'VERB') continue;
          return kb.eventMatcher.matchesAt(q, lemmaAt).some((m) => m.values.some((e) => e.event === 'AGREE' && e.pos.includes('VERB')));
        }
        return false;
      }
      return false;
    }

    function threatOrAgreementCue(st: Statement): boolean {
      const cs = doc.sentences[st.sentence]!;
      return kb.eventMatcher.matchesAt(st.cueStart, (q) => (q < cs.last ? tokens[q]!.lemma : undefined)).some((m) => m.values.some((e) => e.event === 'THREATEN' || (e.event === 'AGREE' && e.pos.includes('VERB'))));
    }

    function isEventTrigger(v: number): boolean {
      return kb.eventMatcher.matchesAt(v, lemmaAt).some((m) => m.values.some((e) => e.pos.includes('VERB') && (!constrained(e) || fits(e, v, m.end, true))));
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

    /**
     * Inside the condition itself ("... only if Hamas agreed to free hostages", "unless the RSF
     * withdrew"): what the condition names has not happened and is no event; the consequence is
     * (hypothetical).
     */
    function inConditionClause(i: number): boolean {
      for (let k = i - 1; k >= s.first; k--) {
        const t = tokens[k]!;
        if (t.text === ',' || t.text === ';') return false;
        if ((t.lower === 'if' || t.lower === 'unless') && tokens[k - 1]?.lower !== 'as' && tokens[k - 1]?.lower !== 'even') return true;
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
        let prev = tokens[b];
        // "in the main square of Sweida", "near the town of Mahas".
        if (prev?.lower === 'of') {
          for (let q = b - 1; q >= Math.max(s.first, b - 5); q--) {
            const t = tokens[q]!;
            if (LOCATIVE.has(t.lower)) { prev = t; break; }
            if (!['NOUN', 'ADJ', 'DET'].includes(t.pos)) break;
          }
        }
        if (!prev || !LOCATIVE.has(prev.lower)) continue;
        const c = tokens[p.start]!.start;
        if (st && (c < st.content[0] || c >= st.content[1])) continue;
        // "through" names a route ("crossed into Darfur through Adre"): a weaker location than "in"/"into".
        const dist = Math.abs(p.start - t0) + (p.start < t0 ? 5 : 0) + (prev.lower === 'through' ? 6 : 0);
        if (dist < bestDist) { best = p; bestDist = dist; }
      }
      return best;
    }
  }
  return out;
}

/** Entries with object constraints first: "seized the town" tries ASSAULT before the general COERCE sense. */
function constrainedFirst(list: EventTrigger[]): EventTrigger[] {
  return list.some(constrained) ? [...list.filter(constrained), ...list.filter((e) => !constrained(e))] : list;
}

function constrained(e: EventTrigger): boolean {
  return Boolean(e.object_in || e.clause_has || e.subject_in);
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
