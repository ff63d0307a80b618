import type { Action } from './context.js';
import { invalidParameter, stopIfDryRun } from './errors.js';
import { filtersOf, matchesAny } from './query.js';

/**
 * The commercial regions: those enabled by default, and the opt-in ones DescribeRegions lists
 * only with `AllRegions=true` (as `not-opted-in`)
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html;
 * "Regions", https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html).
 */
// prettier-ignore
const ENABLED = [
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1',
  'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2',
  'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
];
// prettier-ignore
const OPT_IN = [
  'af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ca-west-1',
  'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1',
];

interface RegionInfo {
  name: string;
  optInStatus: 'opt-in-not-required' | 'not-opted-in';
}

const REGIONS: RegionInfo[] = [
  ...ENABLED.map((name) => ({ name, optInStatus: 'opt-in-not-required' as const })),
  ...OPT_IN.map((name) => ({ name, optInStatus: 'not-opted-in' as const })),
].sort((a, b) => a.name.localeCompare(b.name));

/** A region DescribeRegions lists (with `AllRegions=true`). */
export function isKnownRegion(name: string): boolean {
  return REGIONS.some((r) => r.name === name);
}

function endpoint(name: string): string {
  return `ec2.${name}.amazonaws.com`;
}

function describeRegions(): Action {
  return (req) => {
    const { q } = req;
    const names = q.list('RegionName');
    const all = q.bool('AllRegions');
    const unknown = names.filter((n) => !isKnownRegion(n));
    if (unknown.length > 0) {
      throw invalidParameter(`Invalid region names: [${unknown.join(', ')}]`);
    }
    const filters = filtersOf(q);
    const listed = REGIONS.filter(
      (r) =>
        (all || r.optInStatus !== 'not-opted-in' || names.includes(r.name)) &&
        (names.length === 0 || names.includes(r.name)),
    ).filter((r) =>
      filters.every((f) => {
        if (f.name === 'region-name') return matchesAny(r.name, f.values);
        if (f.name === 'endpoint') return matchesAny(endpoint(r.name), f.values);
        if (f.name === 'opt-in-status') return matchesAny(r.optInStatus, f.values);
        throw invalidParameter(`The filter '${f.name}' is invalid`);
      }),
    );
    stopIfDryRun(req);
    return {
      regionInfo: listed.map((r) => ({
        regionName: r.name,
        regionEndpoint: endpoint(r.name),
        optInStatus: r.optInStatus,
      })),
    };
  };
}

export function regionActions(): Record<string, Action> {
  return { DescribeRegions: describeRegions() };
}
