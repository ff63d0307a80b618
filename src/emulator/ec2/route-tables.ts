import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { stableId } from './ids.js';
import { internetGatewayOf } from './internet-gateways.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import { ACCOUNT_ID, type RegionState } from './state.js';
import type { XmlObject } from './xml.js';

/**
 * The main route table of each default VPC, as a default VPC has it ("Default VPCs",
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html: "Add a route to the main
 * route table that points all traffic (0.0.0.0/0) to the internet gateway"): the local route
 * for the VPC's CIDR and 0.0.0.0/0 via the internet gateway. The default subnets are associated
 * with it implicitly, so its one association is the main one and no association names a subnet
 * (an `association.subnet-id` filter finds nothing, as on EC2). Derived from the VPC, like the
 * internet gateway.
 */
interface Route {
  destinationCidrBlock: string;
  gatewayId: string;
  origin: 'CreateRouteTable' | 'CreateRoute';
}

interface RouteTable {
  id: string;
  vpcId: string;
  associationId: string;
  routes: Route[];
}

function allTables(region: RegionState): RouteTable[] {
  return [...region.vpcs.values()].map((vpc) => ({
    id: stableId('rtb', `${region.region}/${vpc.id}/main`),
    vpcId: vpc.id,
    associationId: stableId('rtbassoc', `${region.region}/${vpc.id}/main-association`),
    routes: [
      { destinationCidrBlock: vpc.cidrBlock, gatewayId: 'local', origin: 'CreateRouteTable' },
      {
        destinationCidrBlock: '0.0.0.0/0',
        gatewayId: internetGatewayOf(region, vpc).id,
        origin: 'CreateRoute',
      },
    ],
  }));
}

const RTB_ID = /^rtb-([0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * InvalidRouteTableId.Malformed / InvalidRouteTableID.NotFound (the error codes page), NotFound
 * worded as EC2 answers it: "The routeTable ID 'rtb-…' does not exist" (quoted in Terraform
 * debug logs). The Malformed wording follows the emulator's other ids.
 */
function findTable(region: RegionState, id: string): RouteTable {
  if (!RTB_ID.test(id)) {
    throw new Ec2Error(
      'InvalidRouteTableId.Malformed',
      `Invalid id: "${id}" (expecting "rtb-...")`,
    );
  }
  const table = allTables(region).find((t) => t.id === id);
  if (!table) {
    throw new Ec2Error('InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`);
  }
  return table;
}

function tableXml(t: RouteTable): XmlObject {
  return {
    associationSet: [
      {
        main: true,
        routeTableAssociationId: t.associationId,
        routeTableId: t.id,
        associationState: { state: 'associated' },
      },
    ],
    propagatingVgwSet: undefined,
    routeTableId: t.id,
    routeSet: t.routes.map((r) => ({
      destinationCidrBlock: r.destinationCidrBlock,
      gatewayId: r.gatewayId,
      origin: r.origin,
      state: 'active',
    })),
    tagSet: undefined,
    vpcId: t.vpcId,
    ownerId: ACCOUNT_ID,
  };
}

/** Route targets the seeded table has none of: documented filters that match no route. */
const ABSENT_ROUTE_FIELDS = new Set([
  'route.destination-ipv6-cidr-block',
  'route.destination-prefix-list-id',
  'route.egress-only-internet-gateway-id',
  'route.instance-id',
  'route.nat-gateway-id',
  'route.transit-gateway-id',
  'route.vpc-peering-connection-id',
]);

/**
 * The documented filters. A filter on a list (routes, associations) matches a table when one of
 * its items matches. The main association has no subnet or gateway, and the table no tags.
 */
function tableMatches(t: RouteTable, f: Filter): boolean {
  const anyRoute = (value: (r: Route) => string): boolean =>
    t.routes.some((r) => matchesAny(value(r), f.values));
  switch (f.name) {
    case 'route-table-id':
    case 'association.route-table-id':
      return matchesAny(t.id, f.values);
    case 'vpc-id':
      return matchesAny(t.vpcId, f.values);
    case 'owner-id':
      return matchesAny(ACCOUNT_ID, f.values);
    case 'association.main':
      return matchesAny('true', f.values);
    case 'association.route-table-association-id':
      return matchesAny(t.associationId, f.values);
    case 'association.subnet-id':
    case 'association.gateway-id':
      return false;
    case 'route.destination-cidr-block':
      return anyRoute((r) => r.destinationCidrBlock);
    case 'route.gateway-id':
      return anyRoute((r) => r.gatewayId);
    case 'route.origin':
      return anyRoute((r) => r.origin);
    case 'route.state':
      return anyRoute(() => 'active');
    default:
      if (ABSENT_ROUTE_FIELDS.has(f.name)) return false;
      if (f.name === 'tag-key' || f.name.startsWith('tag:')) return false;
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

/**
 * DescribeRouteTables
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html):
 * `RouteTableId.N`, `Filter.N`, paged by MaxResults/NextToken as the other describe actions.
 */
function describeRouteTables(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('RouteTableId');
    const filters = filtersOf(q);
    const found = ids.length > 0 ? ids.map((id) => findTable(region, id)) : allTables(region);
    const matching = found.filter((t) => filters.every((f) => tableMatches(t, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeRouteTables', q, matching, (t) => t.id);
    return { routeTableSet: page.items.map(tableXml), nextToken: page.nextToken };
  };
}

export function routeTableActions(ctx: Ec2Context): Record<string, Action> {
  return { DescribeRouteTables: describeRouteTables(ctx) };
}
