/**
 * The state of the talks across articles: proposals merged by proposer and subject (versions
 * kept apart), every source of every position kept, the latest stance per party and proposal,
 * open demands, and a dated timeline.
 */
import type {
  Actor, ArticleRecord, DemandRecord, DisputeRecord, EventRecord, ParleyRecord, PositionRecord,
  ProposalRecord, RoleRecord, Stance,
} from '../model/records.js';
import { partyKey } from '../actors/resolve.js';

export interface Source {
  article: string;
  record: string;
  sentence: number;
  asserted_by: string | null;
  date: string | null;
  stance?: Stance;
  disputed?: boolean;
}

export interface MergedProposal {
  key: string;
  label: string;
  proposer: string[];
  subject: string | null;
  version: string | null;
  version_of: string | null;
  records: string[];
  articles: string[];
  first_seen: string | null;
}

export interface MatrixCell {
  party: string;
  proposal: string;
  /** The stance of the latest source (by date, then by order of reading). */
  stance: Stance;
  date: string | null;
  sources: Source[];
  disputed: boolean;
}

export interface MergedDemand {
  party: string;
  content: string;
  polarity: 'wants' | 'refuses';
  sources: Source[];
  positions: { party: string; stance: Stance; asserted_by: string | null }[];
}

export interface TimelineItem {
  date: string;
  kind: string;
  summary: string;
  article: string;
  record: string;
}

export interface TalksState {
  articles: number;
  parties: string[];
  /** Display names of the party codes used in the matrix, demands and roles. */
  party_names: Record<string, string>;
  proposals: MergedProposal[];
  matrix: MatrixCell[];
  demands: MergedDemand[];
  roles: { actor: string; role: string; sources: number }[];
  disputes: { summary: string; disputed_by: string; article: string; record: string }[];
  timeline: TimelineItem[];
}

const name = (a: Actor | null | undefined) => (a ? a.name ?? a.text : null);

