/**
 * The language server's debounce (server/src/lsp/scheduler.ts), on a mocked clock: an edit after
 * a pause is checked at once, a burst is checked once with its last state, slow checks make the
 * next burst wait (from the end of the check, never past the cap), and stale runs know it.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { Scheduler } from '../../server/out/lsp/scheduler.js';

interface Run { at: number; key: string; isCurrent: () => boolean }

/**
 * A scheduler whose job records when it ran and reports that it took `cost` ms (the mocked clock
 * does not move inside a timer callback, so the check ends, on the clock, when it starts).
 */
function setup(cost: () => number) {
  const runs: Run[] = [];
  const s: Scheduler = new Scheduler(async (key, isCurrent) => {
    runs.push({ at: Date.now(), key, isCurrent });
    s.record(key, cost());
  });
  return { s, runs };
}

describe('the debounce of checks', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  test('quick checks: every edit after a pause is checked on the next turn, with no wait', () => {
    const { s, runs } = setup(() => 5);
    s.schedule('a');
    mock.timers.tick(0);
    assert.equal(runs.length, 1);
    mock.timers.tick(100);
    s.schedule('a');
    mock.timers.tick(0);
    assert.equal(runs.length, 2);
  });

  test('a burst of edits in one turn is checked once, and that run is current', () => {
    const { s, runs } = setup(() => 5);
    for (let i = 0; i < 50; i++) s.schedule('a');
    mock.timers.tick(0);
    assert.equal(runs.length, 1);
    assert.ok(runs[0].isCurrent());
    s.schedule('a');
    assert.equal(runs[0].isCurrent(), false, 'a newer request makes the run stale');
  });

  test('slow checks: an edit after a pause is still checked at once (no debounce added to a lone edit)', () => {
    const { s, runs } = setup(() => 100);
    s.schedule('a');
    mock.timers.tick(0);
    assert.equal(runs.length, 1);
    mock.timers.tick(1000); // the writer paused
    const before = Date.now();
    s.schedule('a');
    mock.timers.tick(0);
    assert.equal(runs.length, 2);
    assert.equal(runs[1].at, before);
  });

  test('slow checks: edits right after a check wait twice its cost from its end, and are checked once', () => {
    const { s, runs } = setup(() => 100);
    s.schedule('a');
    mock.timers.tick(0);
    const ended = runs[0].at; // the first check "took" 100 ms
    for (let i = 0; i < 5; i++) { s.schedule('a'); mock.timers.tick(30); } // typing every 30 ms
    assert.equal(runs.length, 1, 'not yet: within twice the cost of the last check');
    mock.timers.tick(200 - 150);
    assert.equal(runs.length, 2);
    assert.equal(runs[1].at, ended + 200);
  });

  test('very slow checks: the wait is capped, and typing does not push it back past the cap', () => {
    const { s, runs } = setup(() => 5000);
    s.schedule('a');
    mock.timers.tick(0);
    const first = runs[0].at;
    for (let i = 0; i < 20; i++) { s.schedule('a'); mock.timers.tick(50); } // 1 s of typing
    // Each check "ends" when it starts here, so typing on gets one check every 300 ms (the cap).
    assert.deepEqual(runs.map(r => r.at - first), [0, 300, 600, 900]);
  });

  test('keys are independent, and cancel drops a pending run', () => {
    const { s, runs } = setup(() => 5);
    s.schedule('a');
    s.schedule('b');
    s.cancel('a');
    mock.timers.tick(0);
    assert.deepEqual(runs.map(r => r.key), ['b']);
  });
});
