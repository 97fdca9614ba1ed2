/**
 * Reported speech: who said what, to whom, through which outlet. Cues come from
 * data/lexicon/speech.json; this module knows the shapes wire copy puts them in:
 *   X said (that) CONTENT            CONTENT, X said / CONTENT, said X
 *   According to X, CONTENT          CONTENT, according to X
 *   X told Reuters / journalists     "QUOTE," X said           Y is described by X as Z
 */
import type { Actor, Span, StatementForm } from '../model/records.js';
import type { Doc } from '../nlp/doc.js';
import type { Knowledge, SpeechCue } from '../knowledge/types.js';
import type { ActorIndex, Mention, PlaceMention } from '../actors/mentions.js';
import { isQuote, Shallow } from '../syntax/shallow.js';

export interface Statement {
  sentence: number;
  speaker: Mention;
  cueStart: number;
  cueEnd: number;
  cue: string;
  cueEntry: SpeechCue;
  addressee: Mention | null;
  channel: Mention | null;
  form: StatementForm;
  /** Character span of the content. */
  content: Span;
  /** Token range of the content [start, end). */
  contentTokens: [number, number];
  /** Character span of the whole evidence (speaker, cue and content). */
  span: Span;
  place: PlaceMention | null;
  rule: string;
  /**
   * False for a statement that goes on with one already found in the sentence for the same speaker
   * ("X said A, adding B"; "X said A and warned B"): one speech act, one record. It stays in the list
   * so that its cue and content still frame the events inside it.
   */
  record: boolean;
}

