// The root action (action.yml at the repository root): one bundle for main and post, with
// each cloud's SDK in its own chunk, loaded only when that cloud is baked.
import '../../shim/dirname.js';

export { main } from './main.js';
export { post } from './post.js';
