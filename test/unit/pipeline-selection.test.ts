import { describe, expect, it } from 'vitest';
import type { WorkerImageConfig } from '../../src/config/types.js';
import { gcOptions } from '../../src/gc/options.js';
import { selectClouds, versionOverlay, versionOverrides } from '../../src/pipeline/selection.js';
import { pruneOptions } from '../../src/prune/options.js';

const config = (blocks: string[]): WorkerImageConfig =>
  Object.fromEntries(blocks.map((b) => [b, {}])) as unknown as WorkerImageConfig;

describe('clouds input', () => {
  it('empty or all selects every configured cloud, in gcp, azure, aws order', () => {
    expect(selectClouds('', config(['azure', 'gcp']))).toEqual(['gcp', 'azure']);
    expect(selectClouds('all', config(['aws', 'gcp']))).toEqual(['gcp', 'aws']);
  });

  it('accepts comma or space lists, any case, each cloud once', () => {
    expect(selectClouds('Azure, gcp', config(['gcp', 'azure', 'aws']))).toEqual(['gcp', 'azure']);
    expect(() => selectClouds('Azure, gcp azure', config(['gcp', 'azure']))).toThrow(
      'clouds: azure is listed twice; name each cloud once',
    );
  });

  it('names the input and the fix for an unknown or unconfigured cloud', () => {
    expect(() => selectClouds('gpc', config(['gcp']))).toThrow(
      'clouds: "gpc" is not a cloud; use a list of gcp, azure, aws, or all',
    );
    expect(() => selectClouds('aws', config(['gcp']))).toThrow(
      'clouds: aws was selected but the config has no aws: block (configured: gcp)',
    );
    expect(() => selectClouds('', config([]))).toThrow('clouds: the config has no gcp:');
  });
});

describe('--clouds of gc and prune', () => {
  const configured = ['gcp', 'aws'] as const;
  const gc = (clouds: string) => gcOptions({ clouds }, [...configured]).clouds;
  const prune = (clouds: string) => pruneOptions({ clouds }, [...configured], '/repo').clouds;

  it("reads a list as the pipeline's clouds input does: spaces or commas, any case, all", () => {
    for (const pick of [gc, prune]) {
      expect(pick('AWS gcp')).toEqual(['gcp', 'aws']);
      expect(pick('aws,  GCP')).toEqual(['gcp', 'aws']);
      expect(pick('all')).toEqual(['gcp', 'aws']);
      expect(pick('')).toEqual(['gcp', 'aws']);
    }
    expect(selectClouds('AWS gcp', config([...configured]))).toEqual(gc('AWS gcp'));
  });

  it('lists every problem of the flag at once, each naming --clouds', () => {
    for (const pick of [gc, prune]) {
      let message = '';
      try {
        pick('amazon, azure, gcp gcp');
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toContain(
        '--clouds: "amazon" is not a cloud; use a list of gcp, azure, aws, or all',
      );
      expect(message).toContain(
        '--clouds: azure was selected but the config has no azure: block (configured: gcp, aws)',
      );
      expect(message).toContain('--clouds: gcp is listed twice; name each cloud once');
    }
  });
});

describe('version input', () => {
  it('one value goes to GCP and AWS; auto goes everywhere', () => {
    expect(versionOverrides('25', ['gcp', 'azure', 'aws'])).toEqual({ gcp: '25', aws: '25' });
    expect(versionOverrides('auto', ['gcp', 'azure'])).toEqual({ gcp: 'auto', azure: 'auto' });
    expect(versionOverrides('', ['gcp'])).toEqual({});
  });

  it('per-cloud values land where each cloud keeps its version', () => {
    const v = versionOverrides('gcp=25, azure=0.0.15', ['gcp', 'azure']);
    expect(versionOverlay(v)).toEqual({ image: { version: '25' }, azure: { version: '0.0.15' } });
  });

  it('refuses malformed pairs and GCP/AWS versions that cannot both be image.version', () => {
    expect(() => versionOverrides('gcp=25,azure', ['gcp'])).toThrow(
      'version: "azure" is not cloud=VERSION',
    );
    expect(() => versionOverrides('ibm=3', ['gcp'])).toThrow('version: "ibm=3"');
    expect(() => versionOverrides('gcp=24,gcp=25', ['gcp'])).toThrow(
      'version: gcp is given twice (24 and 25)',
    );
    expect(() => versionOverlay({ gcp: '25', aws: '26' })).toThrow(
      'version: gcp=25 and aws=26 differ',
    );
  });
});
