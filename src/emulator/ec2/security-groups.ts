import type { Action, Ec2Context, Ec2Request } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { newId } from './ids.js';
import { defaultVpc, findVpc } from './network.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter, type QueryParams } from './query.js';
import { tagSpecifications } from './tag-rules.js';
import {
  ACCOUNT_ID,
  type IpPermission,
  type RegionState,
  type SecurityGroupRecord,
} from './state.js';
import { tagSet, type XmlObject } from './xml.js';

/**
 * Security groups of the default VPC, as the API reference describes CreateSecurityGroup,
 * DescribeSecurityGroups, AuthorizeSecurityGroupIngress and DeleteSecurityGroup
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html and
 * siblings). A new group is unknown for a while ("Eventual consistency in the Amazon EC2 API"
 * names InvalidGroup.NotFound after CreateSecurityGroup): the hazard securityGroupVisibilityLag.
 */

const GROUP_ID = /^sg-[0-9a-f]{8}([0-9a-f]{9})?$/;
function known(group: SecurityGroupRecord): boolean {
  return Date.now() >= (group.visibleAt ?? 0);
}

function groupNotFound(what: string): Ec2Error {
  return new Ec2Error('InvalidGroup.NotFound', `The security group '${what}' does not exist`);
}

export function findGroup(region: RegionState, id: string): SecurityGroupRecord {
  if (!GROUP_ID.test(id)) {
    throw new Ec2Error('InvalidGroupId.Malformed', `Invalid id: "${id}" (expecting "sg-...")`);
  }
  const group = region.securityGroups.get(id);
  if (!group || !known(group)) throw groupNotFound(id);
  return group;
}

/** A group of the default VPC by name (names identify groups in the default VPC only). */
export function groupByName(region: RegionState, name: string): SecurityGroupRecord {
  const vpc = defaultVpc(region).id;
  const group = [...region.securityGroups.values()].find(
    (g) => g.name === name && g.vpcId === vpc && known(g),
  );
  if (!group) {
    throw new Ec2Error(
      'InvalidGroup.NotFound',
      `The security group '${name}' does not exist in default VPC '${vpc}'`,
    );
  }
  return group;
}

/** The default VPC's `default` group: what an instance launched without groups is in. */
export function defaultGroup(region: RegionState): SecurityGroupRecord {
  return groupByName(region, 'default');
}

/** A group named by `GroupId`, or by `GroupName` (default VPC only). */
function namedGroup(region: RegionState, q: QueryParams): SecurityGroupRecord {
  const id = q.get('GroupId');
  if (id) return findGroup(region, id);
  const name = q.get('GroupName');
  if (!name) throw missingParameter('GroupId');
  return groupByName(region, name);
}

function permissionXml(p: IpPermission): XmlObject {
  return {
    ipProtocol: p.protocol,
    fromPort: p.fromPort,
    toPort: p.toPort,
    groups:
      p.groupIds.length > 0
        ? p.groupIds.map((groupId) => ({ groupId, userId: ACCOUNT_ID }))
        : undefined,
    ipRanges: p.cidrs.length > 0 ? p.cidrs.map((cidrIp) => ({ cidrIp })) : undefined,
    ipv6Ranges: undefined,
    prefixListIds: undefined,
  };
}

function groupXml(g: SecurityGroupRecord): XmlObject {
  return {
    ownerId: ACCOUNT_ID,
    groupId: g.id,
    groupName: g.name,
    groupDescription: g.description,
    vpcId: g.vpcId,
    securityGroupArn: `arn:aws:ec2:${g.region}:${ACCOUNT_ID}:security-group/${g.id}`,
    ipPermissions: g.ingress.map(permissionXml),
    ipPermissionsEgress: g.egress.map(permissionXml),
    tagSet: tagSet(g.tags),
  };
}

function permissionMatches(perms: IpPermission[], field: string, values: string[]): boolean {
  return perms.some((p) => {
    if (field === 'cidr') return p.cidrs.some((c) => matchesAny(c, values));
    if (field === 'from-port') return matchesAny(String(p.fromPort ?? ''), values);
    if (field === 'to-port') return matchesAny(String(p.toPort ?? ''), values);
    if (field === 'protocol') return matchesAny(p.protocol, values);
    if (field === 'group-id') return p.groupIds.some((g) => matchesAny(g, values));
    return false;
  });
}