const QUOTES = /["\u201C\u201D\u00AB\u00BB]/;
/** Possessive determiners that may open a source phrase ("her campaign", "his spokeswoman"). */
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our']);
/** Prepositions inside a source phrase: "an official in X's office", "a spokesman for", "close to". */
const SOURCE_PREPS = new Set(['in', 'of', 'for', 'from', 'at', 'with', 'near', 'by', 'to']);
/** Words that open a clause: a source phrase may start right after them. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'after', 'before', 'when', 'while', 'as', 'though', 'although', 'because', 'since', 'if', 'until', 'once', 'whereas']);
/** Words that open a subordinate or complement clause: its verb does not govern a participle after a comma. */
const SUBORDINATE_OPENERS = new Set(['that', 'after', 'before', 'when', 'while', 'if', 'until', 'because', 'since', 'unless', 'whether', 'who', 'which', 'whom', 'though', 'although', 'once', 'where']);
/** Relative words that leave a gap for what is said: "what it called ...", "a ruling that X said was ...". */
const GAP_OPENERS = new Set(['what', 'which', 'that', 'who', 'whom']);
const FILLER_POS = new Set(['ADV', 'PUNCT', 'ADP', 'DET', 'NUM', 'PART', 'CCONJ']);

export function findStatements(doc: Doc, kb: Knowledge, actors: ActorIndex): Statement[] {
  const sh = new Shallow(doc, actors);
  const out: Statement[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (s.heading) continue;
    let coSpeakers: Mention[] = [];
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    for (let i = s.first; i < s.last; i++) {
      const match = kb.speechMatcher.matchesAt(i, lemmaAt)[0];
      if (!match) continue;
      const cue = match.values[0]!;
      const head = tokens[i]!;
      // "said yes to", "said no to": a stance, not reported speech.
      if (/^(yes|no)$/.test(tokens[match.end]?.lower ?? '')) continue;
      const cueEnd = match.end;
      const according = cue.form === 'according_to';
      if (!according && head.pos !== 'VERB') continue;
      // A negated cue reports that nothing was said: "a claim Kyiv did not immediately confirm".
      if (!according && negatedCue(i)) continue;
      coSpeakers = [];
      const st = according ? accordingTo(i, cueEnd, cue) : verbCue(i, cueEnd, cue);
      if (st) {
        add(st);
        // "Saudi Arabia and Qatar said ...", "residents and a military officer said ...": each
        // conjoined speaker makes the statement.
        // Named states and organisations speaking together ("Saudi Arabia and Qatar said", "France,
        // Italy and Spain said in a joint statement") make one joint statement, under the first named.
        if (coSpeakers.some((m) => m.actor.id === null) || st.speaker.actor.id === null) {
          for (const m of coSpeakers) add({ ...st, speaker: m });
        }
        i = cueEnd - 1;
      }
    }

    function add(st: Statement): void {
      // Only this sentence's statements, which are the last ones found: cheap on long documents.
      let same = false;
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence === st.sentence; k--) {
        if (out[k]!.record && sameSpeaker(out[k]!.speaker, st.speaker)) { same = true; break; }
      }
      out.push(same ? { ...st, record: false } : st);
    }

    function accordingTo(c0: number, c1: number, cue: SpeechCue): Statement | null {
      let sp = sh.mentionStartingAt(c1);
      // "according to a statement from the Sovereign Council", "according to a report by X".
      if (!sp && /^(a|the|an)$/.test(tokens[c1]?.lower ?? '')) {
        for (let r = c1 + 1; r < Math.min(s.last, c1 + 5); r++) {
          if (/^(from|by|of)$/.test(tokens[r]!.lower)) { sp = sh.mentionStartingAt(r + 1); break; }
        }
      }
      // "according to two diplomats in the region": a source the dictionaries do not know;
      // "according to residents and local officials": each of them.
      let phrase: Mention[] = [];
      if (!sp) {
        // "according to two ministers who attended", "... and satellite imagery reviewed by
        // researchers": the source phrase ends where a relative clause or a participle starts.
        const p = phraseSpeaker(c1, clauseCut(c1, phraseEnd(c1)));
        const evidence = new Set(cue.not_source_heads ?? []);
        if (p) phrase = phraseConjuncts(p.start, p.end).filter((m) => !evidence.has(headLemma(m)));
        sp = phrase[0];
      }
      // "according to residents and a medical charity": a known source and one the dictionaries lack.
      if (sp && !phrase.length && tokens[sp.end]?.lower === 'and' && !sh.mentionStartingAt(sp.end + 1)) {
        const parts = phraseConjuncts(sp.start, phraseEnd(sp.start));
        if (parts.length > 1) { phrase = parts; sp = parts[0]; }
      }
      if (!sp) return null;
      const group = phrase.length ? [phrase[phrase.length - 1]!] : sh.conjoinedRight(sp, s.last);
      coSpeakers = phrase.length ? phrase.slice(1) : group.slice(1);
      const spEnd = group[group.length - 1]!.end;
      let content: [number, number];
      if (c0 === s.first || tokens[c0 - 1]!.text !== ',') {
        let a = spEnd;
        if (tokens[a]?.text === ',') a++;
        content = [a, trimEnd(s.last)];
      } else {
        content = [s.first, c0 - 1];
      }
      return make(sp, c0, c1, cueOf(c0, c1), { lemma: 'according to', form: 'according_to' }, null, null, content, 'according_to', 'statement:according-to');
    }

    function verbCue(c0: number, c1: number, cue: SpeechCue): Statement | null {
      // Passive: "is described by the minister as ..."
      // "a move condemned by the African Union as a threat": a participle after a noun with its agent
      // is a reduced passive too.
      const reduced = tokens[c1]?.lower === 'by' && /ed$/.test(tokens[c0]!.lower) && tokens[c0 - 1]?.pos === 'NOUN';
      if (sh.isPassive(c0) || reduced) {
        const agent = sh.agentOf(c0, s.last);
        if (agent.length === 0) return null;
        let content: [number, number] = [s.first, trimEnd(s.last)];
        if (cue.as) {
          // What it is called "as", to the next comma.
          let a = c1;
          while (a < s.last && tokens[a]!.lower !== 'as' && !/^[,;.]$/.test(tokens[a]!.text)) a++;
          let e = a + 1;
          while (e < s.last && !/^[,;:.!?]$/.test(tokens[e]!.text)) e++;
          if (tokens[a]?.lower === 'as' && e > a + 1) content = [a + 1, e];
          else if (reduced) return null;
        } else if (reduced) return null;
        return make(agent[0]!, c0, c1, cueOf(c0, c1), cue, null, null, content, null, 'statement:passive-cue');
      }
      const participle = tokens[c0]!.lower.endsWith('ing') && c0 > s.first && tokens[c0 - 1]!.text === ',';
      // "..., agencies reported, citing a Kremlin source": the cited source speaks, through the
      // citing party; "citing safety concerns" gives a reason, and the subject speaks.
      if (cue.form === 'citing' && cue.source_heads) {
        let e = c1;
        while (e < s.last && e < c1 + 9 && !/^[,;:.!?]$/.test(tokens[e]!.text)) e++;
        let head = e - 1;
        while (head > c1 && tokens[head]!.pos !== 'NOUN') head--;
        if (e > c1 && cue.source_heads.includes(tokens[head]!.lemma)) {
          const known = sh.mentionStartingAt(c1);
          const src = known && known.end === e && !known.modifier ? known : phraseMention(c1, e);
          const through = participle ? participleSubject(c0)[0] ?? null : sh.subjectOf(c0)[0] ?? null;
          const content: [number, number] = c0 - 1 > s.first && tokens[c0 - 1]!.text === ',' ? [s.first, c0 - 1] : [e, trimEnd(s.last)];
          if (src) return make(src, c0, c1, cueOf(c0, c1), cue, null, through, content, null, 'statement:citing');
        }
      }
      // ", saying that ...": the participle's speaker is the subject of the clause it hangs on.
      let speakers = participle ? participleSubject(c0) : subjectWithPhrase(c0);
      // "Putin said ..., but insisted that ...": a coordinated speech verb shares the first one's speaker.
      const gs = sh.verbGroupStart(c0);
      if (!participle && /^(and|but)$/.test(tokens[gs - 1]?.lower ?? '')) {
        const before = earlierSpeaker(c0);
        if (before) speakers = [before];
      }
      if (participle && speakers.length === 0) return null;
      // "The Qassam Brigades, Hamas's armed wing, said ...": the speaker is the name before the appositive.
      if (speakers.length === 0 && !participle) speakers = appositiveSubject(c0);
      const gap = !participle && speakers.length > 0 && gapBefore(sh.conjoinedLeft(speakers[0]!)[0]!.start) && gapFits(c1, cue);
      // "call" reports speech only when it names something: "what it called a provocation",
      // "calling it a war crime"; "called for talks", "called Putin on Monday" are events.
      if (cue.naming && !gap && !namesObject(c1)) return null;
      let speaker: Mention | undefined = speakers[0];
      coSpeakers = speakers.slice(1);
      let inverted = false;
      let after = c1;
      if (!speaker) {
        // "..., said Lavrov" / "..., says Maria Lindqvist, a researcher at ..."
        const m = sh.mentionStartingAt(c1);
        // "..., said its fighters had ...": a possessive opens the content's subject, it speaks not.
        const possessive = m && m.kind === 'pronoun' && POSSESSIVE.has(tokens[c1]!.lower) && m.end > c1 + 1;
        if (m && !m.modifier && !possessive && c0 > s.first && /^[,"\u201D]$/.test(tokens[c0 - 1]!.text)) {
          speaker = m;
          inverted = true;
          after = m.end;
        }
      }
      // "..., residents and military sources said": a speaker phrase the dictionaries do not know.
      if (!speaker || speaker.kind === 'demonym') return null;
      if (gap) {
        // "Israel struck what it said were weapons depots", "a move the government called a violation":
        // the content is the gapped clause after the cue, to the next comma.
        let e = c1;
        while (e < s.last && !/^[,;:.!?]$/.test(tokens[e]!.text)) e++;
        if (cue.as || tokens[c1]?.lower === 'as') { let r = c1; while (r < e && tokens[r]!.lower !== 'as') r++; if (r < e) return make(speaker, c0, c1, cueOf(c0, c1), cue, null, null, [r + 1, e], null, 'statement:relative'); }
        if (e - c1 < 1) return null;
        return make(speaker, c0, c1, cueOf(c0, c1), cue, null, null, [c1, e], null, 'statement:relative');
      }
      // Addressee and channel: "told Reuters", "told journalists", "said to TT".
      let addressee: Mention | null = null;
      let channel: Mention | null = null;
      let k = after;
      for (let n = 0; n < 3 && k < s.last; n++) {
        const t = tokens[k]!;
        const prep = t.lower === 'to' || t.lower === 'with';
        const m = prep ? sh.mentionStartingAt(k + 1) : (cue.addressee || n > 0 || inverted ? sh.mentionStartingAt(k) : undefined);
        if (m && !m.modifier) {
          if (m.orgType === 'media') channel = m;
          else if (!addressee) addressee = m;
          // "told reporters the two sides had agreed": a second party opens the content.
          else break;
          k = m.end;
          continue;
        }
        if (t.text === ',' && inverted && n === 0) { k++; continue; }
        break;
      }
      // "told parliament that ...", "told a rally in Goma that ...": an addressee the dictionary
      // does not know, then the content.
      if (cue.addressee && k < s.last && tokens[k]!.lower !== 'that') {
        for (let r = k; r < Math.min(s.last, k + 6); r++) {
          const tr = tokens[r]!;
          if (tr.pos === 'VERB' || tr.pos === 'AUX' || tr.text === ',' || isQuote(tr.text)) break;
          if (tr.lower === 'that') { k = r; break; }
        }
      }
      // Is there content after the cue (speaker first), or before it (speaker last)?
      let q = k;
      // "..., officials said, prompting condemnation": a participle clause after the comma goes on
      // with the reported sentence; it is not what was said.
      const participleNext = tokens[q]?.text === ',' && tokens[q + 1]?.pos === 'VERB' && tokens[q + 1]!.lower.endsWith('ing');
      if (q < s.last && !participleNext && (tokens[q]!.lower === 'that' || tokens[q]!.text === ':' || tokens[q]!.text === ',')) q++;
      if (cue.as) {
        for (let r = q; r < s.last; r++) if (tokens[r]!.lower === 'as') { q = r + 1; break; }
      }
      let afterEnd = contentEndAfter(q, c0);
      // Reported content is a clause or a quote; "spoke at the convention" reports nothing.
      // "said at least eight people were killed": "at least" quantifies the subject.
      const quantifier = tokens[q]?.lower === 'at' && /^(least|most)$/.test(tokens[q + 1]?.lower ?? '');
      let startsWithPrep = q < s.last && q === k && tokens[q]!.pos === 'ADP' && !quantifier && !/^(that|if|whether)$/.test(tokens[q]!.lower);
      if (startsWithPrep) {
        // "said on Monday that ...", "said in a statement: ...": skip the adverbial to the content.
        for (let r = q + 1; r < Math.min(s.last, q + 12); r++) {
          const tr = tokens[r]!;
          const participle = tr.pos === 'VERB' && /(ed|en)$/.test(tr.lower) && ['DET', 'ADJ'].includes(tokens[r - 1]!.pos);
          if ((tr.pos === 'VERB' && !participle) || tr.pos === 'AUX') break;
          // A comma after the adverbial opens content only before a quote ("said on Monday, \"...\"").
          if (tr.lower === 'that' || tr.text === ':' || isQuote(tr.text) || (tr.text === ',' && isQuote(tokens[r + 1]?.text ?? ''))) {
            q = tr.text === ',' && !isQuote(tokens[r + 1]?.text ?? '') ? r + 1 : r + (isQuote(tr.text) ? 0 : 1);
            startsWithPrep = false;
            afterEnd = contentEndAfter(q, c0);
            break;
          }
          // "said on Monday it had ...": a subject and its verb right after a short adverbial.
          if ((tr.pos === 'PRON' || actors.byToken[r]?.start === r) && r > q + 1 && ['NOUN', 'PROPN', 'NUM'].includes(tokens[r - 1]!.pos)) {
            const m = actors.byToken[r];
            const after = m && m.start === r ? m.end : r + 1;
            const nt = tokens[skipAux(after)];
            if (nt && (nt.pos === 'VERB' || tokens[after]?.pos === 'AUX')) {
              q = r;
              startsWithPrep = false;
              afterEnd = contentEndAfter(q, c0);
              break;
            }
          }
        }
      }
      const substantive = startsWithPrep ? 0 : countWords(q, afterEnd);
      const speakerStart = inverted ? c0 : sh.conjoinedLeft(speaker)[0]!.start;
      let content: [number, number] | null = null;
      const opensContent = q > k || (k < s.last && isQuote(tokens[k]!.text));
      // Reported content is a clause: "said that ...", a quote, a colon, or a subject and its verb
      // ("said Russia was ready"). "announced new funding" reports no speech.
      const clauseAfter = opensContent || startsClause(q) || Boolean(cue.np) || Boolean(cue.naming);
      // "denied the accusation": a denial of a thing said, without content of its own, is an event.
      if (cue.dispute && !opensContent && !inverted) {
        const before = closingBefore(speakerStart);
        if (before === null) return null;
      }
      if (!inverted && clauseAfter && (substantive >= 3 || (substantive >= 1 && opensContent) || (substantive >= 2 && !cueFollowsContent(speakerStart)))) {
        content = [q, afterEnd];
      } else if (closingBefore(speakerStart) !== null && !closesOpeningClause(closingBefore(speakerStart)!)) {
        let end = closingBefore(speakerStart)!;
        // "..., residents and local officials said": a vague speaker is the whole phrase.
        if (speaker.actor.id === null && end + 1 < speakerStart) {
          const parts = phraseConjuncts(end + 1, sh.verbGroupStart(c0));
          if (parts.length) { speaker = parts[0]!; coSpeakers = parts.slice(1); }
        }
        if (tokens[end]!.text === ',' && end > s.first && /^["\u201D]$/.test(tokens[end - 1]!.text)) end--;
        if (/^["\u201D]$/.test(tokens[end]!.text) && end > s.first && tokens[end - 1]!.text === ',') end--;
        content = [s.first, end];
      } else if (substantive >= 2 && clauseAfter) {
        content = [q, afterEnd];
      }
      if (!content || content[1] <= content[0]) return null;
      const place = placeAfter(k, content);
      const rule = inverted ? 'statement:cue-inverted' : content[0] < c0 ? 'statement:speaker-last' : 'statement:speaker-first';
      // "The Israeli military and Palestinian officials said": each speaker makes the statement.
      // "France, Italy and Spain said": one joint statement; its speaker is the first named, the
      // others are in the evidence span.
      return make(speaker, c0, c1, cueOf(c0, c1), cue, addressee, channel, content, null, rule, place);
    }

    /** "did not confirm", "has not said": the verb group before the cue holds a negation. */
    function negatedCue(c0: number): boolean {
      for (let r = c0 - 1; r >= sh.verbGroupStart(c0); r--) if (/^(not|n't|never)$/.test(tokens[r]!.lower)) return true;
      return false;
    }

    /** Two mentions for one speaker: the same words, or the same dictionary actor. */
    function sameSpeaker(a: Mention, b: Mention): boolean {
      if (a.start === b.start && a.end === b.end) return true;
      if (a.actor.id !== null && a.actor.id === b.actor.id) return true;
      return a.actor.id === null && b.actor.id === null && a.actor.text.toLowerCase() === b.actor.text.toLowerCase();
    }

    /**
     * The subject of a speech verb; where the dictionaries name none, or name only what follows a
     * preposition in the subject ("Hamas officials in Doha", "an official in Netanyahu's office"), the
     * subject phrase itself ("two sources familiar with the matter", "Israeli emergency services").
     */
    function subjectWithPhrase(v: number): Mention[] {
      const found = sh.subjectOf(v);
      // "..., killing a dozen soldiers, a local official and a spokesman said": a list does not reach
      // back into the object of the clause before; its first member opens a phrase.
      while (found.length > 1 && !opensPhrase(found[0]!.start)) found.shift();
      const first = found[0];
      let e = sh.verbGroupStart(v);
      // "Zelenskiy on Tuesday rejected": a dating phrase between subject and verb.
      if (e - 2 > s.first && sh.onWeekdayEndingAt(e - 1)) e -= 2;
      // A name right before the verb heads the subject, unless a preposition makes it a postmodifier
      // ("the foreign ministry in Kinshasa").
      const postmodifier = first && SOURCE_PREPS.has(tokens[sh.mentionStartingAt(first.start - 1) === first ? first.start - 2 : first.start - 1]?.lower ?? '');
      if (first && !first.modifier && first.kind !== 'demonym' && first.end === e && !postmodifier) return found;
      const np = nounPhraseBefore(e);
      if (!np) return first && first.kind !== 'demonym' ? found : [];
      // "Eritrea's civil aviation authority said": the owner is no speaker; the whole phrase is.
      if (first && /^['’]s?$/.test(tokens[first.end]?.text ?? '') && first.start >= np.start && first.end < e) return phraseConjuncts(np.start, e);
      // A subject the dictionaries found that starts the phrase's head stays ("Hamas officials in Doha").
      if (first && first.kind !== 'demonym' && !first.modifier && first.start < np.headEnd && first.end <= np.headEnd && first.start >= np.start) return found;
      if (first && (first.start < np.start || first.end > e)) return found;
      return phraseConjuncts(np.start, e);
    }

    /** "X, Y's armed wing, said": the subject before an appositive between commas. */
    function appositiveSubject(v: number): Mention[] {
      const e = sh.verbGroupStart(v);
      if (e - 1 <= s.first || tokens[e - 1]!.text !== ',') return [];
      // The actor layer may already have folded the appositive into the name's mention.
      const folded = sh.mentionEndingAt(e - 2);
      if (folded && !folded.modifier && folded.kind !== 'pronoun' && tokens.slice(folded.start, folded.end).some((t) => t.text === ',')) return [folded];
      for (let q = e - 2; q > s.first && q > e - 12; q--) {
        const t = tokens[q]!;
        // "an Iraqi militia backed by Tehran": a participle after the appositive's noun stays inside it.
        if ((t.pos === 'VERB' && !(/(ed|en)$/.test(t.lower) && tokens[q - 1]?.pos === 'NOUN')) || t.pos === 'AUX') return [];
        if (t.text !== ',') continue;
        const m = sh.mentionEndingAt(q - 1);
        if (m && !m.modifier && m.kind !== 'pronoun') return [m];
        const np = nounPhraseBefore(q);
        return np ? phraseConjuncts(np.start, q) : [];
      }
      return [];
    }

    /**
     * ", saying ...", ", adding ...": the speaker is the subject of the clause the participle hangs on,
     * the nearest finite verb before it that is not inside a subordinate or complement clause
     * ("Hamas called on Washington to guarantee that Israel would not resume ..., saying").
     */
    function participleSubject(c0: number): Mention[] {
      // "Aliyev said X had ..., calling it ...": after a statement, its speaker goes on.
      const before = earlierSpeaker(c0);
      if (before) return [before];
      for (let r = c0 - 2; r >= s.first; r--) {
        const t = tokens[r]!;
        if (t.pos !== 'VERB' || t.lower.endsWith('ing') || tokens[r - 1]?.lower === 'to' || actors.byToken[r] || tokens[r - 1]?.text === '-') continue;
        // A participle after a comma ("Hamas, backed by Iran,") modifies; it is no clause.
        if (tokens[r - 1]?.text === ',' && !sh.isPassive(r) && /(ed|en)$/.test(t.lower) && sh.subjectOf(r).length === 0) continue;
        let sub = -1;
        for (let q = r - 1; q >= s.first && tokens[q]!.text !== ',' && tokens[q]!.text !== ';'; q--) {
          if (SUBORDINATE_OPENERS.has(tokens[q]!.lower)) { sub = q; break; }
        }
        if (sub >= 0) { r = sub; continue; }
        const found = subjectWithPhrase(r);
        return found.length ? found : appositiveSubject(r);
      }
      return [];
    }

    /** The speaker of the last statement of this sentence whose cue comes before token c0. */
    function earlierSpeaker(c0: number): Mention | undefined {
      for (let k = out.length - 1; k >= 0; k--) {
        const o = out[k]!;
        if (o.sentence !== s.index) break;
        if (o.cueEnd <= c0 && o.rule !== 'statement:relative') return o.speaker;
      }
      return undefined;
    }

    /** The relative word or head noun before a speaker: "what it called", ", a move the government called". */
    function gapBefore(speakerStart: number): boolean {
      const prev = tokens[speakerStart - 1];
      if (!prev) return false;
      let opened = GAP_OPENERS.has(prev.lower);
      if (!opened && prev.pos === 'NOUN') {
        // A reduced relative on an appositive noun: ", a move the government ... called".
        for (let q = speakerStart - 2; q > s.first && q >= speakerStart - 4; q--) {
          if (/^(a|an|the)$/.test(tokens[q]!.lower)) { opened = tokens[q - 1]?.text === ',' || tokens[q - 1]?.lower === 'in'; break; }
          if (!['ADJ', 'NOUN'].includes(tokens[q]!.pos)) break;
        }
      }
      return opened;
    }

    /** After the cue, the gapped clause: a verb ("said were"), or what something is called. */
    function gapFits(c1: number, cue: SpeechCue): boolean {
      if (cue.naming) return true;
      // "a charge Kigali dismissed as baseless": any cue right before "as" says what the gap is.
      if (cue.as || tokens[c1]?.lower === 'as') return [c1, c1 + 1, c1 + 2].some((r) => tokens[r]?.lower === 'as');
      let r = c1;
      while (r < s.last && tokens[r]!.pos === 'ADV') r++;
      return r < s.last && (tokens[r]!.pos === 'AUX' || tokens[r]!.pos === 'VERB');
    }

    /** "called it a war crime", "called the decision unfriendly": an object, then what it is called. */
    function namesObject(c1: number): boolean {
      let r = c1;
      const m = sh.mentionStartingAt(r);
      if (m) r = m.end;
      else if (tokens[r]?.pos === 'PRON') r++;
      else {
        if (!/^(the|this|that|these|those|its|their|his|her)$/.test(tokens[r]?.lower ?? '')) return false;
        r++;
        // The object ends at its last noun: "the decision | unfriendly".
        let last = -1;
        for (let q = r; q < s.last && q < c1 + 5 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[q]!.pos); q++) if (tokens[q]!.pos !== 'ADJ') last = q;
        if (last < 0) return false;
        r = last + 1;
      }
      const t = tokens[r];
      if (!t) return false;
      return /^(a|an)$/.test(t.lower) || t.pos === 'ADJ' || isQuote(t.text) || (t.lower === 'the' && tokens[r + 1]?.pos === 'ADJ');
    }

    /**
     * The source phrase that ends right before token e and opens a clause (at the sentence start,
     * after a comma, a quote or a clause opener): its start and the end of its head, before the first
     * preposition ("an official | in Netanyahu's office"). Null where no such phrase is there.
     */
    function nounPhraseBefore(e: number): { start: number; headEnd: number } | null {
      let b = e;
      while (b > s.first && e - b < 14) {
        const t = tokens[b - 1]!;
        const lower = t.lower;
        const np = actors.byToken[b - 1] !== undefined || ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.text === "'s" || t.text === "'" || t.text === '-' || POSSESSIVE.has(lower) || lower === 'and';
        const prep = SOURCE_PREPS.has(lower) && (lower !== 'to' || tokens[b - 2]?.lower === 'close');
        const hyphened = t.pos === 'VERB' && tokens[b - 2]?.text === '-';
        if (!(np || prep || hyphened) || /^(what|which|that|who)$/.test(lower)) break;
        b--;
      }
      const opens = opensClauseAt;
      // Past a verb's object ("shelled the camp and residents said"): the phrase after the last "and".
      while (b < e && !opens(b)) {
        let k = b;
        while (k < e && tokens[k]!.lower !== 'and') k++;
        b = k + 1;
      }
      while (b < e && (tokens[b]!.lower === 'and' || SOURCE_PREPS.has(tokens[b]!.lower))) b++;
      if (b >= e || !opens(b)) return null;
      let nouns = 0;
      let headEnd = e;
      for (let k = b; k < e; k++) {
        const t = tokens[k]!;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
        if (headEnd === e && !actors.byToken[k] && (SOURCE_PREPS.has(t.lower) || /^(familiar|close)$/.test(t.lower)) && k > b) headEnd = k;
      }
      return nouns > 0 ? { start: b, headEnd } : null;
    }

    /** Whether a phrase may open at token k: the sentence start, after a comma, quote or clause opener. */
    function opensClauseAt(k: number): boolean {
      return k === s.first || /^[,"\u201C\u201D:;(]$/.test(tokens[k - 1]!.text) || CLAUSE_OPENERS.has(tokens[k - 1]!.lower);
    }

    /** The same, past a determiner or possessive before a mention ("the", "a", "Sudan's"). */
    function opensPhrase(k: number): boolean {
      let b = k;
      while (b > s.first && b > k - 4 && (['DET', 'ADJ', 'NUM'].includes(tokens[b - 1]!.pos) || POSSESSIVE.has(tokens[b - 1]!.lower))) b--;
      return opensClauseAt(b) || tokens[b - 1]?.lower === 'and';
    }

    /** Speakers of a source phrase: one for each conjunct ("a local official and a militia spokesman"). */
    function phraseConjuncts(a: number, b: number): Mention[] {
      const parts: [number, number][] = [];
      let k0 = a;
      for (let k = a; k < b; k++) {
        if (tokens[k]!.lower === 'and' && !actors.byToken[k] && k > k0) { parts.push([k0, k]); k0 = k + 1; }
      }
      parts.push([k0, b]);
      const out: Mention[] = [];
      for (const [x, y] of parts) {
        const m = sh.mentionStartingAt(x);
        // A name the dictionaries know, as the whole conjunct or before its preposition.
        if (m && !m.modifier && m.kind !== 'demonym' && (m.actor.id || m.actor.country) && (m.end === y || SOURCE_PREPS.has(tokens[m.end]?.lower ?? '') || /^(familiar|close)$/.test(tokens[m.end]?.lower ?? ''))) { out.push(m); continue; }
        const p = phraseMention(x, y);
        if (p) out.push(p);
      }
      return out;
    }

    /** A speaker made of the phrase's words, with the state of the first actor in it it belongs to. */
    function phraseMention(a: number, b: number): Mention | null {
      let nouns = 0;
      let country: string | null = null;
      let org: string | null = null;
      let inHead = true;
      for (let k = a; k < b; k++) {
        const t = tokens[k]!;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
        const m = actors.byToken[k];
        if (m && !country && m.actor.country) country = m.actor.country;
        if (SOURCE_PREPS.has(t.lower) && !m) inHead = false;
        // "Senior Houthi official X": an organisation that qualifies the head, or the one a title in
        // the head names, is the speaker's; one after a preposition ("a spokesman for X") is not.
        if (m && inHead && m.start === k && !org) {
          if (m.modifier && m.actor.id && m.actor.id !== m.actor.country) org = m.actor.id;
          else if (m.actor.org) org = m.actor.org;
        }
      }
      if (nouns === 0) return null;
      const text = doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      return {
        start: a, end: b, sentence: s.index, kind: 'unknown', modifier: false, plural: false, gender: null, orgType: null,
        rule: 'actor:source-phrase', actor: { text, id: null, name: null, country, sector: null, role: null, ...(org ? { org } : {}) },
      };
    }

    /** "When Ruto arrived in Doha, he said ...": the comma closes a fronted clause, not content. */
    function closesOpeningClause(comma: number): boolean {
      if (tokens[comma]?.text !== ',' || !sh.isSubordinateStart(s.first)) return false;
      for (let r = s.first; r < comma; r++) if (tokens[r]!.text === ',') return false;
      return true;
    }

    /** The comma or closing quote before a speaker phrase, looking past "the group's" before a title. */
    function closingBefore(speakerStart: number): number | null {
      // ", and Beijing rejected ...": a clause coordinated after a comma is no speaker after content.
      if (/^(and|but)$/.test(tokens[speakerStart - 1]?.lower ?? '') && tokens[speakerStart - 2]?.text === ',') return null;
      let b = speakerStart;
      for (let n = 0; n < 5 && b - 1 > s.first; n++) {
        const t = tokens[b - 1]!;
        if (t.text === ',' || isQuote(t.text)) return b - 1;
        if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM', 'CCONJ'].includes(t.pos) && t.text !== "'") return null;
        b--;
      }
      return b - 1 > s.first && /^[,"\u201D]$/.test(tokens[b - 1]!.text) ? b - 1 : null;
    }

    function cueFollowsContent(speakerStart: number): boolean {
      // "CONTENT, X told journalists": a comma or closing quote right before the speaker, with words before it.
      if (speakerStart <= s.first + 2) return false;
      if (closesOpeningClause(speakerStart - 1)) return false;
      const prev = tokens[speakerStart - 1]!.text;
      return prev === ',' || /^["\u201D]$/.test(prev);
    }

    /** Content after a cue ends at the clause's end, or at the comma closing a "When X says ..." clause. */
    function contentEndAfter(q: number, c0: number): number {
      const subordinate = clauseOpensWithSubordinator(c0);
      for (let r = q; r < s.last; r++) {
        const t = tokens[r]!;
        if (t.text === ';') return r;
        if (subordinate && t.text === ',') return r;
        // "... and the Israelis say ...": another speaker's clause starts (after a clause of its own).
        if ((t.lower === 'and' || t.lower === 'but') && r > q && hasVerb(q, r)) {
          const m = sh.mentionStartingAt(r + 1);
          if (m) {
            const v = m.end < s.last ? skipAux(m.end) : s.last;
            if (v < s.last && tokens[v]!.pos === 'VERB' && kb.speechMatcher.matchesAt(v, lemmaAt).length > 0) return r;
          }
        }
        // ", X said" closing a fronted quote belongs to a statement of its own.
        if (t.text === ',' && r + 1 < s.last) {
          const m = sh.mentionStartingAt(r + 1);
          if (m) {
            const v = skipAux(m.end);
            if (v < s.last && kb.speechMatcher.matchesAt(v, lemmaAt).length > 0 && tokens[v]!.pos === 'VERB') return r;
          }
        }
      }
      return trimEnd(s.last);
    }

    /** A subject noun phrase (or pronoun) and then its verb, at the start of the content. */
    function startsClause(q: number): boolean {
      if (tokens[q]?.lower === 'at' && /^(least|most)$/.test(tokens[q + 1]?.lower ?? '')) q += 2;
      if (q >= s.last || tokens[q]!.pos === 'ADP') return false;
      // A subject with a modal or auxiliary ahead ("the first weapons for Ukraine would be shipped"):
      // a clause even when the subject has a prepositional phrase.
      for (let r = q + 1; r < Math.min(s.last, q + 12); r++) {
        const t = tokens[r]!;
        if (t.text === ',' || t.text === ';' || t.lower === 'that') break;
        if (t.pos === 'AUX' && tokens[r - 1]!.pos !== 'ADP') return true;
        if (t.pos === 'VERB') break;
      }
      let r = q;
      let np = 0;
      while (r < s.last && r < q + 10) {
        const t = tokens[r]!;
        if (t.pos === 'VERB' || t.pos === 'AUX') return np > 0;
        const inMention = actors.byToken[r] !== undefined;
        if (!(inMention || ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'CCONJ'].includes(t.pos) || t.text === "'s" || t.text === "'")) return false;
        np++;
        r++;
      }
      return false;
    }

    function isNounPhraseToken(k: number): boolean {
      const t = tokens[k]!;
      return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PART'].includes(t.pos) || t.text === "'s" || t.text === "'" || actors.byToken[k] !== undefined;
    }

    /** End of a source phrase after "according to": the next comma or the sentence end. */
    function phraseEnd(a: number): number {
      let e = a;
      while (e < s.last && e < a + 10 && tokens[e]!.text !== ',' && tokens[e]!.text !== ';' && !/^[.!?]$/.test(tokens[e]!.text)) e++;
      return e;
    }

    /** Where a relative clause ("who attended") or a participle after a noun ("imagery reviewed by") cuts a phrase. */
    function clauseCut(a: number, b: number): number {
      for (let k = a + 1; k < b; k++) {
        const t = tokens[k]!;
        if (t.pos === 'PRON' && /^(who|which|that|whose)$/.test(t.lower)) return k;
        if ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1]!.pos === 'NOUN') return k;
      }
      return b;
    }

    /** The last noun of a mention's words: its head. */
    function headLemma(m: Mention): string {
      for (let k = m.end - 1; k >= m.start; k--) if (tokens[k]!.pos === 'NOUN') return tokens[k]!.lemma;
      return tokens[m.end - 1]!.lemma;
    }

    /** A speaker made of the words themselves (no dictionary entry): "a global hunger monitor". */
    function phraseSpeaker(a: number, b: number): Mention | null {
      if (b <= a || b - a > 9) return null;
      let nouns = 0;
      for (let k = a; k < b; k++) {
        const t = tokens[k]!;
        if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return null;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
      }
      if (nouns === 0) return null;
      const text = doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      return {
        start: a, end: b, sentence: s.index, kind: 'unknown', modifier: false, plural: false, gender: null, orgType: null,
        rule: 'actor:source-phrase', actor: { text, id: null, name: null, country: null, sector: null, role: null },
      };
    }

    function hasVerb(a: number, b: number): boolean {
      for (let r = a; r < b; r++) if (tokens[r]!.pos === 'VERB' || tokens[r]!.pos === 'AUX') return true;
      return false;
    }

    function skipAux(k: number): number {
      while (k < s.last && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
      return k;
    }

    function clauseOpensWithSubordinator(c0: number): boolean {
      for (let r = c0 - 1; r >= s.first; r--) {
        const t = tokens[r]!;
        if (t.text === ',' || t.text === ';') return false;
        if (sh.isSubordinateStart(r) && (r === s.first || tokens[r - 1]!.text === ',')) return true;
      }
      return false;
    }

    function countWords(a: number, b: number): number {
      let n = 0;
      for (let r = a; r < b; r++) {
        const t = tokens[r]!;
        if (FILLER_POS.has(t.pos)) continue;
        if (actors.placeByToken[r] && !actors.byToken[r]) continue;
        n++;
      }
      return n;
    }

    function placeAfter(k: number, content: [number, number]): PlaceMention | null {
      // "told reporters in Geneva": a place right after the cue (not inside the content).
      for (let r = k; r < Math.min(s.last, k + 4); r++) {
        if (r >= content[0] && r < content[1]) break;
        if (/^(in|at)$/.test(tokens[r]!.lower)) {
          const p = actors.placeByToken[r + 1];
          if (p && p.start === r + 1) return p;
        }
      }
      return null;
    }

    function cueOf(c0: number, c1: number): string {
      return doc.text.slice(tokens[c0]!.start, tokens[c1 - 1]!.end);
    }

    function trimEnd(end: number): number {
      let e = end;
      while (e > s.first && /^[.!?]$/.test(tokens[e - 1]!.text)) e--;
      return e;
    }

    function make(speaker: Mention, c0: number, c1: number, cueText: string, cueEntry: SpeechCue, addressee: Mention | null, channel: Mention | null, content: [number, number], form: StatementForm | null, rule: string, place: PlaceMention | null = null): Statement | null {
      let [a, b] = content;
      while (a < b && /^[,:]$/.test(tokens[a]!.text)) a++;
      while (b > a && /^[,:]$/.test(tokens[b - 1]!.text)) b--;
      // A quote opened and closed around the whole content: the marks are not part of it.
      const quotedWhole = a < b && isQuote(tokens[a]!.text) && !QUOTES.test(doc.text.slice(tokens[a]!.end, tokens[b - 1]!.start));
      if (quotedWhole) {
        a++;
        if (b > a && isQuote(tokens[b - 1]!.text)) b--;
        while (b > a && /^[,:]$/.test(tokens[b - 1]!.text)) b--;
      }
      if (b <= a) return null;
      const cs = tokens[a]!.start;
      const ce = tokens[b - 1]!.end;
      const text = doc.text.slice(cs, ce);
      let f: StatementForm = form ?? 'indirect';
      if (!form) {
        const inner = text.replace(/^["\u201C\u201D]|["\u201C\u201D]$/g, '');
        const opensQuoted = quotedWhole || QUOTES.test(text.charAt(0)) || (a > s.first && QUOTES.test(tokens[a - 1]!.text));
        if (opensQuoted && !QUOTES.test(inner)) f = 'direct';
        else if (QUOTES.test(text)) f = 'mixed';
      }
      const lo = Math.min(speaker.start, c0, a);
      const hi = Math.max(speaker.end, c1, b);
      return {
        sentence: s.index, speaker, cueStart: c0, cueEnd: c1, cue: cueText, cueEntry, addressee, channel, form: f,
        content: [cs, ce], contentTokens: [a, b],
        span: [tokens[lo]!.start, tokens[hi - 1]!.end], place, rule, record: true,
      };
    }
  }
  return out;
}

/** The innermost statement whose content covers token i. */
export function statementCovering(statements: Statement[], i: number): Statement | undefined {
  let best: Statement | undefined;
  for (const st of statements) {
    if (i >= st.contentTokens[0] && i < st.contentTokens[1]) {
      if (!best || st.contentTokens[1] - st.contentTokens[0] < best.contentTokens[1] - best.contentTokens[0]) best = st;
    }
  }
  return best;
}