export function mergeTalks(articles: ParleyRecord[][]): TalksState {
  const proposals = new Map<string, MergedProposal>();
  const proposalKeyOf = new Map<string, string>();
  const cells = new Map<string, MatrixCell>();
  const demands = new Map<string, MergedDemand>();
  const demandKeyOf = new Map<string, string>();
  const roles = new Map<string, { actor: string; role: string; sources: number }>();
  const disputes: TalksState['disputes'] = [];
  const timeline: TimelineItem[] = [];
  const partyNames = new Map<string, string>();
  const disputedClaims = new Set<string>();

  for (const records of articles) {
    const article = records.find((r): r is ArticleRecord => r.kind === 'article');
    const published = article?.published ?? null;
    const byId = new Map(records.filter((r) => r.kind !== 'article').map((r) => [(r as { id: string }).id, r]));
    for (const r of records) if (r.kind === 'dispute') disputedClaims.add(r.claim);
    // Proposals: base texts by proposer and subject; versions by their base and version word.
    const local = records.filter((r): r is ProposalRecord => r.kind === 'proposal');
    const baseKey = (p: ProposalRecord) => `${p.proposer.map(partyKey).sort().join('+') || '?'}|${p.subject ?? '?'}`;
    for (const p of local.filter((x) => !x.version_of)) {
      let key = baseKey(p);
      const bases = [...proposals.values()].filter((m) => !m.version_of);
      const [who, what] = key.split('|');
      if (key === '?|?' && p.version) {
        // "the amended proposal" in a later report: the version already known by that name, or
        // that version of the only text on the table.
        const known = [...proposals.values()].find((m) => m.version_of && m.version === p.version);
        if (known) { addProposal(known.key, p, known.version_of, published); continue; }
        if (bases.length === 1) { addProposal(`${bases[0]!.key}|v:${p.version}`, p, bases[0]!.key, published); continue; }
      }
      if (key === '?|?') {
        // A proposal with no proposer or subject joins the only base proposal seen so far, if there is one.
        if (bases.length === 1) key = bases[0]!.key;
      } else if (what === '?') {
        // "the Egyptian proposal" is the Egyptian ceasefire proposal if Egypt has only one.
        const same = bases.filter((m) => m.key.startsWith(`${who}|`));
        if (same.length === 1) key = same[0]!.key;
      }
      addProposal(key, p, null, published);
    }
    for (const p of local.filter((x) => x.version_of)) {
      const base = proposalKeyOf.get(p.version_of!) ?? baseKey(p);
      const key = `${base}|v:${p.version ?? 'different'}`;
      addProposal(key, p, base, published);
    }
    for (const d of records.filter((r): r is DemandRecord => r.kind === 'demand')) {
      const party = partyKey(d.party);
      nameParty(party, d.party);
      const key = `${party}|${d.polarity}|${normalise(d.content)}`;
      demandKeyOf.set(d.id, key);
      let m = demands.get(key);
      if (!m) { m = { party, content: d.content, polarity: d.polarity, sources: [], positions: [] }; demands.set(key, m); }
      m.sources.push({ article: d.article, record: d.id, sentence: d.sentence, asserted_by: name(d.asserted_by), date: published });
    }
    for (const p of records.filter((r): r is PositionRecord => r.kind === 'position')) {
      const party = partyKey(p.party);
      nameParty(party, p.party);
      const src: Source = { article: p.article, record: p.id, sentence: p.sentence, asserted_by: name(p.asserted_by), date: p.date ?? published, stance: p.stance, disputed: disputedClaims.has(p.id) };
      const dk = demandKeyOf.get(p.target);
      if (dk) {
        demands.get(dk)!.positions.push({ party, stance: p.stance, asserted_by: name(p.asserted_by) });
        continue;
      }
      const pk = proposalKeyOf.get(p.target);
      if (!pk) continue;
      const key = `${party}|${pk}`;
      let cell = cells.get(key);
      if (!cell) { cell = { party, proposal: pk, stance: p.stance, date: src.date, sources: [], disputed: false }; cells.set(key, cell); }
      cell.sources.push(src);
      if (!cell.date || (src.date && src.date >= cell.date)) { cell.stance = p.stance; cell.date = src.date; }
      if (src.disputed) cell.disputed = true;
      if (src.date) timeline.push({ date: src.date, kind: 'position', summary: `${party} ${p.stance} ${proposals.get(pk)?.label ?? pk}${p.asserted_by ? ` (per ${name(p.asserted_by)})` : ''}`, article: p.article, record: p.id });
    }
    for (const r of records.filter((x): x is RoleRecord => x.kind === 'role')) {
      const party = partyKey(r.actor);
      nameParty(party, r.actor);
      const key = `${party}|${r.role}`;
      const m = roles.get(key) ?? { actor: party, role: r.role, sources: 0 };
      m.sources++;
      roles.set(key, m);
    }
    for (const d of records.filter((x): x is DisputeRecord => x.kind === 'dispute')) {
      disputes.push({ summary: d.summary, disputed_by: name(d.disputed_by) ?? '?', article: d.article, record: d.id });
      if (published) timeline.push({ date: published, kind: 'dispute', summary: d.summary, article: d.article, record: d.id });
      void byId;
    }
    for (const e of records.filter((x): x is EventRecord => x.kind === 'event')) {
      const date = e.date ?? null;
      if (!date) continue;
      const who = e.actor.map((a) => name(a)).join(' and ');
      const whom = e.recipient.map((a) => name(a)).join(' and ');
      timeline.push({ date, kind: `event:${e.event}`, summary: `${e.negated ? 'NOT ' : ''}${e.event}${e.mode ? `/${e.mode}` : ''}: ${who}${whom ? ` → ${whom}` : ''}${e.location ? ` in ${e.location.name}` : ''}`, article: e.article, record: e.id });
    }
  }

  nameCodes(partyNames, articles.flat());
  // Parties, in a stable order: the most-sourced first.
  const weight = new Map<string, number>();
  for (const c of cells.values()) weight.set(c.party, (weight.get(c.party) ?? 0) + c.sources.length);
  const parties = [...weight.keys()].sort((a, b) => (weight.get(b)! - weight.get(a)!) || a.localeCompare(b));
  timeline.sort((a, b) => a.date.localeCompare(b.date));
  return {
    articles: articles.length,
    parties,
    party_names: Object.fromEntries(partyNames),
    proposals: [...proposals.values()],
    matrix: [...cells.values()],
    demands: [...demands.values()],
    roles: [...roles.values()],
    disputes,
    timeline,
  };

  function addProposal(key: string, p: ProposalRecord, versionOf: string | null, published: string | null): void {
    proposalKeyOf.set(p.id, key);
    let m = proposals.get(key);
    if (!m) {
      m = { key, label: p.label, proposer: p.proposer.map((a) => name(a) ?? '?'), subject: p.subject, version: p.version, version_of: versionOf, records: [], articles: [], first_seen: published };
      proposals.set(key, m);
    }
    m.records.push(p.id);
    if (!m.articles.includes(p.article)) m.articles.push(p.article);
    if (published && (!m.first_seen || published < m.first_seen)) m.first_seen = published;
    if (!m.subject && p.subject) m.subject = p.subject;
    if (published) timeline.push({ date: published, kind: 'proposal', summary: `${p.label} mentioned`, article: p.article, record: p.id });
  }

  /** Display name of a party code: the actor's own name when the code is its id. */
  function nameParty(code: string, a: Actor): void {
    if (a.id === code) partyNames.set(code, name(a) ?? code);
    else if (!partyNames.has(code)) partyNames.set(code, code);
  }

  function normalise(s: string): string {
    return s.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
  }
}

