/**
 * Dates in a sentence, resolved against the publication date with chrono-node. News reports
 * mostly look back: a bare weekday ("on Monday") is the most recent such day on or before the
 * publication date, unless the sentence speaks of the future ("will meet on Friday").
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  /** Character offsets in the article text. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD */
  date: string;
}

// Cheap screen before chrono: most sentences have no date at all.
const DATE_WORDS = /\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(today|yesterday|tonight|tomorrow|ago|last\s+(week|month|year)|next\s+(week|month|year))\b|\b\d{4}-\d{2}-\d{2}\b/i;

const FUTURE_CUES = /\b(will|'ll|shall|next|upcoming|coming|due to|scheduled|plans? to|is to|are to|set to|expected to)\b/i;

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const DATE_WORDS_GLOBAL = new RegExp(DATE_WORDS.source, 'gi');

export function findDates(sentenceText: string, sentenceStart: number, published: string | null): DateMention[] {
  if (!published || !DATE_WORDS.test(sentenceText)) return [];
  const ref = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  // chrono is the slowest stage on long sentences: parse only windows around the date words.
  const results: { index: number; text: string; start: chrono.ParsedComponents }[] = [];
  DATE_WORDS_GLOBAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let covered = -1;
  while ((m = DATE_WORDS_GLOBAL.exec(sentenceText)) !== null) {
    if (m.index < covered) continue;
    let a = Math.max(0, m.index - 30);
    let b = Math.min(sentenceText.length, m.index + m[0].length + 30);
    // Widen to word boundaries so chrono sees whole words.
    while (a > 0 && /\S/.test(sentenceText[a - 1]!)) a--;
    while (b < sentenceText.length && /\S/.test(sentenceText[b]!)) b++;
    for (const r of chrono.parse(sentenceText.slice(a, b), { instant: ref, timezone: 0 })) {
      const index = r.index + a;
      if (!results.some((x) => x.index === index)) results.push({ index, text: r.text, start: r.start });
    }
    covered = b;
  }
  const out: DateMention[] = [];
  const future = FUTURE_CUES.test(sentenceText);
  for (const r of results) {
    const c = r.start;
    // Times of day alone ("at 3 p.m.") are not dates worth reporting.
    if (!c.isCertain('day') && !c.isCertain('weekday') && !/today|yesterday|tomorrow|tonight|ago/i.test(r.text)) continue;
    let d = c.date();
    const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      // chrono picks the nearest such weekday; news copy means the past one unless it says otherwise.
      const diff = Math.round((day.getTime() - Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate())) / 86400000);
      const explicitlyNext = /\bnext\b|\bthis coming\b/i.test(r.text);
      if (diff > 0 && !future && !explicitlyNext) day.setUTCDate(day.getUTCDate() - 7);
      if (diff < 0 && future && !/\blast\b/i.test(r.text)) day.setUTCDate(day.getUTCDate() + 7);
    }
    d = day;
    const text = r.text.replace(/[\s,.;:]+$/, '');
    out.push({ start: sentenceStart + r.index, end: sentenceStart + r.index + text.length, text, date: ymd(d) });
  }
  return out;
}
