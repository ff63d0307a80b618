import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({
  bake: vi.fn(),
  cleanupRecorded: vi.fn(),
  runShare: vi.fn(),
  bump: vi.fn(),
  runGc: vi.fn(),
  loadConfig: vi.fn(),
}));
vi.mock('../../src/bake/bake.js', () => ({
  bake: calls.bake,
  cleanupRecorded: calls.cleanupRecorded,
}));
vi.mock('../../src/share/run.js', () => ({ runShare: calls.runShare }));
vi.mock('../../src/bump/bump.js', () => ({ bump: calls.bump }));
vi.mock('../../src/gc/run.js', () => ({ runGc: calls.runGc }));
vi.mock('../../src/config/load.js', () => ({ loadConfig: calls.loadConfig }));

import { main as bakeMain } from '../../src/actions/bake-image/main.js';
import { post as bakePost } from '../../src/actions/bake-image/post.js';
import { main as shareMain } from '../../src/actions/share-image/main.js';
import { main as bumpMain } from '../../src/actions/bump-version-reference/main.js';
import { main as pipelineMain } from '../../src/actions/pipeline/main.js';
import { main as verifyMain } from '../../src/actions/verify-image/main.js';
import { main as replicateMain } from '../../src/actions/replicate-gallery-version/main.js';
import { overridesFromInputs } from '../../src/actions/inputs.js';
import { resourcesStateSaver } from '../../src/actions/runner-files.js';

let out = '';
let dir = '';
const saved = { ...process.env };

beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  dir = mkdtempSync(join(tmpdir(), 'wi-hardening-'));
  for (const f of ['output', 'state']) writeFileSync(join(dir, f), '');
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  process.env.GITHUB_STATE = join(dir, 'state');
  process.env.GITHUB_WORKSPACE = dir;
  delete process.env.GITHUB_STEP_SUMMARY;
  for (const fn of Object.values(calls)) fn.mockReset();
  calls.loadConfig.mockResolvedValue({ image: { name: 'x', namespace: 'n' } });
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

