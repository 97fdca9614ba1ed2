import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../src/time/dates.js';

// 2024-08-20 is a Tuesday.
const date = (s: string, pub = '2024-08-20') => findDates(s, 0, pub).map((d) => d.date);

test('a bare weekday in past-tense copy is the most recent such day', () => {
  assert.deepEqual(date('The envoys met in Doha on Monday.'), ['2024-08-19']);
  assert.deepEqual(date('Rockets hit Kharkiv on Sunday.'), ['2024-08-18']);
  assert.deepEqual(date('Officials said on Wednesday the talks had stalled.'), ['2024-08-14']);
});

test('a weekday in future-tense copy looks ahead', () => {
  assert.deepEqual(date('The delegations will meet in Cairo on Thursday.'), ['2024-08-22']);
});

test('explicit dates and relative expressions resolve against the publication date', () => {
  assert.deepEqual(date('The truce expired on Aug. 15.'), ['2024-08-15']);
  assert.deepEqual(date('The army said yesterday it had pulled back.'), ['2024-08-19']);
});

test('no publication date means no resolved dates, and plain sentences cost nothing', () => {
  assert.deepEqual(date('The envoys met on Monday.', ''), []);
  assert.deepEqual(findDates('The envoys met on Monday.', 0, null), []);
  assert.deepEqual(date('Negotiators left the hotel without comment.'), []);
});
