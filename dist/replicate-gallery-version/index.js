import { run } from '../lib/index.js';

await run('replicate-gallery-version', 'main');
