import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { trust } from '../../src/providers/azure/trust.js';
import { replicateSettings } from '../../src/replicate/request.js';
import { shareSettings, type ShareInputs } from '../../src/share/request.js';

const SUB = '00000000-0000-0000-0000-000000000001';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  return [];
}

const replicate = (ca: string) => () =>
  replicateSettings({
    'subscription-id': SUB,
    'resource-group': 'batch-images',
    gallery: 'batch_images',
    definition: 'batch-worker-22-04',
    version: '0.0.1',
    'target-regions': 'eastus=1',
    'ca-certificate': ca,
  });

const share = (ca: string) => () =>
  shareSettings({
    cloud: 'azure',
    image: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/d/versions/0.0.1`,
    principals: '11111111-2222-4333-8444-555555555555',
    'ca-certificate': ca,
  } as ShareInputs);

let dir = '';
let pem = '';
let notPem = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wi-ca-'));
  pem = join(dir, 'ca.pem');
  notPem = join(dir, 'worker-image.yml');
  await writeFile(pem, PEM);
  await writeFile(notPem, 'image:\n  name: secret-looking-line\n');
});

describe('ca-certificate is checked before any call', () => {
  for (const [name, run] of [
    ['replicate', replicate],
    ['share', share],
  ] as const) {
    it(`${name}: a missing file is "not found", naming the input`, () => {
      expect(problems(run(join(dir, 'x')))).toEqual([
        expect.stringMatching(/^ca-certificate: file not found: ".*\/x"$/),
      ]);
    });
    it(`${name}: a folder is refused as a folder`, () => {
      expect(problems(run(dir))).toEqual([
        expect.stringMatching(/^ca-certificate: ".*" is a folder, not a PEM certificate file$/),
      ]);
    });
    it(`${name}: a file with no PEM certificate is refused, never quoted`, () => {
      const found = problems(run(notPem));
      expect(found).toEqual([
        expect.stringMatching(
          /^ca-certificate: ".*worker-image\.yml" holds no PEM certificate: no -----BEGIN CERTIFICATE----- line/,
        ),
      ]);
      expect(found.join('\n')).not.toContain('secret-looking-line');
    });
    it(`${name}: a PEM file is taken`, () => {
      expect(problems(run(pem))).toEqual([]);
    });
  }

  it('trust() names ca-certificate instead of ENOENT/EISDIR', () => {
    const base = { subscriptionId: SUB, auth: 'none' as const, pollInterval: 1, timeouts: {} };
    expect(() => trust({ ...base, caCertificate: join(dir, 'x') } as never)).toThrow(
      /^ca-certificate: file not found/,
    );
    expect(() => trust({ ...base, caCertificate: dir } as never)).toThrow(
      /^ca-certificate: .* is a folder/,
    );
    expect(() => trust({ ...base, caCertificate: notPem } as never)).toThrow(
      /^ca-certificate: .* holds no PEM certificate/,
    );
    expect(trust({ ...base, caCertificate: pem } as never)).toEqual({ tlsOptions: { ca: PEM } });
  });
});
