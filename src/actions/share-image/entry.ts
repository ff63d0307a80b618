import '../../shim/dirname.js';

export { main } from './main.js';
