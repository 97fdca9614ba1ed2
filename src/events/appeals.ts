/**
 * Appeals inside reported speech: "It is up to Moscow to show it wants peace, Rutte said" or "Russia
 * must withdraw, the minister said" is the speaker's REQUEST to the party named. The deontic
 * phrases are data (modality.deontic).
 */
import type { Doc } from '../nlp/doc.js';
import type { EventTrigger, Knowledge } from '../knowledge/types.js';
import type { ActorIndex, Mention } from '../actors/mentions.js';
import type { Statement } from '../attribution/statements.js';
import { Shallow } from '../syntax/shallow.js';
import { sameActor } from '../actors/resolve.js';
import type { CodedEvent } from './events.js';

const APPEAL: EventTrigger = { lemma: 'deontic', pos: [], event: 'REQUEST', mode: null, cameo: '020', context: [], recipient: [] };
const FIRST_PERSON = new Set(['i', 'we', 'us']);

export function findAppeals(doc: Doc, kb: Knowledge, actors: ActorIndex, statements: Statement[]): CodedEvent[] {
  const sh = new Shallow(doc, actors);
  const { tokens } = doc;
  const phrases = kb.modality.deontic.map((p) => p.toLowerCase().split(/\s+/));
  const out: CodedEvent[] = [];
  for (const st of statements) {
    const [a, b] = st.contentTokens;
    for (let i = a; i < b; i++) {
      const p = phrases.find((ph) => ph.every((w, k) => tokens[i + k]?.lower === w || (w === 'is' && tokens[i + k]?.lower === "'s")));
      if (!p) continue;
      const end = i + p.length;
      let target: Mention | undefined;
      if (p[p.length - 1] === 'to' && !['need', 'have', 'has', 'ought'].includes(p[0]!)) {
        // "up to Hamas to ..."
        target = sh.mentionStartingAt(end);
        if (!target || tokens[target.end]?.lower !== 'to') continue;
      } else {
        let k = i - 1;
        while (k >= a && (tokens[k]!.pos === 'ADV')) k--;
        target = k >= a ? sh.mentionEndingAt(k) : undefined;
        if (!target || FIRST_PERSON.has(tokens[target.start]!.lower)) continue;
      }
      if (target.modifier || sameActor(target.actor, st.speaker.actor)) continue;
      out.push({
        sentence: st.sentence, trigger: [i, end], entry: APPEAL,
        actors: [st.speaker.actor], recipients: [target.actor],
        negated: false, future: false, hypothetical: false, assertedBy: null,
        date: null, place: st.place, span: st.span, rule: `event:appeal(${p.join(' ')})`, mode: null,
      });
      i = end;
    }
  }
  return out;
}
