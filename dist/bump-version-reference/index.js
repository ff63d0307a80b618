import { run } from '../lib/index.js';

await run('bump-version-reference', 'main');
