import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { TargetRegion } from '../../src/config/types.js';
import { mergeTargetRegions, planReplicas } from '../../src/replicate/plan.js';
import { parseTargetRegions } from '../../src/replicate/regions.js';

const region = (name: string, replicas = 1): TargetRegion => ({
  name,
  replicas,
  storageAccountType: 'Standard_LRS',
});
const counts = (regions: TargetRegion[]): string =>
  regions.map((r) => `${r.name}=${r.replicas}`).join(',');

describe('the replica planner', () => {
  it('gives each region one replica per vms-per-replica VMs created at once', () => {
    const plan = planReplicas([region('eastus'), region('westus2')], {
      expectedConcurrentVms: 400,
      vmsPerReplica: 20,
      production: true,
    });
    expect(counts(plan.regions)).toBe('eastus=20,westus2=20');
    expect(plan.notes).toEqual([]);
    const odd = planReplicas([region('eastus')], {
      expectedConcurrentVms: 401,
      vmsPerReplica: 50,
      production: false,
    });
    expect(counts(odd.regions)).toBe('eastus=9');
  });

  it('gives production images at least 3 replicas, others at least 1', () => {
    const small = { expectedConcurrentVms: 10, vmsPerReplica: 20 };
    expect(counts(planReplicas([region('eastus')], { ...small, production: true }).regions)).toBe(
      'eastus=3',
    );
    expect(counts(planReplicas([region('eastus')], { ...small, production: false }).regions)).toBe(
      'eastus=1',
    );
  });

  it('never lowers a count the user asked for', () => {
    const plan = planReplicas([region('eastus', 30), region('westus2', 2)], {
      expectedConcurrentVms: 100,
      vmsPerReplica: 20,
      production: true,
    });
    expect(counts(plan.regions)).toBe('eastus=30,westus2=5');
  });

  it("caps at Azure's 100 replicas per version, and says so", () => {
    const plan = planReplicas([region('eastus', 3)], {
      expectedConcurrentVms: 400_000,
      vmsPerReplica: 20,
      production: true,
    });
    expect(counts(plan.regions)).toBe('eastus=100');
    expect(plan.notes).toEqual([
      "400000 concurrent VMs need 20000 replicas; capped at 100, Azure's maximum per version — consider splitting across versions/regions",
    ]);
  });

  it('without a VM count keeps the counts, warning when a production image has too few', () => {
    const regions = [region('eastus', 1), region('eastus2', 3), region('westus2', 2)];
    const production = planReplicas(regions, { vmsPerReplica: 20, production: true });
    expect(production.regions).toEqual(regions);
    expect(production.notes).toEqual([
      "production images should have at least 3 replicas per region (Azure's guidance); " +
        'eastus has 1, westus2 has 2: raise replicas, or set replica-policy.expected-concurrent-vms',
    ]);
    expect(planReplicas(regions, { vmsPerReplica: 20, production: false }).notes).toEqual([]);
  });
});

describe('replicating an existing version', () => {
  it('adds regions and raises counts, never removes or lowers', () => {
    const existing = [
      region('eastus', 5),
      { ...region('westus2', 3), storageAccountType: 'Standard_ZRS' as const },
    ];
    const merged = mergeTargetRegions(existing, [
      region('westus2', 4),
      region('eastus', 1),
      region('westeurope', 2),
    ]);
    expect(merged).toEqual({
      regions: [
        region('eastus', 5),
        { ...region('westus2', 4), storageAccountType: 'Standard_ZRS' },
        region('westeurope', 2),
      ],
      changed: true,
      added: ['westeurope'],
      raised: ['westus2'],
    });
  });

  it('matches the display names Azure returns, and reports no change when none is needed', () => {
    const merged = mergeTargetRegions([region('East US', 3)], [region('eastus', 2)]);
    expect(merged).toEqual({
      regions: [region('eastus', 3)],
      changed: false,
      added: [],
      raised: [],
    });
  });
});

describe('regions given as an input or flag', () => {
  const problems = (text: string): unknown => {
    try {
      parseTargetRegions(text, 'target-regions');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).problems.map((p) => `${p.field}: ${p.message}`);
    }
    throw new Error(`no problem with ${text}`);
  };

  it('reads region=replicas pairs, a region alone meaning one replica', () => {
    expect(counts(parseTargetRegions('eastus=3, westus2=2,westeurope', 'target-regions'))).toBe(
      'eastus=3,westus2=2,westeurope=1',
    );
    expect(counts(parseTargetRegions('eastus', 'target-regions'))).toBe('eastus=1');
  });

  it('reads a YAML list as worker-image.yml has it', () => {
    const regions = parseTargetRegions(
      '- eastus\n- { name: westus2, replicas: 4, storage-account-type: Premium_LRS }\n',
      'target-regions',
    );
    expect(regions).toEqual([
      region('eastus'),
      { name: 'westus2', replicas: 4, storageAccountType: 'Premium_LRS' },
    ]);
  });

  it('names the input and the entry in every problem', () => {
    expect(problems('eastus=3,East US=2,westus2=0,eastus,west=us')).toEqual([
      'target-regions[1]: "East US" is not an Azure region name (did you mean "eastus"?)',
      'target-regions[2]: replicas must be a whole number from 1 to 100 (got 0)',
      'target-regions[4]: "west=us" must be region=replicas such as eastus=3, or a region alone for one replica',
      'target-regions[3]: eastus is listed twice (also at [0])',
    ]);
    expect(problems('- eastus\n- { name: westus2, replica: 2 }\n')).toEqual([
      'target-regions[1].replica: unknown field (did you mean "replicas"?)',
    ]);
    expect(problems('{ eastus: 3 }')).toEqual([
      'target-regions: must be region=replicas pairs such as "eastus=3,westus2=2", or a YAML list of regions (got a mapping)',
    ]);
    expect(problems('  ')).toEqual(['target-regions: must name at least one region']);
    expect(problems('- [eastus')).toEqual([
      expect.stringMatching(/^target-regions: is not valid YAML/),
    ]);
  });
});