function inputs(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
const errors = (): string[] => out.split('\n').filter((l) => l.startsWith('::error'));

describe('1. share-image catalogue', () => {
  for (const bad of ['cat\n::error::pwned.json', 'cat\r.json', 'cat\u202e.json']) {
    it(`refuses ${JSON.stringify(bad)} naming the input`, async () => {
      inputs({ catalogue: bad, image: 'img' });
      await shareMain();
      expect(calls.runShare).not.toHaveBeenCalled();
      expect(errors()).toHaveLength(1);
      expect(errors()[0]).toMatch(/input catalogue: .*control or invisible format character/);
      expect(process.exitCode).toBe(1);
    });
  }
});

describe('2. GITHUB_OUTPUT and GITHUB_STATE checked before any cloud call', () => {
  for (const variable of ['GITHUB_OUTPUT', 'GITHUB_STATE']) {
    it(`bake-image refuses a missing ${variable}, naming it`, async () => {
      process.env[variable] = '/nonexistent/x';
      inputs({ config: 'worker-image.yml' });
      await bakeMain();
      expect(calls.loadConfig).not.toHaveBeenCalled();
      expect(calls.bake).not.toHaveBeenCalled();
      expect(errors()[0]).toMatch(new RegExp(`${variable}: "/nonexistent/x" does not exist`));
    });
  }

  it('a folder is refused too', async () => {
    process.env.GITHUB_OUTPUT = dir;
    inputs({ catalogue: '', image: 'img' });
    await shareMain();
    expect(calls.runShare).not.toHaveBeenCalled();
    expect(errors()[0]).toMatch(/GITHUB_OUTPUT: .* is not a file/);
  });

  it('every action checks it', async () => {
    process.env.GITHUB_STATE = '/nonexistent/x';
    for (const run of [shareMain, bumpMain, pipelineMain, verifyMain, replicateMain]) {
      out = '';
      await run();
      expect(errors()[0], run.name).toMatch(/GITHUB_STATE: "\/nonexistent\/x" does not exist/);
    }
    expect(calls.runShare).not.toHaveBeenCalled();
    expect(calls.bump).not.toHaveBeenCalled();
    expect(calls.loadConfig).not.toHaveBeenCalled();
  });

  it('unset: one warning, and the action goes on', async () => {
    delete process.env.GITHUB_OUTPUT;
    calls.runShare.mockResolvedValue({
      result: { changed: false, grants: [], dryRun: true, image: 'img' },
      catalogue: [],
    });
    inputs({ image: 'img' });
    await shareMain();
    expect(calls.runShare).toHaveBeenCalled();
    expect(out.match(/::warning::GITHUB_OUTPUT is not set/g)).toHaveLength(1);
  });

  it('a state that cannot be saved is a warning, never a failed deletion', () => {
    process.env.GITHUB_STATE = '/nonexistent/x';
    const save = resourcesStateSaver();
    const item = { cloud: 'gcp', kind: 'instance', id: 'i', role: 'builder', keep: 'never' };
    expect(() => save([item as never])).not.toThrow();
    expect(() => save([])).not.toThrow();
    expect(out.match(/::warning::GITHUB_STATE/g)).toHaveLength(1);
  });
});

describe('3. bake-image variables must be a mapping', () => {
  for (const bad of ['null', '~', '# comment', '[1, 2]', 'just text']) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      inputs({ variables: bad });
      expect(() => overridesFromInputs('gcp')).toThrow(/^input variables: must be a mapping/);
    });
  }
  it('a mapping is read', () => {
    inputs({ variables: 'a: 1' });
    expect(overridesFromInputs('gcp')).toMatchObject({ variables: { a: 1 } });
  });
  it('a recursive value (an alias inside its own anchor) is refused naming the input', () => {
    inputs({ variables: 'a: &x [*x]' });
    expect(() => overridesFromInputs('gcp')).toThrow(/^input variables: .*recursive value/);
  });
});

describe('bake-image target-regions that names no region', () => {
  for (const bad of [' , ', ',,,']) {
    it(`refuses ${JSON.stringify(bad)} instead of dropping the config's copies`, () => {
      inputs({ 'target-regions': bad });
      expect(() => overridesFromInputs('aws')).toThrow(
        /^input target-regions: ".*" names no region/,
      );
    });
  }
  it('a list is read; empty keeps the config', () => {
    inputs({ 'target-regions': ' us-west-2, eu-west-1 ' });
    expect(overridesFromInputs('aws')).toMatchObject({
      aws: { 'target-regions': ['us-west-2', 'eu-west-1'] },
    });
    inputs({ 'target-regions': '' });
    expect(JSON.stringify(overridesFromInputs('aws'))).not.toContain('target-regions');
  });
});

describe('4. bake-image post step with a corrupted state', () => {
  const cases = ['not json', 'null', '[null]', '{}', '[1,2]', '[{"cloud":"gcp"}]', '"x"'];
  for (const state of cases) {
    it(`STATE_resources=${state}: a plain message, no stack`, async () => {
      process.env.STATE_resources = state;
      await bakePost();
      expect(calls.cleanupRecorded).not.toHaveBeenCalled();
      expect(errors()).toHaveLength(1);
      expect(errors()[0]).toMatch(
        /^::error::worker-image: the saved state "resources" is not one worker-image's main step saved .*nothing to clean up from it/,
      );
      expect(out).not.toMatch(/\n\s+at /);
      expect(out).not.toMatch(/TypeError|SyntaxError|undefined/);
      expect(process.exitCode).toBe(1);
    });
  }
  it('a valid state is cleaned up', async () => {
    process.env.STATE_resources = JSON.stringify([
      { cloud: 'gcp', kind: 'instance', id: 'i', role: 'builder', keep: 'never' },
    ]);
    await bakePost();
    expect(calls.cleanupRecorded).toHaveBeenCalled();
  });
});

