import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { REPLICATE_INPUTS, replicateSettings } from '../../src/replicate/request.js';

const SUB = '00000000-0000-0000-0000-000000000001';
const base = {
  'subscription-id': SUB,
  'resource-group': 'batch-images',
  gallery: 'batch_images',
  definition: 'batch-worker-22-04',
};

function problems(inputs: Record<string, string>): string[] {
  try {
    replicateSettings(inputs);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  return [];
}

describe('replicate inputs', () => {
  it('takes regions as name=replicas pairs and plans nothing more without expected VMs', () => {
    const s = replicateSettings({
      ...base,
      version: '0.0.14',
      'target-regions': 'eastus=3,westus2=2,centralus',
    });
    expect(s.ref).toEqual({
      resourceGroup: 'batch-images',
      gallery: 'batch_images',
      definition: 'batch-worker-22-04',
      version: '0.0.14',
    });
    expect(s.regions.map((r) => [r.name, r.replicas])).toEqual([
      ['eastus', 3],
      ['westus2', 2],
      ['centralus', 1],
    ]);
    expect(s.policy).toEqual({ vmsPerReplica: 20, production: false });
  });

  it.each([
    ['1.2', /version: must be Major\.Minor\.Patch/],
    ['1.2.3.4', /version: must be Major\.Minor\.Patch/],
    ['0.0.2147483648', /version: must be Major\.Minor\.Patch/],
    ['v1.0.0', /version: must be Major\.Minor\.Patch/],
  ])('rejects version %s before any call', (version, message) => {
    expect(problems({ ...base, version, 'target-regions': 'eastus' }).join('\n')).toMatch(message);
  });

  it('rejects bad regions and replica counts outside 1..100, naming the input', () => {
    expect(
      problems({ ...base, version: '0.0.1', 'target-regions': 'East US=3' }).join('\n'),
    ).toMatch(/target-regions.*did you mean "eastus"/);
    expect(
      problems({ ...base, version: '0.0.1', 'target-regions': 'eastus=0' }).join('\n'),
    ).toMatch(/target-regions.*replicas/);
    expect(
      problems({ ...base, version: '0.0.1', 'target-regions': 'eastus=101' }).join('\n'),
    ).toMatch(/target-regions.*replicas/);
  });

  it('reports every missing input at once when there is no config', () => {
    const found = problems({ version: '0.0.1' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^subscription-id: required/),
        expect.stringMatching(/^resource-group: required/),
        expect.stringMatching(/^gallery: required/),
        expect.stringMatching(/^definition: required/),
        expect.stringMatching(/^target-regions: required/),
      ]),
    );
  });

  it('oidc needs a client and a tenant', () => {
    expect(
      problems({ ...base, version: '0.0.1', 'target-regions': 'eastus', auth: 'oidc' }),
    ).toContain('auth: oidc needs client-id and tenant-id');
  });

  it("takes the identity platform's host as an https origin", () => {
    const inputs = { ...base, version: '0.0.1', 'target-regions': 'eastus' };
    expect(
      replicateSettings({ ...inputs, 'authority-host': 'https://login.chinacloudapi.cn' }).azure
        .authorityHost,
    ).toBe('https://login.chinacloudapi.cn');
    expect(
      problems({ ...inputs, 'authority-host': 'https://login.chinacloudapi.cn/tenant' }),
    ).toEqual([
      'authority-host: must be the https origin of the identity platform, with no path, such as ' +
        'https://login.microsoftonline.us (got "https://login.chinacloudapi.cn/tenant")',
    ]);
  });

  it('the action declares exactly the inputs the settings read (plus config)', () => {
    const action = YAML.parse(readFileSync('replicate-gallery-version/action.yml', 'utf8'));
    expect(Object.keys(action.inputs).sort()).toEqual(['config', ...REPLICATE_INPUTS].sort());
  });
});
