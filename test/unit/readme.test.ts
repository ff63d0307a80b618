import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { renderReadme } from '../../scripts/docs.mjs';
import { hazardRows } from '../../src/emulator/hazards.js';
import { startTestEmulator } from '../helpers/emulator.js';

describe('README', () => {
  it('documents every input and output of every action.yml, every emulated hazard and every operation the emulator serves (run `npm run docs` when this fails)', async () => {
    const emulator = await startTestEmulator();
    const operations = emulator.control.operations();
    await emulator.stop();
    const text = readFileSync('README.md', 'utf8');
    expect(renderReadme(text, hazardRows(), operations)).toBe(text);
  });

  it('shows the two set-up commands', () => {
    const text = readFileSync('README.md', 'utf8');
    expect(text).toContain('npm ci && npm start');
    expect(text).toContain('npm test');
  });
});
