import type { Action } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { filtersOf } from './query.js';

/**
 * DescribeAddresses (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAddresses.html).
 * The emulator allocates no Elastic IP addresses, so the answer is an empty `addressesSet`;
 * what it checks is what EC2 checks before answering:
 * - a filter must be one the reference documents (`The filter 'x' is invalid` otherwise);
 * - `PublicIp.N` must be an IPv4 address ("Invalid value 'eipalloc-…' for PublicIp. Not a valid
 *   IPv4 address", quoted in cloud-custodian/cloud-custodian#5069) and name an address of the
 *   account: InvalidAddress.NotFound otherwise (its message is the emulator's own wording);
 * - `AllocationId.N` must name one: InvalidAllocationID.NotFound, "The allocation ID
 *   'eipalloc-…' does not exist" (hashicorp/terraform#1815, #6970). The error codes page
 *   documents no Malformed code for allocation ids, so any unknown one is NotFound.
 * DescribeAddresses takes no MaxResults/NextToken: it does not page.
 */
const FILTERS = new Set([
  'allocation-id',
  'association-id',
  'domain',
  'instance-id',
  'network-border-group',
  'network-interface-id',
  'network-interface-owner-id',
  'private-ip-address',
  'public-ip',
  'tag-key',
]);

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

function describeAddresses(): Action {
  return (req) => {
    const { q } = req;
    for (const f of filtersOf(q)) {
      if (!FILTERS.has(f.name) && !f.name.startsWith('tag:')) {
        throw invalidParameter(`The filter '${f.name}' is invalid`);
      }
    }
    const ips = q.list('PublicIp');
    const bad = ips.find((ip) => !IPV4.test(ip));
    if (bad !== undefined) {
      throw invalidParameter(`Invalid value '${bad}' for PublicIp. Not a valid IPv4 address`);
    }
    // None is allocated: every address or allocation id named is unknown.
    if (ips.length > 0) {
      throw new Ec2Error('InvalidAddress.NotFound', `Address '${ips[0]}' not found.`);
    }
    const allocations = q.list('AllocationId');
    if (allocations.length > 0) {
      throw new Ec2Error(
        'InvalidAllocationID.NotFound',
        `The allocation ID '${allocations[0]}' does not exist`,
      );
    }
    stopIfDryRun(req);
    return { addressesSet: [] };
  };
}

export function addressActions(): Record<string, Action> {
  return { DescribeAddresses: describeAddresses() };
}
