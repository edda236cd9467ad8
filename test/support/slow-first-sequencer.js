// Orders test files for a run. Jest runs the files that took longest last time first, so no worker is
// left alone with a slow file at the end; on a fresh clone or in CI it has no timings and goes by file
// size, which puts the long property and fixture files first and the pane and browser files, slow
// whatever their size, last. Without timings these projects go first, largest file first within each.
const Sequencer = require('@jest/test-sequencer').default;

/** Projects whose files drive Chromium or render the pane in jsdom: the slowest per file. */
const SLOW_PROJECTS = ['browser', 'taskpane'];

function rank(test) {
  const name = test.context.config.displayName?.name ?? '';
  const i = SLOW_PROJECTS.indexOf(name);
  return i < 0 ? SLOW_PROJECTS.length : i;
}

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((t) => t.duration != null)) return sorted;
    // Array.prototype.sort is stable: within a project the size order stays.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
