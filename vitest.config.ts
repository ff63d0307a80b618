import { readFile } from 'node:fs/promises';
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
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
