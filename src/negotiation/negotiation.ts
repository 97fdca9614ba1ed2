/**
 * The negotiation picture of one article: proposals (with versions), each party's position on
 * them, the demands parties make, the roles they play, and disputes between sources.
 * Vocabulary is data (data/lexicon/negotiation.json, proposals.json, disputes.json).
 */
import type {
  Actor, DemandRecord, DisputeRecord, EventRecord, ParleyRecord, PositionRecord, ProposalRecord,
  RoleRecord, Span, Stance, StatementRecord,
} from '../model/records.js';
import type { Doc, Sentence } from '../nlp/doc.js';
import type { Knowledge } from '../knowledge/types.js';
import type { ActorIndex, Mention } from '../actors/mentions.js';
import { statementCovering, type Statement } from '../attribution/statements.js';
import type { CodedEvent } from '../events/events.js';
import { Shallow } from '../syntax/shallow.js';
import { countryActor, orgActor, partyKey, sameActor } from '../actors/resolve.js';
import { recordId } from '../nlp/normalise.js';
import type { DateMention } from '../time/dates.js';

export interface NegotiationInput {
  articleId: string;
  doc: Doc;
  kb: Knowledge;
  actors: ActorIndex;
  statements: Statement[];
  statementRecords: StatementRecord[];
  events: CodedEvent[];
  eventRecords: EventRecord[];
  published: string | null;
  dates: DateMention[];
}

interface ProposalMention {
  sentence: number;
  start: number;
  end: number;
  head: number;
  proposer: Actor[];
  subject: string | null;
  version: string | null;
  versionKind: 'new' | 'old' | null;
  anaphoric: boolean;
  /** "an amended version of the Egyptian proposal": the text names both the version and its base. */
  versionOfNamed?: boolean;
  /** The sentence says this text differs from another ("X is different from Y"). */
  contrasted?: boolean;
  state?: ProposalState;
}

interface ProposalState {
  key: number;
  noun: string;
  proposer: Actor[];
  subject: string | null;
  version: string | null;
  versionOf: ProposalState | null;
  mentions: ProposalMention[];
  rule: string;
  record?: ProposalRecord;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function findNegotiation(input: NegotiationInput): ParleyRecord[] {
  const { doc, kb, actors, statements, articleId, dates } = input;
  const { tokens } = doc;
  const sh = new Shallow(doc, actors);
  const lex = kb.negotiation;
  const proposalNouns = new Set(lex.proposal_nouns);
  const subjectWords = new Map(lex.subjects.map((x) => [x.word.toLowerCase(), x.subject]));
  const newWords = new Set(kb.proposals.new_version_words);
  const oldWords = new Set(kb.proposals.old_version_words);
  const oneAnaphors = new Set(kb.proposals.one_anaphors);
  const stanceNouns = new Map(lex.stance_nouns.map((x) => [x.word.toLowerCase(), x.stance]));
  const demandNouns = new Set(lex.demand_nouns.map((x) => x.toLowerCase()));
  const negation = new Set(kb.modality.negation);

  const states: ProposalState[] = [];
  const mentionsBySentence = new Map<number, ProposalMention[]>();
  let recent: ProposalState | null = null;

  const text = (a: number, b: number) => doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const statementRecordFor = (st: Statement | undefined) =>
    st ? input.statementRecords.find((r) => r.sentence === st.sentence && r.span[0] === st.span[0] && r.span[1] === st.span[1]) : undefined;

