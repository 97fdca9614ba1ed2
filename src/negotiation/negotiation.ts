/**
 * The negotiation picture of one article: proposals (with versions), each party's position on
 * them, the demands parties make, the roles they play, and disputes between sources.
 * Vocabulary is data (data/lexicon/negotiation.json, proposals.json, disputes.json).
 *
 * The phases live in their own modules and share one context per article (context.ts).
 */
import type { ParleyRecord } from '../model/records.js';
import { negotiationContext, type NegotiationInput } from './context.js';
import { buildProposalRecords, dropProposalsOffTable, findProposalMentions } from './proposals.js';
import { findDemandPositions, findDemands, findPositions } from './positions.js';
import { findRoles } from './roles.js';
import { findDisputes } from './disputes.js';

export type { NegotiationInput } from './context.js';

export function findNegotiation(input: NegotiationInput): ParleyRecord[] {
  const ctx = negotiationContext(input);
  // 1. Proposal mentions, resolved in reading order; 2. their records.
  findProposalMentions(ctx);
  buildProposalRecords(ctx);
  // 3. Positions on proposals; 4. demands, and positions on demands.
  findPositions(ctx);
  findDemands(ctx);
  findDemandPositions(ctx);
  // Only now, with every stance known, can a proposal be judged on the table or not.
  dropProposalsOffTable(ctx);
  // 5. Roles; 6. disputes.
  findRoles(ctx);
  findDisputes(ctx);
  return [...ctx.records, ...ctx.positions, ...ctx.demands, ...ctx.roles, ...dedupeById(ctx.disputes)];
}

function dedupeById<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
