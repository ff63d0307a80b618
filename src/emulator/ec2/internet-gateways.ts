import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { stableId } from './ids.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import { ACCOUNT_ID, type RegionState, type VpcRecord } from './state.js';
import type { XmlObject } from './xml.js';

/**
 * The internet gateway of each default VPC: a default VPC comes with one, attached ("Default
 * VPCs", https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html: "Create an internet
 * gateway and connect it to your default VPC"). Its id is derived from the VPC's, like the rest
 * of the seeded network, so it needs no state of its own.
 */
export interface InternetGateway {
  id: string;
  vpcId: string;
}

export function internetGatewayOf(region: RegionState, vpc: VpcRecord): InternetGateway {
  return { id: stableId('igw', `${region.region}/${vpc.id}`), vpcId: vpc.id };
}

function allGateways(region: RegionState): InternetGateway[] {
  return [...region.vpcs.values()].map((vpc) => internetGatewayOf(region, vpc));
}

const IGW_ID = /^igw-([0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * InvalidInternetGatewayId.Malformed / InvalidInternetGatewayID.NotFound (the error codes page),
 * NotFound worded as the AWS CLI shows it: "The internetGateway ID 'igw-…' does not exist".
 * The Malformed wording follows the emulator's other ids (`Invalid id: "x" (expecting "sg-...")`).
 */
function findGateway(region: RegionState, id: string): InternetGateway {
  if (!IGW_ID.test(id)) {
    throw new Ec2Error(
      'InvalidInternetGatewayId.Malformed',
      `Invalid id: "${id}" (expecting "igw-...")`,
    );
  }
  const gateway = allGateways(region).find((g) => g.id === id);
  if (!gateway) {
    throw new Ec2Error(
      'InvalidInternetGatewayID.NotFound',
      `The internetGateway ID '${id}' does not exist`,
    );
  }
  return gateway;
}

/** An attached gateway's attachment state is `available` (InternetGatewayAttachment.state). */
function gatewayXml(g: InternetGateway): XmlObject {
  return {
    attachmentSet: [{ state: 'available', vpcId: g.vpcId }],
    internetGatewayId: g.id,
    ownerId: ACCOUNT_ID,
    tagSet: undefined,
  };
}

/** The documented filters; the seeded gateway has no tags, so tag filters match nothing. */
function gatewayMatches(g: InternetGateway, f: Filter): boolean {
  switch (f.name) {
    case 'attachment.state':
      return matchesAny('available', f.values);
    case 'attachment.vpc-id':
      return matchesAny(g.vpcId, f.values);
    case 'internet-gateway-id':
      return matchesAny(g.id, f.values);
    case 'owner-id':
      return matchesAny(ACCOUNT_ID, f.values);
    default:
      if (f.name === 'tag-key' || f.name.startsWith('tag:')) return false;
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

/**
 * DescribeInternetGateways
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInternetGateways.html):
 * `InternetGatewayId.N`, `Filter.N`, paged by MaxResults/NextToken as the other describe actions.
 */
function describeInternetGateways(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('InternetGatewayId');
    const filters = filtersOf(q);
    const found = ids.length > 0 ? ids.map((id) => findGateway(region, id)) : allGateways(region);
    const matching = found.filter((g) => filters.every((f) => gatewayMatches(g, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeInternetGateways', q, matching, (g) => g.id);
    return { internetGatewaySet: page.items.map(gatewayXml), nextToken: page.nextToken };
  };
}

export function internetGatewayActions(ctx: Ec2Context): Record<string, Action> {
  return { DescribeInternetGateways: describeInternetGateways(ctx) };
}
