import type { Action, Ec2Context } from './context.js';
import { invalidParameter, stopIfDryRun } from './errors.js';
import { instancesAsked } from './instances.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import { STATE_CODES, type InstanceRecord } from './state.js';
import type { XmlObject } from './xml.js';

type Check = 'ok' | 'initializing' | 'not-applicable';

/**
 * An instance's status checks: not applicable unless it is running; initializing for a while
 * after it reaches running (the emulated `boot` duration again, minutes on EC2), then ok.
 */
function checkOf(ctx: Ec2Context, inst: InstanceRecord): Check {
  if (inst.state !== 'running') return 'not-applicable';
  const since = inst.runningSince ?? 0;
  return Date.now() - since < ctx.durations().boot ? 'initializing' : 'ok';
}

function summaryXml(check: Check): XmlObject {
  if (check === 'not-applicable') return { status: check };
  const reachability = check === 'ok' ? 'passed' : 'initializing';
  return { status: check, details: [{ name: 'reachability', status: reachability }] };
}

function statusMatches(inst: InstanceRecord, check: Check, f: Filter): boolean {
  const reachability =
    check === 'ok' ? 'passed' : check === 'initializing' ? 'initializing' : undefined;
  switch (f.name) {
    case 'instance-state-name':
      return matchesAny(inst.state, f.values);
    case 'instance-state-code':
      return matchesAny(String(STATE_CODES[inst.state]), f.values);
    case 'availability-zone':
      return matchesAny(`${inst.region}a`, f.values);
    case 'instance-status.status':
    case 'system-status.status':
      return matchesAny(check, f.values);
    case 'instance-status.reachability':
    case 'system-status.reachability':
      return matchesAny(reachability, f.values);
    default:
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

/**
 * DescribeInstanceStatus
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceStatus.html):
 * running instances only unless `IncludeAllInstances`; each with its state and its instance and
 * system status checks (what `aws ec2 wait instance-status-ok` polls); the documented filters on
 * state, zone and checks; paged, and as DescribeInstances, not with both ids and MaxResults.
 * `instanceStatusSet` is answered even when empty (boto3 reads `resp['InstanceStatuses']`).
 */
function describeInstanceStatus(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const all = q.bool('IncludeAllInstances');
    const filters = filtersOf(q);
    const matching = instancesAsked(region, q)
      .filter((i) => all || i.state === 'running')
      .filter((i) => filters.every((f) => statusMatches(i, checkOf(ctx, i), f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeInstanceStatus', q, matching, (i) => i.id);
    const items = page.items.map((inst) => {
      const check = checkOf(ctx, inst);
      return {
        instanceId: inst.id,
        availabilityZone: `${inst.region}a`,
        instanceState: { code: STATE_CODES[inst.state], name: inst.state },
        systemStatus: summaryXml(check),
        instanceStatus: summaryXml(check),
      };
    });
    return { instanceStatusSet: items, nextToken: page.nextToken };
  };
}

export function instanceStatusActions(ctx: Ec2Context): Record<string, Action> {
  return { DescribeInstanceStatus: describeInstanceStatus(ctx) };
}