function groupMatches(g: SecurityGroupRecord, f: Filter): boolean {
  switch (f.name) {
    case 'group-id':
      return matchesAny(g.id, f.values);
    case 'group-name':
      return matchesAny(g.name, f.values);
    case 'description':
      return matchesAny(g.description, f.values);
    case 'vpc-id':
      return matchesAny(g.vpcId, f.values);
    case 'owner-id':
      return matchesAny(ACCOUNT_ID, f.values);
    case 'tag-key':
      return Object.keys(g.tags).some((k) => matchesAny(k, f.values));
    default: {
      if (f.name.startsWith('tag:')) return matchesAny(g.tags[f.name.slice(4)], f.values);
      const rule = /^(egress\.)?ip-permission\.(cidr|from-port|to-port|protocol|group-id)$/.exec(
        f.name,
      );
      if (rule) return permissionMatches(rule[1] ? g.egress : g.ingress, rule[2]!, f.values);
      throw invalidParameter(`The filter '${f.name}' is invalid`);
    }
  }
}

function describeSecurityGroups(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('GroupId');
    const names = q.list('GroupName');
    const filters = filtersOf(q);
    let found: SecurityGroupRecord[];
    if (ids.length > 0 || names.length > 0) {
      found = [
        ...ids.map((id) => findGroup(region, id)),
        ...names.map((name) => groupByName(region, name)),
      ];
    } else {
      found = [...region.securityGroups.values()].filter(known);
    }
    const matching = found.filter((g) => filters.every((f) => groupMatches(g, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeSecurityGroups', q, matching, (g) => g.id);
    return { securityGroupInfo: page.items.map(groupXml), nextToken: page.nextToken };
  };
}

/** Group names and descriptions: up to 255 characters of a-z A-Z 0-9 space ._-:/()#,@[]+=&;{}!$* */
const GROUP_TEXT = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]{1,255}$/;

function createSecurityGroup(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const name = q.get('GroupName');
    const description = q.get('GroupDescription');
    if (!name) throw missingParameter('GroupName');
    if (!description) throw missingParameter('GroupDescription');
    if (!GROUP_TEXT.test(name)) {
      throw invalidParameter(
        `Value (${name}) for parameter GroupName is invalid. Character sets beyond ASCII are not supported.`,
      );
    }
    if (!GROUP_TEXT.test(description)) {
      throw invalidParameter(
        `Value (${description}) for parameter GroupDescription is invalid. Character sets beyond ASCII are not supported.`,
      );
    }
    if (name.toLowerCase().startsWith('sg-')) {
      throw invalidParameter(`Group names may not be in the format sg-*`);
    }
    if (name === 'default') {
      throw new Ec2Error('InvalidGroup.Reserved', `The security group 'default' is reserved`);
    }
    const vpcId = q.get('VpcId') ?? defaultVpc(region).id;
    findVpc(region, vpcId);
    const taken = [...region.securityGroups.values()].find(
      (g) => g.name === name && g.vpcId === vpcId,
    );
    if (taken) {
      throw new Ec2Error(
        'InvalidGroup.Duplicate',
        `The security group '${name}' already exists for VPC '${vpcId}'`,
      );
    }
    const tags = tagSpecifications(q, ['security-group'])('security-group');
    stopIfDryRun(req);
    const group: SecurityGroupRecord = {
      region: region.region,
      id: newId('sg'),
      name,
      description,
      vpcId,
      tags,
      ingress: [],
      // A VPC security group starts with one outbound rule allowing all traffic.
      egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'], groupIds: [] }],
      isDefault: false,
      visibleAt: Date.now() + ctx.hazards().ec2.securityGroupVisibilityLag,
    };
    region.securityGroups.set(group.id, group);
    ctx.log(`ec2: security group ${group.id} (${name}) created in ${region.region}`);
    return { return: true, groupId: group.id, tagSet: tagSet(group.tags) };
  };
}

const PROTOCOLS: Record<string, string> = {
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '-1': '-1',
  all: '-1',
};

function port(q: QueryParams, name: string): number | undefined {
  const raw = q.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < -1 || n > 65535) {
    throw invalidParameter(
      `Invalid value '${raw}' for ${name.charAt(0).toLowerCase()}${name.slice(1)}.`,
    );
  }
  return n;
}

