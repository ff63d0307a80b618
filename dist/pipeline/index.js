import { run } from '../lib/index.js';

await run('pipeline', 'main');
