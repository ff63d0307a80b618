import type { Action } from './context.js';
import { invalidParameter, stopIfDryRun } from './errors.js';
import { defaultVpc } from './network.js';
import type { RegionState } from './state.js';

/**
 * DescribeAccountAttributes
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAccountAttributes.html):
 * the six documented attributes, or those `AttributeName.N` names, each as
 * `<item><attributeName/><attributeValueSet><item><attributeValue/></item></attributeValueSet></item>`.
 *
 * Values, for an account created today:
 * - `supported-platforms`: `VPC` only. EC2-Classic is retired, and accounts created after
 *   2013-12-04 never had it (user guide, ec2-classic-platform.md, "Detect supported platforms").
 * - `default-vpc`: the region's default VPC (network.ts).
 * - `max-instances` 20, `vpc-max-security-groups-per-interface` 5, `max-elastic-ips` 5,
 *   `vpc-max-elastic-ips` 5: the values of the API's own example (aws/aws-cli
 *   awscli/examples/ec2/describe-account-attributes.rst) and the documented defaults ("By
 *   default, all AWS accounts are limited to five (5) Elastic IP addresses per Region",
 *   elastic-ip-addresses-eip.md; five security groups per network interface, "Amazon VPC
 *   quotas"). `max-instances` "is no longer supported" and reflects no real limit.
 */
const ATTRIBUTES: Record<string, (region: RegionState) => string[]> = {
  'supported-platforms': () => ['VPC'],
  'vpc-max-security-groups-per-interface': () => ['5'],
  'max-elastic-ips': () => ['5'],
  'max-instances': () => ['20'],
  'vpc-max-elastic-ips': () => ['5'],
  'default-vpc': (region) => [defaultVpc(region).id],
};

function describeAccountAttributes(): Action {
  return (req) => {
    const { q, region } = req;
    const asked = q.list('AttributeName');
    for (const name of asked) {
      // Not quoted anywhere public: this wording is the emulator's own.
      if (!(name in ATTRIBUTES)) {
        throw invalidParameter(`Value (${name}) for parameter attributeName is invalid.`);
      }
    }
    stopIfDryRun(req);
    const names = asked.length > 0 ? [...new Set(asked)] : Object.keys(ATTRIBUTES);
    return {
      accountAttributeSet: names.map((attributeName) => ({
        attributeName,
        attributeValueSet: ATTRIBUTES[attributeName]!(region).map((attributeValue) => ({
          attributeValue,
        })),
      })),
    };
  };
}

export function accountAttributeActions(): Record<string, Action> {
  return { DescribeAccountAttributes: describeAccountAttributes() };
}
