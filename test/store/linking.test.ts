import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Store } from '../../src/store/types.js';
import { BACKENDS, type Backend } from './backends.js';
import { evidenceTokens, jaccard, shiftDay } from '../../src/store/linking.js';
import { writeExport } from '../../src/cli/export-command.js';
import { ACLED_COLUMNS, CAMEO_COLUMNS } from '../../src/store/export-formats.js';
import type { EventRecord, ParleyRecord } from '../../src/model/records.js';
import { HAMAS, ISR, RUS, UKR, event, item } from './fixtures.js';

// Three outlets report one air strike in their own words; a fourth reports a different event.
const REPORTS = [
  { outlet: 'Wire A', published: '2024-03-05', text: 'Israeli warplanes struck a refugee camp in central Gaza on Tuesday, killing at least 12 people, health officials said.' },
  { outlet: 'Wire B', published: '2024-03-05', text: 'At least 12 people were killed when Israeli warplanes struck a refugee camp in central Gaza, officials said on Tuesday.' },
  { outlet: 'Wire C', published: '2024-03-06', text: 'Health officials said Israeli warplanes killed at least 12 people in a strike on a central Gaza refugee camp.' },
];

async function storeWithReports(backend: Backend): Promise<{ s: Store; ids: string[] }> {
  const s = await backend.open();
  const ids: string[] = [];
  for (const r of REPORTS) {
    await s.ingest(item({ ...r, url: `https://${r.outlet.replace(' ', '')}.example/1` }, (a) => {
      const e = event(a, 0, 'ASSAULT', [ISR], [HAMAS], { mode: 'aerial', cameo: '195', date: r.published === '2024-03-06' ? '2024-03-05' : r.published });
      ids.push(e.id);
      return [e];
    }));
  }
  return { s, ids };
}

async function collect(s: Store, format: 'plover' | 'acled' | 'cameo', all = false): Promise<string[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeExport(s, format, out, { kind: 'event', oneClusterMember: !all });
  out.end();
  return Buffer.concat(chunks).toString('utf8').trim().split('\n');
}

test('helpers: day shifts, evidence tokens and Jaccard', () => {
  assert.equal(shiftDay('2024-03-01', -1), '2024-02-29');
  assert.equal(shiftDay('2024-03', 1), null);
  assert.deepEqual(evidenceTokens('The strike on the camp, the strike.'), ['camp', 'strike']);
  assert.equal(jaccard(['a', 'b'], ['b', 'c']), 1 / 3);
});

for (const backend of BACKENDS) {
  test(`${backend.name}: the same event from three outlets is one cluster; counts are not inflated`, async () => {
    const { s, ids } = await storeWithReports(backend);
    const clusters = await s.clusters();
    assert.equal(clusters.length, 1);
    assert.deepEqual(clusters[0]!.records, ids);
    assert.deepEqual(clusters[0]!.outlets.sort(), ['Wire A', 'Wire B', 'Wire C']);
    assert.equal(clusters[0]!.event, 'ASSAULT');
    assert.equal((await s.records({ kind: 'event' })).length, 3);
    assert.deepEqual((await s.records({ kind: 'event', oneClusterMember: true })).map((r) => r.id), [ids[0]]);
    await s.close();
  });

  test(`${backend.name}: different actors, a different type, a date two days off or other evidence are not linked`, async () => {
    const { s } = await storeWithReports(backend);
    const base = REPORTS[0]!;
    await s.ingest(item({ ...base, url: 'x1', text: base.text + ' (1)' }, (a) => [event(a, 0, 'ASSAULT', [RUS], [UKR])]));
    await s.ingest(item({ ...base, url: 'x2', text: base.text + ' (2)' }, (a) => [event(a, 0, 'THREATEN', [ISR], [HAMAS])]));
    await s.ingest(item({ ...base, url: 'x3', text: base.text + ' (3)', published: '2024-03-08' }, (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS], { date: '2024-03-08' })]));
    await s.ingest(item({ ...base, url: 'x4', text: 'Israel said its aircraft hit a Hamas weapons depot near Rafah.' },
      (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS])]));
    await s.ingest(item({ ...base, url: 'x5', text: base.text + ' (5)' }, (a) => [event(a, 0, 'ASSAULT', [ISR], [HAMAS], { negated: true })]));
    const clusters = await s.clusters();
    assert.equal(clusters.length, 6);
    assert.equal((await s.clusters({ minArticles: 2 })).length, 1);
    assert.equal((await s.clusters({ type: 'assault', actor: 'rus' })).length, 1);
    await s.close();
  });

  test(`${backend.name}: exports: one row per real event, reviews applied, formats as documented`, async () => {
    const { s, ids } = await storeWithReports(backend);
    const plover = (await collect(s, 'plover')).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(plover.length, 1);
    assert.equal(plover[0]!.event, 'ASSAULT');
    assert.equal(plover[0]!.mode, 'aerial');
    assert.equal(plover[0]!.actor_country, 'ISR');
    assert.equal(plover[0]!.recipient, 'Hamas');
    assert.equal(plover[0]!.num_articles, 3);
    assert.equal((await collect(s, 'plover', true)).length, 3, '--all-reports gives every report');

    const acled = await collect(s, 'acled');
    assert.equal(acled[0], ACLED_COLUMNS.join(','));
    assert.equal(acled.length, 2);
    const cells = acled[1]!.split(',');
    assert.equal(cells[ACLED_COLUMNS.indexOf('event_type')], 'Explosions/Remote violence');
    assert.equal(cells[ACLED_COLUMNS.indexOf('sub_event_type')], 'Air/drone strike');
    assert.equal(cells[ACLED_COLUMNS.indexOf('event_date')], '2024-03-05');
    assert.equal(cells[ACLED_COLUMNS.indexOf('actor1')], 'Israel');
    assert.equal(cells[ACLED_COLUMNS.indexOf('actor2')], 'Hamas');
    assert.match(acled[1]!, /Wire A; Wire B; Wire C/);

    const cameo = await collect(s, 'cameo');
    assert.equal(cameo[0], CAMEO_COLUMNS.join('\t'));
    const row = cameo[1]!.split('\t');
    const col = (name: string) => row[CAMEO_COLUMNS.indexOf(name)];
    assert.equal(col('SQLDATE'), '20240305');
    assert.equal(col('Actor1Code'), 'ISRGOV');
    assert.equal(col('Actor2Code'), 'PSEREB');
    assert.equal(col('EventCode'), '195');
    assert.equal(col('EventRootCode'), '19');
    assert.equal(col('QuadClass'), '4');
    assert.equal(col('NumArticles'), '3');

    // Correct the first report, reject the second: the export shows the correction, counts two sources.
    const first = (await s.record(ids[0]!))!.machine as EventRecord;
    await s.review({ recordId: ids[0]!, action: 'correct', corrected: { ...first, mode: 'shelling' } as ParleyRecord });
    await s.review({ recordId: ids[1]!, action: 'reject' });
    const reviewed = (await collect(s, 'plover')).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(reviewed.length, 1);
    assert.equal(reviewed[0]!.mode, 'shelling');
    assert.equal(reviewed[0]!.num_articles, 2);
    assert.equal(reviewed[0]!.reviewed, 'correct');
    const acledReviewed = await collect(s, 'acled');
    assert.match(acledReviewed[1]!, /Shelling\/artillery\/missile attack/);
    // Rejecting the first report does not hide the event: the next report stands for it.
    await s.review({ recordId: ids[0]!, action: 'reject' });
    const rest = (await collect(s, 'plover')).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(rest.map((r) => [r.id, r.num_articles]), [[ids[2], 1]]);
    await s.close();
  });
}
