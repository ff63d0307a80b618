import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * google-gax reads `__dirname` at load time, which an ESM bundle does not define. Imported
 * first by every action entry, before any provider loads.
 */
const g = globalThis as { __filename?: string; __dirname?: string };
g.__filename ??= fileURLToPath(import.meta.url);
g.__dirname ??= dirname(g.__filename);
