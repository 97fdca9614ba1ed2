/** One status line on a terminal, redrawn at most 4 times a second; nothing when not a TTY. */
import type { IngestSummary } from './pipeline.js';

export function progressReporter(stream: NodeJS.WriteStream, total: number | null): {
  update(s: IngestSummary): void; done(): void;
} {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(s) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const n = s.ingested + s.duplicates + Object.values(s.skipped).reduce((a, b) => a + (b ?? 0), 0);
      const rate = s.seconds > 0 ? n / s.seconds : 0;
      let line = `${n.toLocaleString('en')}${total ? '/' + total.toLocaleString('en') : ''} articles  ${rate.toFixed(1)}/s`;
      if (total && rate > 0 && n < total) line += `  ETA ${duration((total - n) / rate)}`;
      stream.write(`\r${line}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
