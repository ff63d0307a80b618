import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'dist/lib';

describe('the shipped bundle', () => {
  it('is ASCII throughout, so Node reads each chunk as one-byte text', () => {
    // One non-ASCII character (a `…` in a message, a `©` in a comment) makes V8 hold and scan a
    // whole chunk as two-byte text: the GCE chunk alone is 1.2 MB, read by every GCP step.
    const chunks = readdirSync(LIB).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(10);
    const offending = chunks.flatMap((file) => {
      const text = readFileSync(join(LIB, file), 'utf8');
      const at = [...text].findIndex((c) => c.charCodeAt(0) > 0x7f);
      return at === -1
        ? []
        : [`${file}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`];
    });
    expect(offending).toEqual([]);
  });
});