  // 1. Proposal mentions, resolved in reading order.
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const found: ProposalMention[] = [];
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.pos === 'NOUN' && proposalNouns.has(t.lemma)) found.push(describeProposal(s, i));
      else if (oneAnaphors.has(t.lower) && i > s.first && tokens[i - 1]!.lower === 'the' && found.length > 0) {
        // "the one Israel had accepted", "the earlier one": a proposal by contrast.
        const m = describeProposal(s, i);
        m.anaphoric = true;
        found.push(m);
      }
    }
    // "X is different from Y": Y is the older text, X a version of its own.
    const contrast = contrastPairs(s, found);
    for (const m of found) {
      if (contrast.some((c) => c.newer === m || c.older === m)) continue;
      resolve(m);
    }
    for (const c of contrast) {
      c.newer.contrasted = true;
      if (c.newer.versionKind === 'new' && !c.newer.state) {
        // "the amended proposal is different from the one Israel had accepted": the named version
        // is resolved first, and "the one" is the text it was made from.
        resolve(c.newer);
        if (!c.older.state && c.newer.state) attach(c.older, rootOf(c.newer.state));
        else if (!c.older.state) resolve(c.older);
        continue;
      }
      if (!c.older.state) resolve(c.older);
      const base = rootOf(c.older.state!);
      c.newer.versionKind = 'new';
      resolveAsVersion(c.newer, base);
    }
    mentionsBySentence.set(s.index, found);
  }

  function describeProposal(s: Sentence, head: number): ProposalMention {
    let start = head;
    const proposer: Actor[] = [];
    let subject: string | null = null;
    let version: string | null = null;
    let versionKind: 'new' | 'old' | null = null;
    let versionOfNamed = false;
    for (let k = head - 1; k >= Math.max(s.first, head - 6); k--) {
      const t = tokens[k]!;
      const m = actors.byToken[k];
      if (m) {
        // "its proposal", "their plan" name the proposer; "it's a new plan" does not.
        if (m.kind === 'pronoun' && !/^(its|their)$/i.test(m.actor.text)) break;
        proposer.unshift(m.actor);
        k = m.start;
        start = m.start;
        continue;
      }
      if ((t.text === "'s" && t.lemma !== 'be') || t.text === "'") { start = k; continue; }
      // Participles modify the noun only inside the phrase ("the revised plan"), not as its verb ("approved the plan").
      // ... including after a name inside the phrase ("a U.S. bridging proposal"), but a verb after
      // its subject ("Israel accepted the plan") is no modifier.
      let j = k - 1;
      while (j >= s.first && (tokens[j]!.pos === 'PROPN' || actors.byToken[j] !== undefined)) j--;
      const participleInPhrase = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '');
      if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) && !participleInPhrase) break;
      if (subjectWords.has(t.lower) || subjectWords.has(t.lemma)) subject = subjectWords.get(t.lower) ?? subjectWords.get(t.lemma)!;
      if (newWords.has(t.lower)) { version = version ?? t.lower; versionKind = 'new'; }
      if (oldWords.has(t.lower)) { versionKind = 'old'; }
      if (MONTHS.includes(t.lower) && t.pos === 'PROPN') { version = version ?? t.text; }
      start = k;
    }
    let end = head + 1;
    let inRelative = false;
    // Post-modifiers: "for a ceasefire", "put forward by X", "that X has tabled", "agreed in July".
    for (let k = head + 1; k < Math.min(s.last, head + 12); k++) {
      const t = tokens[k]!;
      if (t.text === ',' || t.text === ';' || t.text === '.') break;
      const sw = subjectWords.get(t.lower) ?? subjectWords.get(t.lemma);
      if (sw && !subject) subject = sw;
      if (oldWords.has(t.lower)) versionKind = versionKind ?? 'old';
      const pv = t.pos === 'VERB' ? kb.proposingMatcher.matchesAt(k, (q) => (q < s.last ? tokens[q]!.lemma : undefined))[0] : undefined;
      if (pv) {
        // "put forward by Egypt" (also without "was"), or "that the US has put forward".
        const agent = sh.agentOf(pv.end - 1, s.last);
        const by = agent.length ? agent : sh.isPassive(k) ? [] : sh.subjectOf(k);
        for (const m of by) proposer.push(m.actor);
        end = pv.end;
        // "tabled by Qatar for a truce": the subject may follow the verb.
        for (let q = pv.end; q < Math.min(s.last, pv.end + 4); q++) {
          const w = subjectWords.get(tokens[q]!.lower) ?? subjectWords.get(tokens[q]!.lemma);
          if (w) { subject = subject ?? w; end = q + 1; break; }
          if (tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'PUNCT') break;
        }
        break;
      }
      if (/^(that|which)$/.test(t.lower)) inRelative = true;
      // The phrase ends at the clause's own verb ("the amended proposal is different ..."); only a
      // relative clause or a participle ("put forward by") continues it.
      if ((t.pos === 'AUX' || t.pos === 'VERB') && !inRelative && !(t.pos === 'VERB' && /(ed|en)$/.test(t.lower) && k === head + 1)) break;
      if (t.pos === 'VERB' && !/^(that|which)$/.test(tokens[k - 1]!.lower) && actors.byToken[k - 1] === undefined) break;
      end = k + 1;
    }
    // "an amended version of the Egyptian proposal": the version words sit before "version of".
    if (start - 2 >= s.first && tokens[start - 1]!.lower === 'of' && oneAnaphors.has(tokens[start - 2]!.lower)) {
      let k = start - 3;
      while (k >= s.first && ['ADJ', 'VERB', 'DET', 'NUM'].includes(tokens[k]!.pos)) {
        if (newWords.has(tokens[k]!.lower)) { version = tokens[k]!.lower; versionKind = 'new'; }
        if (oldWords.has(tokens[k]!.lower)) versionKind = versionKind ?? 'old';
        if (tokens[k]!.pos === 'DET') { k--; break; }
        k--;
      }
      start = k + 1;
      versionOfNamed = versionKind === 'new';
    }
    // "The United States put forward a ceasefire plan": the proposing verb's subject proposes.
    if (proposer.length === 0 && start > s.first) {
      let v = start - 1;
      const pv = kb.proposingMatcher.matchesAt(v, (q) => (q < s.last ? tokens[q]!.lemma : undefined))[0]
        ?? (v > s.first ? kb.proposingMatcher.matchesAt(v - 1, (q) => (q < start ? tokens[q]!.lemma : undefined))[0] : undefined);
      if (pv && pv.end === start) {
        v = pv.start;
        if (tokens[v]!.pos === 'VERB') for (const m of sh.subjectOf(v)) proposer.push(m.actor);
      }
    }
    const anaphoric = proposer.length === 0 && /^(the|this|that|its|their)$/.test(tokens[start]!.lower) && versionKind === null && subject === null;
    return { sentence: s.index, start, end: Math.max(end, head + 1), head, proposer: dedupe(proposer), subject, version, versionKind, anaphoric, versionOfNamed };
  }

  function contrastPairs(s: Sentence, found: ProposalMention[]): { newer: ProposalMention; older: ProposalMention }[] {
    const out: { newer: ProposalMention; older: ProposalMention }[] = [];
    // A contrast needs two proposal mentions in the sentence.
    if (found.length < 2) return out;
    for (const phrase of kb.disputes.difference_phrases) {
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

  function rootOf(p: ProposalState): ProposalState {
    let r = p;
    while (r.versionOf) r = r.versionOf;
    return r;
  }

  function compatible(p: ProposalState, m: ProposalMention): boolean {
    if (m.subject && p.subject && m.subject !== p.subject) return false;
    if (m.proposer.length && p.proposer.length && !m.proposer.some((a) => p.proposer.some((b) => sameActor(a, b) || (a.country !== null && a.country === b.country)))) return false;
    return true;
  }

  function newState(m: ProposalMention, versionOf: ProposalState | null, rule: string): ProposalState {
    const st: ProposalState = {
      key: states.length, noun: tokens[m.head]!.lemma, proposer: [...m.proposer], subject: m.subject,
      version: m.version, versionOf, mentions: [m], rule,
    };
    states.push(st);
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

  function resolveAsVersion(m: ProposalMention, base: ProposalState): void {
    const existing = [...states].reverse().find((p) => p.versionOf === base && (!m.version || !p.version || p.version === m.version));
    if (existing) attach(m, existing);
    else {
      const st = newState(m, base, 'proposal:version');
      if (st.proposer.length === 0) st.proposer = [...base.proposer];
      if (!st.subject) st.subject = base.subject;
    }
    recent = m.state!;
  }

  function resolve(m: ProposalMention): void {
    const candidates = [...states].reverse().filter((p) => compatible(p, m));
    if (m.versionKind === 'new' && candidates.length > 0) {
      resolveAsVersion(m, rootOf(candidates[0]!));
      return;
    }
    if (m.versionKind === 'new' && m.versionOfNamed) {
      // The base is named only inside the version's phrase: it is on the table too.
      const base = newState({ ...m, version: null, versionKind: null }, null, 'proposal:named-base');
      resolveAsVersion(m, base);
      return;
    }
    if (m.versionKind === 'old' && candidates.length > 0) {
      attach(m, rootOf(candidates[0]!));
    } else if (m.anaphoric) {
      if (recent) attach(m, recent);
      else newState(m, null, 'proposal:mention');
    } else {
      const definite = /^(the|this|its|their)$/.test(tokens[m.start]!.lower) || m.proposer.length > 0;
      const match = candidates.find((p) => p.versionOf === null || m.version === p.version);
      if (match && (definite || m.proposer.length > 0 || m.subject)) attach(m, match);
      else if (m.proposer.length > 0 || m.subject || m.version) newState(m, null, 'proposal:mention');
      // "to reach an agreement": an indefinite noun with nothing to identify it is no proposal on the table.
      else return;
    }
    recent = m.state!;
  }

  const proposalAt = (i: number): ProposalMention | undefined => {
    const list = mentionsBySentence.get(tokens[i]!.sentence) ?? [];
    return list.find((m) => i >= m.start && i < m.end);
  };
  const recentProposalBefore = (i: number): ProposalState | null => {
    let best: ProposalMention | null = null;
    for (const [sent, list] of mentionsBySentence) {
      if (sent > tokens[i]!.sentence || sent < tokens[i]!.sentence - 3) continue;
      for (const m of list) if (m.head < i && m.state && (!best || m.head > best.head)) best = m;
    }
    return best?.state ?? null;
  };

  // 2. Proposal records.
  const records: ParleyRecord[] = [];
  for (const st of states) {
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
    records.push(rec);
  }
  for (const st of states) if (st.versionOf && st.record) st.record.version_of = st.versionOf.record!.id;

  // 3. Positions on proposals.
  const positions: PositionRecord[] = [];
  const datesIn = (s: Sentence, st: Statement | undefined) => {
    const sr = statementRecordFor(st);
    if (sr?.date) return sr.date;
    const d = dates.find((x) => x.start >= s.start && x.end <= s.end);
    return d ? d.date : null;
  };
  const addPosition = (party: Actor, target: string, stance: Stance, at: number, span: Span, rule: string) => {
    const s = doc.sentences[tokens[at]!.sentence]!;
    const st = statementCovering(statements, at);
    const assertedBy = st ? st.speaker.actor : null;
    if (positions.some((p) => p.sentence === s.index && p.target === target && sameActor(p.party, party) && p.stance === stance)) return;
    positions.push({
      kind: 'position',
      id: recordId('po', articleId, s.index, span[0], target, party.id ?? party.text, stance),
      article: articleId, sentence: s.index, span, rule,
      party, target, stance, asserted_by: assertedBy, date: datesIn(s, st),
    });
  };

  let lastStance: Stance | null = null;
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      // Undecided: "it's up to Hamas to ...", "Hamas has yet to respond".
      if (t.lower === 'up' && tokens[i + 1]?.lower === 'to') {
        const party = sh.mentionStartingAt(i + 2);
        if (party && !party.modifier && tokens[party.end]?.lower === 'to') {
          const target = recentProposalBefore(i);
          if (target) addPosition(party.actor, target.record!.id, 'undecided', i, [tokens[i]!.start, tokens[party.end]!.end], 'position:up-to');
          // The infinitive that follows ("to do the same") is what the party is to decide, not a stance.
          let q = party.end;
          while (q < s.last && tokens[q]!.text !== ',' && tokens[q]!.text !== ';') q++;
          i = q;
          continue;
        }
      }
      if (t.pos === 'VERB') {
        const sm = kb.stanceMatcher.matchesAt(i, lemmaAt)[0];
        if (sm) {
          const entry = sm.values[0]!;
          let stance = entry.stance as Stance | 'same';
          const parties = (sh.isPassive(i) ? sh.agentOf(i, s.last) : sh.subjectOf(i)).filter((m) => !m.modifier || true);
          const target = stanceTarget(i, sm.end, s);
          if (!target || parties.length === 0) continue;
          const group = [];
          for (let k = sh.verbGroupStart(i); k < i; k++) group.push(tokens[k]!.lower);
          const negated = group.some((w) => negation.has(w) || w === "n't");
          if (stance === 'same') {
            if (!lastStance) continue;
            stance = lastStance;
          }
          if (negated) stance = group.includes('yet') ? 'undecided' : stance === 'accepts' ? 'rejects' : 'undecided';
          if (conditionalNear(i, s)) stance = 'conditional';
          for (const p of parties) {
            if (p.kind === 'pronoun' && !p.antecedent) continue;
            addPosition(p.actor, target.record!.id, stance as Stance, i, [tokens[Math.min(p.start, i)]!.start, tokens[sm.end - 1]!.end], `position:verb:${entry.lemma}`);
          }
          lastStance = stance as Stance;
          continue;
        }
      }
      const sn = t.pos === 'NOUN' ? stanceNouns.get(t.lemma) ?? stanceNouns.get(t.lower) : undefined;
      if (sn) {
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
        if (!owner || owner.modifier) continue;
        let target: ProposalState | null = null;
        if (/^(to|of|on|over|against)$/.test(tokens[i + 1]?.lower ?? '')) {
          for (let q = i + 2; q < Math.min(s.last, i + 6); q++) { const pm = proposalAt(q); if (pm?.state) { target = pm.state; break; } }
        }
        target = target ?? recentProposalBefore(i);
        if (target) addPosition(owner.actor, target.record!.id, sn as Stance, i, [tokens[owner.start]!.start, tokens[i]!.end], `position:noun:${t.lemma}`);
      }
    }
  }

  function stanceTarget(v: number, vEnd: number, s: Sentence): ProposalState | null {
    // Object: "approved a plan", "approved it", "accepted the proposal".
    for (let k = vEnd; k < Math.min(s.last, vEnd + 4); k++) {
      const pm = proposalAt(k);
      if (pm?.state) return pm.state;
      if (tokens[k]!.lower === 'it' || tokens[k]!.lower === 'this') return recentProposalBefore(v) ?? null;
      const participle = tokens[k]!.pos === 'VERB' && /(ed|ing)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === 'DET';
      if (((tokens[k]!.pos === 'VERB' && !participle) || tokens[k]!.pos === 'AUX' || tokens[k]!.text === ',')) break;
    }
    // Relative clause: "the draft that Kyiv said yes to".
    for (let k = v - 1; k >= Math.max(s.first, v - 8); k--) {
      if (/^(that|which)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos !== 'VERB') {
        const pm = proposalAt(k - 1);
        // A relative clause on something else ("a demand, which Egypt opposes") is not about a proposal.
        return pm?.state ?? null;
      }
      if (tokens[k]!.text === ',' || tokens[k]!.text === ';') break;
    }
    // Intransitive: "the Israelis have accepted".
    const next = tokens[vEnd];
    if (!next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || /^(and|but)$/.test(next.lower)) return recentProposalBefore(v);
    return null;
  }

  function conditionalNear(v: number, s: Sentence): boolean {
    const sText = doc.text.slice(tokens[v]!.start, s.end).toLowerCase();
    return lex.conditional_cues.some((c) => c !== 'if' && sText.includes(` ${c} `));
  }

  // 4. Demands: "Azerbaijan wants Armenia to drop ...", "it refuses to let monitors stay ...".
  const demands: DemandRecord[] = [];
  const demandSpans: { rec: DemandRecord; end: number }[] = [];
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      let polarity: 'wants' | 'refuses' | null = null;
      let after = i + 1;
      let parties: Mention[] = [];
      let rule = '';
      if (t.pos === 'VERB') {
        const dm = kb.demandMatcher.matchesAt(i, lemmaAt)[0];
        if (!dm) continue;
        polarity = dm.values[0]!.polarity === 'refuses' ? 'refuses' : 'wants';
        const group: string[] = [];
        for (let k = sh.verbGroupStart(i); k < i; k++) group.push(tokens[k]!.lower);
        if (group.some((w) => negation.has(w) || w === "n't")) polarity = polarity === 'wants' ? 'refuses' : 'wants';
        parties = sh.subjectOf(i);
        after = dm.end;
        rule = `demand:verb:${dm.values[0]!.lemma}`;
      } else if (t.pos === 'NOUN' && demandNouns.has(t.lemma) && /^(for|that)$/.test(tokens[i + 1]?.lower ?? '')) {
        let k = i - 1;
        while (k >= s.first && tokens[k]!.pos === 'ADJ') k--;
        if (k >= s.first && (tokens[k]!.text === "'s" || tokens[k]!.text === "'")) k--;
        const owner = k >= s.first ? sh.mentionEndingAt(k) : undefined;
        if (!owner) continue;
        parties = [owner];
        polarity = 'wants';
        after = i + 2;
        rule = `demand:noun:${t.lemma}`;
      } else continue;
      parties = parties.filter((p) => !(p.kind === 'pronoun' && !p.antecedent));
      if (parties.length === 0) continue;
      if (tokens[after]?.lower === 'to' || tokens[after]?.lower === 'that') after++;
      const st = statementCovering(statements, i);
      const end = demandContentEnd(after, s, st);
      let words = 0;
      let verbs = 0;
      for (let k = after; k < end; k++) {
        if (tokens[k]!.pos !== 'PUNCT') words++;
        if (tokens[k]!.pos === 'VERB') verbs++;
      }
      // A demand is a state of affairs wanted or refused ("to keep troops in ...", "Hamas to
      // return ..."); a bare object ("rejected the claim") is a stance, not a demand.
      if (words < 2 || verbs === 0) continue;
      // A demand that is a stance on a proposal ("wants the proposal") is a position, not a demand.
      if (proposalAt(after) || proposalAt(after + 1)) continue;
      for (const p of parties) {
        const rec: DemandRecord = {
          kind: 'demand',
          id: recordId('de', articleId, s.index, tokens[after]!.start, p.actor.id ?? p.actor.text, polarity!),
          article: articleId, sentence: s.index,
          span: [tokens[Math.min(p.start, i)]!.start, tokens[end - 1]!.end], rule,
          party: p.actor, content: text(after, end), polarity: polarity!, asserted_by: st ? st.speaker.actor : null,
        };
        demands.push(rec);
        demandSpans.push({ rec, end });
      }
      i = end - 1;
    }
  }

  function demandContentEnd(a: number, s: Sentence, st: Statement | undefined): number {
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

  // Positions on demands: "..., which the mediating country Russia opposes".
  for (const { rec, end } of demandSpans) {
    if (tokens[end]?.text !== ',' || !/^(which|that)$/.test(tokens[end + 1]?.lower ?? '')) continue;
    const s = doc.sentences[rec.sentence]!;
    const lemmaAt = (i: number) => (i < s.last ? tokens[i]!.lemma : undefined);
    for (let k = end + 2; k < Math.min(s.last, end + 10); k++) {
      if (tokens[k]!.pos !== 'VERB') continue;
      const sm = kb.stanceMatcher.matchesAt(k, lemmaAt)[0];
      if (!sm) continue;
      const parties = sh.subjectOf(k);
      for (const p of parties) {
        addPosition(p.actor, rec.id, sm.values[0]!.stance as Stance, k, [tokens[end + 1]!.start, tokens[sm.end - 1]!.end], `position:demand:${sm.values[0]!.lemma}`);
      }
      break;
    }
  }

  // A proposal is on the table when the text gives it a subject, a version, a stance or a
  // contrast, or a proposer and a noun that names a proposal by itself ("the Kennedy plan");
  // "the text" or "the package" with nothing more is not tracked.
  const strong = new Set(kb.proposals.strong_nouns ?? []);
  const targeted = new Set(positions.map((p) => p.target));
  const isBase = new Set(states.filter((x) => x.versionOf).map((x) => x.versionOf!.key));
  const onTable = (st: ProposalState) => Boolean(st.subject || st.version || st.versionOf || isBase.has(st.key) || targeted.has(st.record!.id) || (st.proposer.length > 0 && strong.has(st.noun)));
  const dropped = new Set(states.filter((st) => !onTable(st)).map((st) => st.record!.id));
  if (dropped.size) {
    for (let k = records.length - 1; k >= 0; k--) if (dropped.has((records[k] as ProposalRecord).id)) records.splice(k, 1);
  }

  // 5. Roles: mediators, guarantors, observers named as such; parties and proposers.
  const roles: RoleRecord[] = [];
  const addRole = (m: Mention | { actor: Actor; start: number; end: number }, role: RoleRecord['role'], rule: string) => {
    if (roles.some((r) => sameActor(r.actor, m.actor) && r.role === role)) return;
    const sIdx = tokens[m.start]!.sentence;
    roles.push({
      kind: 'role', id: recordId('ro', articleId, sIdx, tokens[m.start]!.start, m.actor.id ?? m.actor.text, role),
      article: articleId, sentence: sIdx, span: [tokens[m.start]!.start, tokens[m.end - 1]!.end], rule,
      actor: m.actor, role, negotiation: records.length ? (records[0] as ProposalRecord).label : null,
    });
  };
  const cueRoles: [Set<string>, RoleRecord['role']][] = [[new Set(lex.mediator_cues), 'mediator'], [new Set(lex.guarantor_cues), 'guarantor'], [new Set(lex.observer_cues), 'observer']];
  for (const s of doc.sentences) {
    if (s.heading) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      for (const [cues, role] of cueRoles) {
        if (!cues.has(t.lower)) continue;
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
        if (t.pos === 'VERB') found = [...sh.subjectOf(i).filter((m) => !m.modifier), ...found];
        for (const m of found) addRole(m, role, `role:cue:${t.lower}`);
      }
    }
  }
  for (const p of positions) {
    if (!records.some((r) => r.id === p.target)) continue;
    // Netanyahu's stance makes Israel a party: one party role per state or organisation.
    if (roles.some((r) => sameActor(r.actor, p.party) || partyKey(r.actor) === partyKey(p.party))) continue;
    const sIdx = p.sentence;
    const actor = partyActor(kb, p.party);
    roles.push({ kind: 'role', id: recordId('ro', articleId, sIdx, p.span[0], actor.id ?? actor.text, 'party'), article: articleId, sentence: sIdx, span: p.span, rule: 'role:position-holder', actor, role: 'party', negotiation: null });
  }
  for (const st of states) {
    if (dropped.has(st.record!.id)) continue;
    for (const a of st.proposer) {
      if (roles.some((r) => sameActor(r.actor, a))) continue;
      const m = st.mentions[0]!;
      roles.push({ kind: 'role', id: recordId('ro', articleId, m.sentence, st.key, a.id ?? a.text, 'mediator'), article: articleId, sentence: m.sentence, span: st.record!.span, rule: 'role:proposer-not-party', actor: a, role: 'mediator', negotiation: st.record!.label });
    }
  }

  // 6. Disputes.
  const disputes: DisputeRecord[] = [];
  // a) "the proposal Israel said yes to is different from the one on the table", said by S:
  //    S contests whoever asserted that a party accepted the earlier text.
  for (const st of states) {
    if (!st.versionOf) continue;
    const base = rootOf(st);
    for (const m of st.mentions) {
      if (!m.contrasted) continue;
      const speech = statementCovering(statements, m.head);
      if (!speech) continue;
      const byRecord = statementRecordFor(speech);
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
        disputes.push({
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
  // b) "Kyiv condemned Trump's remarks": an ACCUSE or REJECT aimed at someone's words.
  const speechNouns = new Set(kb.disputes.speech_nouns);
  for (const ev of input.eventRecords) {
    if (ev.event !== 'ACCUSE' && ev.event !== 'REJECT') continue;
    const s = doc.sentences[ev.sentence]!;
    for (let k = s.first; k < s.last; k++) {
      if (tokens[k]!.start < ev.span[0] || tokens[k]!.start >= ev.span[1] + 40) continue;
      if (!speechNouns.has(tokens[k]!.lower)) continue;
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
      if (!claim || !claimant) continue;
      const claimText = claim.kind === 'statement' ? claim.content : doc.text.slice(doc.sentences[claim.sentence]!.start, doc.sentences[claim.sentence]!.end);
      for (const a of ev.actor) {
        disputes.push({
          kind: 'dispute', id: recordId('di', articleId, claim.id, ev.id, a.id ?? a.text), article: articleId,
          sentence: ev.sentence, span: ev.span, rule: `dispute:${ev.event.toLowerCase()}-of-statement`,
          claim: claim.id, disputed_by: a, by_record: ev.id,
          summary: `${nameOf(a)} ${ev.event === 'ACCUSE' ? 'condemns' : 'rejects'} what ${nameOf(claimant)} said: "${claimText.slice(0, 120)}"`,
        });
      }
      break;
    }
  }
  // c) Denials: "X denied that ..." contests the latest earlier statement by someone else.
  for (const st of statements) {
    if (!st.cueEntry.dispute) continue;
    const byRecord = statementRecordFor(st);
    if (!byRecord) continue;
    const claim = [...input.statementRecords].reverse().find((r) => (r.sentence < st.sentence || (r.sentence === st.sentence && r.span[0] < byRecord.span[0])) && !sameActor(r.speaker, st.speaker.actor));
    if (!claim) continue;
    disputes.push({
      kind: 'dispute', id: recordId('di', articleId, claim.id, byRecord.id), article: articleId,
      sentence: st.sentence, span: byRecord.span, rule: `dispute:cue:${st.cueEntry.lemma}`,
      claim: claim.id, disputed_by: st.speaker.actor, by_record: byRecord.id,
      summary: `${nameOf(st.speaker.actor)} ${st.cue} what ${nameOf(claim.speaker)} said: "${claim.content.slice(0, 120)}"`,
    });
  }

  return [...records, ...positions, ...demands, ...roles, ...dedupeById(disputes)];
}

function dedupe(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) if (!out.some((b) => sameActor(a, b))) out.push(a);
  return out;
}

function dedupeById<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

function nameOf(a: Actor): string {
  return a.name ?? a.text;
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

/** How labels name a proposer: a state by its shortest acronym alias ("US", "UK", "DRC"), else its name. */
function shortName(kb: Knowledge, a: Actor): string {
  const c = a.id && a.id === a.country ? kb.countries.get(a.id) : undefined;
  const acronym = c?.aliases?.filter((x) => /^[A-Z]{2,4}$/.test(x)).sort((x, y) => x.length - y.length)[0];
  return acronym ?? a.name ?? a.text;
}
