// One bundle serves both phases (dist/bake-image/index.js and post.js import it), so the
// provider chunks are shipped once.
import '../../shim/dirname.js';

export { main } from './main.js';
export { post } from './post.js';