/**
 * A party known only through its leader ("ISR" from Netanyahu) stays a bare code; any record that
 * names the state or organisation by its id (an event of "Israeli air strikes") gives its name.
 */
function nameCodes(partyNames: Map<string, string>, records: ParleyRecord[]): void {
  const unnamed = new Set([...partyNames].filter(([code, n]) => n === code).map(([code]) => code));
  if (unnamed.size === 0) return;
  const visit = (v: unknown): void => {
    if (unnamed.size === 0) return;
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (!v || typeof v !== 'object') return;
    const a = v as Actor;
    if (typeof a.id === 'string' && unnamed.has(a.id) && a.name) {
      partyNames.set(a.id, a.name);
      unnamed.delete(a.id);
    }
  };
  for (const r of records) for (const v of Object.values(r)) visit(v);
}

const STANCE_MARK: Record<Stance, string> = { accepts: 'ACCEPTS', rejects: 'REJECTS', objects: 'OBJECTS', conditional: 'CONDITIONAL', undecided: 'UNDECIDED' };

/** A plain-text report for the terminal. */
export function renderTalks(t: TalksState): string {
  const lines: string[] = [];
  const pn = (code: string) => t.party_names[code] ?? code;
  lines.push(`The talks, from ${t.articles} article${t.articles === 1 ? '' : 's'}`, '');
  lines.push('PROPOSALS');
  for (const p of t.proposals) {
    const v = p.version_of ? `  version "${p.version ?? 'different'}" of ${t.proposals.find((b) => b.key === p.version_of)?.label ?? p.version_of}` : '';
    lines.push(`  ${p.label}${p.proposer.length ? `  [proposer: ${p.proposer.join(', ')}]` : ''}${v}  (${p.records.length} mention${p.records.length === 1 ? '' : 's'}, ${p.articles.length} article${p.articles.length === 1 ? '' : 's'})`);
  }
  if (t.proposals.length === 0) lines.push('  (none found)');
  lines.push('', 'STANCES (party × proposal; latest first; * = disputed)');
  for (const p of t.proposals) {
    const row = t.matrix.filter((c) => c.proposal === p.key);
    if (row.length === 0) continue;
    lines.push(`  ${p.label}`);
    for (const c of row) {
      const who = [...new Set(c.sources.map((s) => `${s.stance}${s.asserted_by ? ` per ${s.asserted_by}` : ''}${s.date ? ` ${s.date}` : ''}`))].join('; ');
      lines.push(`    ${c.disputed ? '*' : ' '} ${pn(c.party).padEnd(16)} ${STANCE_MARK[c.stance].padEnd(11)} ${who}`);
    }
  }
  lines.push('', 'DEMANDS');
  for (const d of t.demands) {
    const pos = d.positions.map((p) => `${pn(p.party)} ${p.stance}`).join(', ');
    const by = [...new Set(d.sources.map((s) => s.asserted_by).filter(Boolean))].join(', ');
    lines.push(`  ${pn(d.party)} ${d.polarity}: ${d.content}${by ? `  (per ${by})` : ''}${pos ? `  — ${pos}` : ''}`);
  }
  if (t.demands.length === 0) lines.push('  (none found)');
  lines.push('', 'ROLES');
  for (const r of t.roles) lines.push(`  ${pn(r.actor).padEnd(16)} ${r.role}`);
  lines.push('', 'DISPUTES');
  for (const d of t.disputes) lines.push(`  ${d.summary}`);
  if (t.disputes.length === 0) lines.push('  (none found)');
  lines.push('', 'TIMELINE');
  for (const e of t.timeline) lines.push(`  ${e.date}  ${e.summary.replace(/^([A-Z_]+) (accepts|rejects|objects|conditional|undecided) /, (_m, c: string, st: string) => `${pn(c)} ${st} `)}`);
  return lines.join('\n') + '\n';
}
