/**
 * The actor network: who accuses, rejects, supports, attacks or engages whom, with edge weights
 * by number of records. Edges come from events (actor → recipient) and from stances on proposals
 * (party → the proposal's proposer: accepting a plan supports its author, rejecting it rejects).
 */
import { partyKey } from '../actors/resolve.js';
import type { Actor, EventRecord, PositionRecord, ProposalRecord } from '../model/records.js';
import type { RecordQuery, Store } from '../store/types.js';
import type { NetworkEdge, NetworkGraph, Relation } from './types.js';

const EVENT_RELATION: Record<string, Relation> = {
  ACCUSE: 'accuses', PROTEST: 'accuses',
  REJECT: 'rejects',
  SUPPORT: 'supports', AGREE: 'supports', COOPERATE: 'supports', AID: 'supports', CONCEDE: 'supports', RETREAT: 'supports',
  ASSAULT: 'attacks', COERCE: 'attacks', THREATEN: 'attacks', SANCTION: 'attacks', MOBILIZE: 'attacks',
  CONSULT: 'engages', REQUEST: 'engages',
};

const STANCE_RELATION: Record<string, Relation | undefined> = {
  accepts: 'supports', rejects: 'rejects', objects: 'rejects', conditional: undefined, undecided: undefined,
};

const MAX_EDGE_RECORDS = 20;

export async function networkFromStore(store: Store, filters: RecordQuery): Promise<NetworkGraph> {
  const names = new Map<string, string>();
  const edges = new Map<string, NetworkEdge>();
  const positions: PositionRecord[] = [];
  const proposers = new Map<string, Actor[]>();

  const keyOf = (a: Actor) => {
    const key = partyKey(a);
    if (!names.has(key) || a.id === key) names.set(key, a.name ?? a.text);
    return key;
  };
  const add = (from: Actor, to: Actor, relation: Relation, record: string) => {
    const s = keyOf(from);
    const t = keyOf(to);
    if (s === t) return;
    const k = `${s}\u0000${t}\u0000${relation}`;
    const e = edges.get(k) ?? { source: s, target: t, relation, weight: 0, records: [] };
    e.weight++;
    if (e.records.length < MAX_EDGE_RECORDS) e.records.push(record);
    edges.set(k, e);
  };

  for await (const r of store.iterateRecords({ ...filters, kind: ['event', 'position', 'proposal'], oneClusterMember: true, limit: undefined, offset: undefined })) {
    const rec = r.record;
    if (rec.kind === 'event') {
      const e = rec as EventRecord;
      const relation = EVENT_RELATION[e.event];
      if (!relation || e.negated || e.hypothetical) continue;
      for (const a of e.actor) for (const b of e.recipient) add(a, b, relation, e.id);
    } else if (rec.kind === 'position') {
      positions.push(rec as PositionRecord);
    } else if (rec.kind === 'proposal') {
      proposers.set(rec.id, (rec as ProposalRecord).proposer);
    }
  }
  for (const p of positions) {
    const relation = STANCE_RELATION[p.stance];
    if (!relation) continue;
    for (const author of proposers.get(p.target) ?? []) add(p.party, author, relation, p.id);
  }

  const weight = new Map<string, number>();
  for (const e of edges.values()) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.weight);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.weight);
  }
  const nodes = [...weight.entries()]
    .map(([id, w]) => ({ id, name: names.get(id) ?? id, weight: w }))
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return { nodes, edges: [...edges.values()].sort((a, b) => b.weight - a.weight) };
}
