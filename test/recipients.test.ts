import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, findEvent, has } from './helpers.js';

test('a conditional threat or offer is aimed at whoever must meet the condition', () => {
  const t = findEvent(run('Turkey threatened on Monday to resume air strikes in northern Syria unless the SDF handed over its heavy weapons.'), 'THREATEN', 'TUR');
  assert.ok(t && has(t.recipient, 'SDF'), JSON.stringify(t?.recipient));
  const s = findEvent(run('If Armenia removes the claims from its constitution, Azerbaijan will sign the peace treaty, Aliyev said.'), 'SUPPORT', 'AZE');
  assert.ok(s && has(s.recipient, 'ARM'), JSON.stringify(s?.recipient));
  // The condition's subject is never the actor's own side.
  const own = findEvent(run('Trump threatened to impose new tariffs unless Washington won concessions.'), 'THREATEN');
  assert.ok(!own || !has(own.recipient, 'USA'), JSON.stringify(own?.recipient));
});

test('a person holding two offices acts in the one the text names', () => {
  const mil = findEvent(run('Commander-in-Chief Min Aung Hlaing rejected the ceasefire offer on Monday.'), 'REJECT');
  assert.equal(mil?.actor[0]?.org, 'TATMADAW');
  const gov = findEvent(run('Acting President Min Aung Hlaing rejected the ceasefire offer on Monday.'), 'REJECT');
  assert.equal(gov?.actor[0]?.org, 'MMR');
});
