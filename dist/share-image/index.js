import { main } from './lib/index.js';

await main();