/** The rules of a request: `IpPermissions.N.*`, or the legacy flat `IpProtocol`, `CidrIp`... */
function permissionsOf(req: Ec2Request): IpPermission[] {
  const { q, region } = req;
  const structs = q.structs('IpPermissions');
  const raw =
    structs.length > 0
      ? structs.map((p) => ({
          protocol: p.get('IpProtocol'),
          fromPort: port(p, 'FromPort'),
          toPort: port(p, 'ToPort'),
          cidrs: p.structs('IpRanges').map((r) => r.get('CidrIp') ?? ''),
          groupIds: p.structs('Groups').map((g) => g.get('GroupId') ?? ''),
        }))
      : [
          {
            protocol: q.get('IpProtocol'),
            fromPort: port(q, 'FromPort'),
            toPort: port(q, 'ToPort'),
            cidrs: q.has('CidrIp') ? [q.get('CidrIp')!] : [],
            groupIds: [],
          },
        ];
  return raw.map((p) => {
    if (p.protocol === undefined) throw missingParameter('IpProtocol');
    const protocol = PROTOCOLS[p.protocol.toLowerCase()];
    if (!protocol) {
      throw invalidParameter(`Invalid value '${p.protocol}' for IP protocol. Unknown protocol.`);
    }
    for (const cidr of p.cidrs) {
      if (!/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/.test(cidr)) {
        throw invalidParameter(
          `Value (${cidr}) for parameter cidrIp is invalid. This is not a valid CIDR block.`,
        );
      }
    }
    for (const id of p.groupIds) findGroup(region, id);
    if (protocol !== '-1' && (p.fromPort === undefined || p.toPort === undefined)) {
      throw invalidParameter(
        `Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.`,
      );
    }
    if (p.cidrs.length === 0 && p.groupIds.length === 0) {
      throw missingParameter('IpPermissions (a CIDR block or a group)');
    }
    return {
      protocol,
      ...(protocol === '-1' ? {} : { fromPort: p.fromPort, toPort: p.toPort }),
      cidrs: p.cidrs,
      groupIds: p.groupIds,
    };
  });
}

const sameRule = (a: IpPermission, b: IpPermission): boolean =>
  a.protocol === b.protocol && a.fromPort === b.fromPort && a.toPort === b.toPort;

function authorizeSecurityGroupIngress(ctx: Ec2Context): Action {
  return (req) => {
    const { region } = req;
    const group = namedGroup(region, req.q);
    const rules = permissionsOf(req);
    for (const rule of rules) {
      const existing = group.ingress.find((r) => sameRule(r, rule));
      const dup =
        existing &&
        (rule.cidrs.find((c) => existing.cidrs.includes(c)) ??
          rule.groupIds.find((g) => existing.groupIds.includes(g)));
      if (dup) {
        const ports = rule.protocol === '-1' ? '' : ` ports: ${rule.fromPort}-${rule.toPort}`;
        throw new Ec2Error(
          'InvalidPermission.Duplicate',
          `the specified rule "peer: ${dup}, ${rule.protocol === '-1' ? 'ALL' : rule.protocol.toUpperCase()},${ports}, ALLOW" already exists`,
        );
      }
    }
    stopIfDryRun(req);
    for (const rule of rules) {
      const existing = group.ingress.find((r) => sameRule(r, rule));
      if (existing) {
        existing.cidrs.push(...rule.cidrs);
        existing.groupIds.push(...rule.groupIds);
      } else group.ingress.push(rule);
    }
    ctx.log(`ec2: security group ${group.id} (${region.region}) ingress authorized`);
    return {
      return: true,
      securityGroupRuleSet: rules.map((r) => ({
        securityGroupRuleId: newId('sgr'),
        groupId: group.id,
        groupOwnerId: ACCOUNT_ID,
        isEgress: false,
        ipProtocol: r.protocol,
        fromPort: r.fromPort ?? -1,
        toPort: r.toPort ?? -1,
        cidrIpv4: r.cidrs[0],
      })),
    };
  };
}

/** An instance not yet terminated that uses the group: EC2 answers DependencyViolation. */
function groupUser(region: RegionState, id: string): string | undefined {
  return [...region.instances.values()].find(
    (i) => i.state !== 'terminated' && i.securityGroupIds.includes(id),
  )?.id;
}

function deleteSecurityGroup(ctx: Ec2Context): Action {
  return (req) => {
    const { region } = req;
    const group = namedGroup(region, req.q);
    if (group.isDefault) {
      throw new Ec2Error(
        'CannotDelete',
        `the specified group: "${group.id}" name: "default" cannot be deleted by a user`,
      );
    }
    const user = groupUser(region, group.id);
    if (user) {
      throw new Ec2Error('DependencyViolation', `resource ${group.id} has a dependent object`);
    }
    stopIfDryRun(req);
    region.securityGroups.delete(group.id);
    ctx.log(`ec2: security group ${group.id} (${region.region}) deleted`);
    return { return: true, groupId: group.id };
  };
}

export function securityGroupActions(ctx: Ec2Context): Record<string, Action> {
  return {
    DescribeSecurityGroups: describeSecurityGroups(ctx),
    CreateSecurityGroup: createSecurityGroup(ctx),
    AuthorizeSecurityGroupIngress: authorizeSecurityGroupIngress(ctx),
    DeleteSecurityGroup: deleteSecurityGroup(ctx),
  };
}
