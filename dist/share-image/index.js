import { run } from '../lib/index.js';

await run('share-image', 'main');
