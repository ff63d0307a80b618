import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// @actions/workflow-parser (the workflow tests) imports its JSON schemas without
// `with { type: 'json' }`, which Node refuses: Vite loads it instead, read as plain files
// because its source maps point at sources the package does not ship.
const workflowParser = '/node_modules/@actions/workflow-parser/';

export default defineConfig({
  plugins: [
    {
      name: 'workflow-parser-without-source-maps',
      load: (id) =>
        id.includes(workflowParser) && id.endsWith('.js') ? readFile(id, 'utf8') : null,
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/private-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most of a test's time is spent waiting on the emulator's durations, not on a core: one file
    // per core at a time (vitest's default, cores - 1, runs the suite file after file on 2 cores).
    // Tests that observe a passing state set its duration long enough to be seen however loaded
    // the machine (the suite passes at 4 files at once on 2 cores); one per core leaves margin.
    maxWorkers: availableParallelism(),
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
