import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { stableId } from './ids.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import {
  ACCOUNT_ID,
  type RegionState,
  type SecurityGroupRecord,
  type SubnetRecord,
  type VpcRecord,
} from './state.js';
import type { XmlObject } from './xml.js';

/**
 * Every region's default VPC: 172.31.0.0/16 with a /20 default subnet per availability zone
 * and a `default` security group, as an account created since December 2013 has them
 * ("Default VPCs", https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html). A
 * launch without SubnetId goes to a default subnet.
 */
export const DEFAULT_VPC_CIDR = '172.31.0.0/16';
const ZONES = ['a', 'b', 'c'];

export function seedNetwork(region: RegionState): void {
  const vpc: VpcRecord = {
    id: stableId('vpc', `${region.region}/default`),
    cidrBlock: DEFAULT_VPC_CIDR,
    dhcpOptionsId: stableId('dopt', `${region.region}/default`),
  };
  region.vpcs.set(vpc.id, vpc);
  ZONES.forEach((zone, i) => {
    const subnet: SubnetRecord = {
      id: stableId('subnet', `${region.region}/default/${zone}`),
      vpcId: vpc.id,
      availabilityZone: `${region.region}${zone}`,
      cidrBlock: `172.31.${i * 16}.0/20`,
    };
    region.subnets.set(subnet.id, subnet);
  });
  const group: SecurityGroupRecord = {
    region: region.region,
    id: stableId('sg', `${region.region}/default`),
    name: 'default',
    description: 'default VPC security group',
    vpcId: vpc.id,
    tags: {},
    // A default group admits its own members and lets everything out.
    ingress: [
      { protocol: '-1', cidrs: [], groupIds: [stableId('sg', `${region.region}/default`)] },
    ],
    egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'], groupIds: [] }],
    isDefault: true,
  };
  region.securityGroups.set(group.id, group);
}

export function defaultVpc(region: RegionState): VpcRecord {
  return [...region.vpcs.values()][0]!;
}

/** The default subnet of the region's first zone: where a launch without SubnetId lands. */
export function defaultSubnet(region: RegionState): SubnetRecord {
  return [...region.subnets.values()][0]!;
}