describe('5. pipeline older-than', () => {
  it('a bad duration names the input', async () => {
    inputs({ mode: 'gc', 'older-than': '5 minutes' });
    await pipelineMain();
    expect(calls.runGc).not.toHaveBeenCalled();
    expect(errors()[0]).toMatch(/input older-than: must be a duration/);
    expect(out).not.toMatch(/--older-than/);
  });
  for (const young of ['0', '0s', '30m', '59m59s']) {
    it(`refuses ${young}: younger resources may be a live run's`, async () => {
      inputs({ mode: 'gc', 'older-than': young });
      await pipelineMain();
      expect(calls.runGc).not.toHaveBeenCalled();
      expect(errors()[0]).toMatch(/input older-than: at least 1h/);
    });
  }
  it('mode bake warns that a set older-than is ignored', async () => {
    inputs({ mode: 'bake', 'older-than': '2h' });
    calls.loadConfig.mockRejectedValue(new Error('stop here'));
    await pipelineMain();
    expect(out).toMatch(/::warning::input older-than: only applies to mode gc/);
  });
});

describe('6. bump-version-reference inputs named, before the network', () => {
  beforeEach(() => {
    mkdirSync(join(dir, 'repo'));
    inputs({ token: '', 'repo-dir': 'repo' });
  });
  const refused: [Record<string, string>, RegExp][] = [
    [{ manifests: 'x' }, /^::error::input manifests: "x": manifest not found/],
    [{ 'repo-dir': 'yes' }, /^::error::input repo-dir: "yes" does not exist/],
    [{ 'repo-dir': 'file' }, /^::error::input repo-dir: "file" is not a folder/],
    [{ reviewers: 'a b' }, /^::error::input reviewers: "a b" is not a GitHub login or org\/team/],
    [{ reviewers: 'a--b' }, /^::error::input reviewers/],
    [{ reviewers: 'x'.repeat(40) }, /^::error::input reviewers/],
    [{ labels: 'a\r::error::pwned' }, /^::error::input labels: .*control or invisible/],
    [{ labels: 'l'.repeat(51) }, /^::error::input labels: at most 50 characters/],
    [{ title: 'x\n::error::pwned' }, /^::error::input title: one line/],
    [{ title: 't'.repeat(257) }, /^::error::input title: at most 256 characters/],
    [{ branch: 'b'.repeat(300) }, /^::error::input branch: at most 255 bytes/],
  ];
  for (const [given, message] of refused) {
    for (const dryRun of ['false', 'true']) {
      it(`${JSON.stringify(given).slice(0, 60)} (dry-run ${dryRun})`, async () => {
        writeFileSync(join(dir, 'file'), '');
        inputs({ ...given, 'dry-run': dryRun });
        await bumpMain();
        expect(calls.bump).not.toHaveBeenCalled();
        expect(errors()[0]).toMatch(message);
      });
    }
  }
  it('valid reviewers, labels and title pass', async () => {
    writeFileSync(join(dir, 'm.json'), '{}');
    inputs({
      manifests: 'm.json\nbuilds/*.json',
      reviewers: 'octo-cat, my-org/team_a',
      labels: 'images, a b',
      title: 'Bump images',
    });
    calls.bump.mockRejectedValue(new Error('stop here'));
    await bumpMain();
    expect(calls.bump).toHaveBeenCalled();
  });
});

describe('6. config input empty', () => {
  it('verify-image says the config input is required', async () => {
    inputs({ config: '', cloud: 'gcp' });
    await verifyMain();
    expect(calls.loadConfig).not.toHaveBeenCalled();
    expect(errors()[0]).toMatch(/^::error::input config: required/);
  });
  it('bake-image without config or image-name says so', async () => {
    inputs({ config: '' });
    await bakeMain();
    expect(calls.loadConfig).not.toHaveBeenCalled();
    expect(errors()[0]).toMatch(/^::error::input config: empty, and no image-name input/);
  });
});
