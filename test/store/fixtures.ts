/**
 * Hand-built records for store tests: the store must work on any records code() could return,
 * so these tests do not depend on what the coder finds in a text.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, ArticleInput, ArticleRecord, EventRecord, ParleyRecord, StatementRecord } from '../../src/model/records.js';
import { articleId, normaliseText, recordId } from '../../src/nlp/normalise.js';
import { docKeyOf } from '../../src/store/doc-key.js';
import type { IngestItem } from '../../src/store/types.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parley-store-'));
}

export function actor(text: string, id: string | null, country: string | null, sector: string | null = 'government'): Actor {
  return { text, id, name: id ? text : null, country, sector, role: null };
}

export function articleRecord(input: ArticleInput): ArticleRecord {
  const text = normaliseText(input.text);
  const sentences = [];
  const re = /[^.!?\n]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length, heading: false });
  }
  return {
    kind: 'article', id: articleId(text), title: input.title ?? null, outlet: input.outlet ?? null, url: input.url ?? null,
    published: input.published ?? null, language: 'en', sentences, text,
  };
}

export function event(art: ArticleRecord, sentence: number, type: EventRecord['event'], actors: Actor[], recipients: Actor[],
  extra: Partial<EventRecord> = {}): EventRecord {
  const s = art.sentences[sentence]!;
  return {
    kind: 'event', id: recordId('ev', art.id, sentence, type), article: art.id, sentence, span: [s.start, s.end], rule: 'test',
    event: type, mode: null, context: [], actor: actors, recipient: recipients, date: art.published, date_text: null,
    location: null, negated: false, hypothetical: false, future: false, asserted_by: null, cameo: null, ...extra,
  };
}

export function statement(art: ArticleRecord, sentence: number, speaker: Actor, content: string): StatementRecord {
  const s = art.sentences[sentence]!;
  return {
    kind: 'statement', id: recordId('st', art.id, sentence), article: art.id, sentence, span: [s.start, s.end], rule: 'test',
    speaker, cue: 'say', addressee: null, channel: null, form: 'direct', content, content_span: [s.start, s.end],
    date: art.published, location: null,
  };
}

export function item(input: ArticleInput, build: (art: ArticleRecord) => ParleyRecord[] = () => [], source: string | null = null): IngestItem {
  const art = articleRecord(input);
  return { input, docKey: docKeyOf(input, source), source, records: [art, ...build(art)] };
}

export const ISR = actor('Israel', 'ISR', 'ISR');
export const HAMAS = actor('Hamas', 'hamas', 'PSE', 'rebel');
export const RUS = actor('Russia', 'RUS', 'RUS');
export const UKR = actor('Ukraine', 'UKR', 'UKR');
