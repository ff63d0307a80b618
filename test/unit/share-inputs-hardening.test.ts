import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { shareSettings, type ShareInputs } from '../../src/share/request.js';
import { parseTarget, targetFromBuilds } from '../../src/share/target.js';
import type { ManifestBuild } from '../../src/manifest/read.js';

function inputProblems(inputs: ShareInputs): string[] {
  try {
    shareSettings(inputs);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  return [];
}

const LINK = '/compute/v1/projects/test-project/global/images/batch-worker-1';

describe('share image: a GCE link must name GCE (or the configured endpoint)', () => {
  it.each([
    `https://evil.example${LINK}`,
    `http://compute.googleapis.com${LINK}`,
    `https://user@compute.googleapis.com${LINK}`,
    `https://compute.googleapis.com.evil.example${LINK}`,
  ])('refuses %s naming the host', (image) => {
    expect(() => parseTarget('gcp', image, undefined, {})).toThrow(
      /^image: ".*" links to ".*", not to GCE \(compute\.googleapis\.com, www\.googleapis\.com\); give the image name/,
    );
  });

  it('keeps GCE links, bare names and projects/… links', () => {
    for (const host of ['https://compute.googleapis.com', 'https://www.googleapis.com']) {
      expect(parseTarget('gcp', `${host}${LINK}`, undefined, {})).toEqual({
        cloud: 'gcp',
        project: 'test-project',
        image: 'batch-worker-1',
      });
    }
    expect(parseTarget('gcp', LINK.replace('/compute/v1/', ''), undefined, {})).toMatchObject({
      project: 'test-project',
    });
    expect(parseTarget('gcp', 'batch-worker-1', 'my-project', {})).toMatchObject({
      project: 'my-project',
    });
  });

  it('takes a link to the configured endpoint (the emulator), and only that one', () => {
    const endpoint = 'http://127.0.0.1:40123';
    expect(parseTarget('gcp', `${endpoint}${LINK}`, undefined, { endpoint })).toMatchObject({
      image: 'batch-worker-1',
    });
    expect(() =>
      parseTarget('gcp', `http://127.0.0.1:40124${LINK}`, undefined, { endpoint }),
    ).toThrow(
      /links to "127\.0\.0\.1:40124", not to GCE .*the endpoint "http:\/\/127\.0\.0\.1:40123"/,
    );
  });

  it('a manifest build linking elsewhere is refused too', () => {
    const build = {
      name: 'gcp',
      builder_type: 'googlecompute',
      artifact_id: `https://evil.example${LINK}`,
      path: 'manifest.json',
      custom_data: { cloud: 'gcp', project: 'test-project' },
    } as unknown as ManifestBuild;
    expect(() => targetFromBuilds('gcp', [build], {})).toThrow(/links to "evil\.example"/);
  });
});

describe('share members: domain: shows what was given', () => {
  it('domain: alone says there is no domain', () => {
    expect(inputProblems({ cloud: 'gcp', image: 'img', members: 'domain:' })).toEqual([
      'members[0]: "domain:": no domain after domain:; give one such as domain:example.com',
    ]);
  });

  it('a bad domain is quoted', () => {
    expect(inputProblems({ cloud: 'gcp', image: 'img', members: 'domain:not a domain' })).toEqual([
      'members[0]: "domain:not a domain": "not a domain" is not a domain such as example.com',
    ]);
    expect(inputProblems({ cloud: 'gcp', image: 'img', members: 'domain:example.com' })).toEqual(
      [],
    );
  });
});
