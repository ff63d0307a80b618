import { post } from './lib/index.js';

await post();
