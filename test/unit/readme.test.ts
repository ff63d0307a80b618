import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { renderReadme } from '../../scripts/docs.mjs';
import { hazardRows } from '../../src/emulator/hazards.js';

describe('README', () => {
  it('documents every input and output of every action.yml and every emulated hazard (run `npm run docs` when this fails)', () => {
    const text = readFileSync('README.md', 'utf8');
    expect(renderReadme(text, hazardRows())).toBe(text);
  });

  it('shows the two set-up commands', () => {
    const text = readFileSync('README.md', 'utf8');
    expect(text).toContain('npm ci && npm start');
    expect(text).toContain('npm test');
  });
});