export function findSubnet(region: RegionState, id: string): SubnetRecord {
  const subnet = region.subnets.get(id);
  if (!subnet) {
    throw new Ec2Error('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
  }
  return subnet;
}

export function findVpc(region: RegionState, id: string): VpcRecord {
  const vpc = region.vpcs.get(id);
  if (!vpc) throw new Ec2Error('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`);
  return vpc;
}

/** The number of addresses a /N block leaves for instances: AWS reserves five per subnet. */
function availableIps(cidr: string): number {
  const bits = Number(cidr.split('/')[1]);
  return 2 ** (32 - bits) - 5;
}

function vpcXml(vpc: VpcRecord): XmlObject {
  return {
    vpcId: vpc.id,
    ownerId: ACCOUNT_ID,
    state: 'available',
    cidrBlock: vpc.cidrBlock,
    cidrBlockAssociationSet: [
      {
        cidrBlock: vpc.cidrBlock,
        associationId: `vpc-cidr-assoc-${vpc.id.slice(4)}`,
        cidrBlockState: { state: 'associated' },
      },
    ],
    dhcpOptionsId: vpc.dhcpOptionsId,
    instanceTenancy: 'default',
    isDefault: true,
  };
}

function subnetXml(region: RegionState, s: SubnetRecord): XmlObject {
  return {
    subnetId: s.id,
    subnetArn: `arn:aws:ec2:${region.region}:${ACCOUNT_ID}:subnet/${s.id}`,
    state: 'available',
    vpcId: s.vpcId,
    ownerId: ACCOUNT_ID,
    cidrBlock: s.cidrBlock,
    availableIpAddressCount: availableIps(s.cidrBlock),
    availabilityZone: s.availabilityZone,
    availabilityZoneId: `${region.region.replace(/-/g, '').slice(0, 4)}-az${ZONES.indexOf(s.availabilityZone.slice(-1)) + 1}`,
    defaultForAz: true,
    mapPublicIpOnLaunch: true,
    assignIpv6AddressOnCreation: false,
  };
}

function vpcMatches(vpc: VpcRecord, f: Filter): boolean {
  switch (f.name) {
    case 'vpc-id':
      return matchesAny(vpc.id, f.values);
    case 'cidr':
    case 'cidr-block-association.cidr-block':
      return matchesAny(vpc.cidrBlock, f.values);
    case 'is-default':
      return matchesAny('true', f.values);
    case 'state':
      return matchesAny('available', f.values);
    case 'owner-id':
      return matchesAny(ACCOUNT_ID, f.values);
    case 'dhcp-options-id':
      return matchesAny(vpc.dhcpOptionsId, f.values);
    default:
      // The default VPC has no tags: a tag filter matches nothing.
      if (f.name === 'tag-key' || f.name.startsWith('tag:')) return false;
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

function subnetMatches(s: SubnetRecord, f: Filter): boolean {
  switch (f.name) {
    case 'subnet-id':
      return matchesAny(s.id, f.values);
    case 'vpc-id':
      return matchesAny(s.vpcId, f.values);
    case 'availability-zone':
    case 'availabilityZone':
      return matchesAny(s.availabilityZone, f.values);
    case 'cidr-block':
    case 'cidr':
    case 'cidrBlock':
      return matchesAny(s.cidrBlock, f.values);
    case 'default-for-az':
    case 'defaultForAz':
      return matchesAny('true', f.values);
    case 'state':
      return matchesAny('available', f.values);
    case 'owner-id':
      return matchesAny(ACCOUNT_ID, f.values);
    default:
      if (f.name === 'tag-key' || f.name.startsWith('tag:')) return false;
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

/** DescribeVpcs (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcs.html). */
function describeVpcs(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('VpcId');
    const filters = filtersOf(q);
    const found = ids.length > 0 ? ids.map((id) => findVpc(region, id)) : [...region.vpcs.values()];
    const matching = found.filter((v) => filters.every((f) => vpcMatches(v, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeVpcs', q, matching, (v) => v.id);
    return { vpcSet: page.items.map(vpcXml), nextToken: page.nextToken };
  };
}

/** DescribeSubnets (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSubnets.html). */
function describeSubnets(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('SubnetId');
    const filters = filtersOf(q);
    const found =
      ids.length > 0 ? ids.map((id) => findSubnet(region, id)) : [...region.subnets.values()];
    const matching = found.filter((s) => filters.every((f) => subnetMatches(s, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeSubnets', q, matching, (s) => s.id);
    return { subnetSet: page.items.map((s) => subnetXml(region, s)), nextToken: page.nextToken };
  };
}

/**
 * DescribeAvailabilityZones
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAvailabilityZones.html):
 * the zones of the region's default subnets, all `available`.
 */
function describeAvailabilityZones(): Action {
  return (req) => {
    const { q, region } = req;
    const names = q.list('ZoneName');
    const filters = filtersOf(q);
    const zones = ZONES.map((z) => `${region.region}${z}`).filter(
      (name) => names.length === 0 || names.includes(name),
    );
    for (const name of names) {
      if (!zones.includes(name)) {
        throw invalidParameter(`Invalid availability zone: [${name}]`);
      }
    }
    const matching = zones.filter((name) =>
      filters.every((f) => {
        if (f.name === 'zone-name') return matchesAny(name, f.values);
        if (f.name === 'region-name') return matchesAny(region.region, f.values);
        if (f.name === 'state') return matchesAny('available', f.values);
        throw invalidParameter(`The filter '${f.name}' is invalid`);
      }),
    );
    stopIfDryRun(req);
    return {
      availabilityZoneInfo: matching.map((name) => ({
        zoneName: name,
        zoneState: 'available',
        regionName: region.region,
        zoneType: 'availability-zone',
        optInStatus: 'opt-in-not-required',
        messageSet: undefined,
      })),
    };
  };
}

export function networkActions(ctx: Ec2Context): Record<string, Action> {
  return {
    DescribeVpcs: describeVpcs(ctx),
    DescribeSubnets: describeSubnets(ctx),
    DescribeAvailabilityZones: describeAvailabilityZones(),
  };
}

/** The availability zone of an instance's subnet: where EC2 places it and its volumes. */
export function subnetZone(region: RegionState, subnetId: string | undefined): string {
  const subnet = subnetId === undefined ? undefined : region.subnets.get(subnetId);
  return subnet?.availabilityZone ?? `${region.region}a`;
}
