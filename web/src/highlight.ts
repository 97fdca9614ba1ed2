/**
 * Cuts an article's text into segments at every record span boundary, so that each piece of text
 * knows every record covering it. Records nest (a statement holds an event), so a segment can be
 * covered by several; the page colours it by the narrowest.
 */
export interface SpanRef { id: string; kind: string; span: [number, number] }

export interface Segment { start: number; end: number; records: SpanRef[] }

export function segments(length: number, refs: SpanRef[]): Segment[] {
  const valid = refs.filter((r) => r.span[0] < r.span[1] && r.span[0] >= 0 && r.span[1] <= length);
  const cuts = new Set<number>([0, length]);
  for (const r of valid) { cuts.add(r.span[0]); cuts.add(r.span[1]); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((r) => r.span[0] <= start && r.span[1] >= end)
      .sort((a, b) => (a.span[1] - a.span[0]) - (b.span[1] - b.span[0]));
    out.push({ start, end, records: covering });
  }
  return out;
}
