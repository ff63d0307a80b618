import { instanceTypeProblem } from '../../naming/aws.js';
import type { Action, Ec2Context, Ec2Request } from './context.js';
import {
  Ec2Error,
  instanceNotFound,
  invalidParameter,
  missingParameter,
  stopIfDryRun,
} from './errors.js';
import { checkMappings, layDevices } from './block-devices.js';
import { newId, timestamp } from './ids.js';
import { clientToken, idempotencyFingerprint } from './idempotency.js';
import { findKeyPair } from './key-pairs.js';
import { visibleImage } from './images.js';
import { boot, reboot, start, stop, terminate } from './lifecycle.js';
import { instanceMatches, PRIVATE_IP } from './instance-filters.js';
import { defaultSubnet, findSubnet, subnetZone } from './network.js';
import { paginate } from './paging.js';
import { defaultGroup, findGroup, groupByName } from './security-groups.js';
import { filtersOf, type QueryParams } from './query.js';
import { tagSpecifications } from './tag-rules.js';
import { SerialPort } from '../gce/serial-port.js';
import {
  ACCOUNT_ID,
  STATE_CODES,
  defaultEbsKey,
  type EbsVolume,
  type InstanceRecord,
  type RegionState,
} from './state.js';
import { tagSet, type XmlObject, type XmlValue } from './xml.js';
import { attachedVolumes, attachmentOf } from './volume-views.js';
import { refuseWithoutRoot } from './volume-store.js';

/** What RunInstances' TagSpecifications may tag (API reference, TagSpecification.N). */
const RUN_INSTANCES_TAGGABLE = [
  'instance',
  'volume',
  'network-interface',
  'spot-instances-request',
];

/** EC2 limits user data to 16 KB before base64 encoding. */
const MAX_USER_DATA = 16 * 1024;

const INSTANCE_ID = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;

/**
 * An instance as the API sees it: for a while after RunInstances EC2 does not know it yet and
 * answers InvalidInstanceID.NotFound ("Eventual consistency in the Amazon EC2 API",
 * https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html).
 */
function visible(inst: InstanceRecord): boolean {
  return Date.now() >= inst.visibleAt;
}

export function findInstance(region: RegionState, id: string): InstanceRecord {
  if (!INSTANCE_ID.test(id)) {
    throw new Ec2Error('InvalidInstanceID.Malformed', `Invalid id: "${id}"`);
  }
  const inst = region.instances.get(id);
  if (!inst || !visible(inst)) throw instanceNotFound(id);
  return inst;
}

function stateXml(inst: InstanceRecord): XmlObject {
  return { code: STATE_CODES[inst.state], name: inst.state };
}

/**
 * An instance's attached EBS volumes, its root first (AttachVolume's too, `attaching` at first):
 * none once terminated. The mapping's
 * entries have only `ebs` ("Parameters used to automatically set up EBS volumes when the
 * instance is launched", InstanceBlockDeviceMapping,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceBlockDeviceMapping.html),
 * so instance store volumes do not show.
 */
export function blockDeviceMappingXml(inst: InstanceRecord): XmlValue {
  if (inst.state === 'terminated') return undefined;
  return attachedVolumes(inst).map((v) => {
    const attachment = attachmentOf(inst, v);
    return {
      deviceName: v.deviceName,
      ebs: {
        volumeId: v.volumeId,
        status: attachment.state,
        attachTime: attachment.time,
        deleteOnTermination: v.deleteOnTermination,
      },
    };
  });
}

/** A volume for each EBS device of the launch's block device mapping, besides the root. */
function extraVolumes(
  req: Ec2Request,
  image: ReturnType<typeof visibleImage>,
  tags: Record<string, string>,
): EbsVolume[] {
  const mappings = req.q.structs('BlockDeviceMapping');
  checkMappings(mappings, image.rootDeviceName, 'RunInstances');
  const devices = layDevices(req.region, image.devices ?? [], mappings, image.rootDeviceName);
  return devices.flatMap(({ deviceName, ebs }) =>
    ebs ? [{ ...ebs, volumeId: newId('vol'), deviceName, tags: { ...tags } }] : [],
  );
}

export function instanceXml(inst: InstanceRecord, region: RegionState): XmlObject {
  const az = subnetZone(region, inst.subnetId);
  return {
    instanceId: inst.id,
    imageId: inst.imageId,
    instanceState: stateXml(inst),
    privateDnsName: `ip-10-0-0-${inst.id.length}.${inst.region}.compute.internal`,
    dnsName: '',
    reason: inst.stateTransitionReason,
    amiLaunchIndex: 0,
    instanceType: inst.instanceType,
    keyName: inst.keyName,
    launchTime: inst.launchTime,
    placement: { availabilityZone: az, groupName: '', tenancy: 'default' },
    monitoring: { state: 'disabled' },
    subnetId: inst.subnetId,
    vpcId: inst.vpcId,
    privateIpAddress: PRIVATE_IP,
    groupSet:
      inst.securityGroupIds.length > 0
        ? inst.securityGroupIds.map((groupId) => ({
            groupId,
            groupName: region.securityGroups.get(groupId)?.name,
          }))
        : undefined,
    stateReason: inst.stateReason,
    architecture: 'x86_64',
    rootDeviceType: 'ebs',
    rootDeviceName: inst.root.deviceName,
    blockDeviceMapping: blockDeviceMappingXml(inst),
    iamInstanceProfile: inst.iamInstanceProfile
      ? {
          arn: inst.iamInstanceProfile.startsWith('arn:')
            ? inst.iamInstanceProfile
            : `arn:aws:iam::${ACCOUNT_ID}:instance-profile/${inst.iamInstanceProfile}`,
          id: 'AIPAEMULATOR0000000000',
        }
      : undefined,
    clientToken: inst.clientToken,
    tagSet: tagSet(inst.tags),
    hypervisor: 'xen',
    virtualizationType: 'hvm',
    ebsOptimized: inst.attributes.ebsOptimized === 'true',
    enaSupport: inst.attributes.enaSupport !== 'false',
    sriovNetSupport: inst.attributes.sriovNetSupport,
    metadataOptions: {
      state: 'applied',
      httpTokens: inst.httpTokens,
      httpPutResponseHopLimit: 2,
      httpEndpoint: 'enabled',
    },
  };
}

function bootVolume(
  req: Ec2Request,
  image: ReturnType<typeof visibleImage>,
  tags: Record<string, string>,
) {
  const { q } = req;
  const mapping = q
    .structs('BlockDeviceMapping')
    .find((m) => (m.get('DeviceName') ?? image.rootDeviceName) === image.rootDeviceName);
  const ebs = mapping?.sub('Ebs');
  const size = ebs?.has('VolumeSize') ? Number(ebs.get('VolumeSize')) : image.volumeSizeGb;
  if (!Number.isInteger(size) || size < image.volumeSizeGb || size > 16384) {
    throw new Ec2Error(
      'InvalidBlockDeviceMapping',
      `Volume of size ${ebs?.get('VolumeSize')}GB is smaller than snapshot '${image.snapshotIds[0]}', expect size >= ${image.volumeSizeGb}GB`,
    );
  }
  const rootDeleteOnTermination = image.rootDeleteOnTermination ?? true;
  const type = ebs?.get('VolumeType') ?? image.volumeType;
  if (!['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'].includes(type)) {
    throw invalidParameter(`Value (${type}) for parameter volumeType is invalid.`);
  }
  const encrypted = image.encrypted || (ebs?.bool('Encrypted') ?? false);
  const kmsKeyId = encrypted
    ? (ebs?.get('KmsKeyId') ?? image.kmsKeyId ?? defaultEbsKey(req.region.region))
    : undefined;
  if (ebs?.has('KmsKeyId') && !encrypted) {
    throw new Ec2Error(
      'InvalidParameterDependency',
      'The parameter KmsKeyId requires the parameter Encrypted to be set.',
    );
  }
  return {
    volumeId: newId('vol'),
    deviceName: image.rootDeviceName,
    sizeGb: size,
    type,
    encrypted,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    // The AMI's root mapping says what happens to it unless the launch says otherwise.
    deleteOnTermination:
      ebs?.bool('DeleteOnTermination', rootDeleteOnTermination) ?? rootDeleteOnTermination,
    tags,
    ...(image.snapshotIds[0] ? { snapshotId: image.snapshotIds[0] } : {}),
  };
}

function runInstances(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const tagsOf = tagSpecifications(q, RUN_INSTANCES_TAGGABLE);
    const token = clientToken(q);
    const fingerprint = idempotencyFingerprint(q);
    if (token) {
      const seen = region.tokens.get(`run:${token}`);
      if (seen && seen.fingerprint !== fingerprint) {
        throw new Ec2Error(
          'IdempotentParameterMismatch',
          'The client token you have provided is associated with a resource that is already deleted or a request with different parameters.',
        );
      }
      const earlier = seen && region.instances.get(seen.result);
      if (earlier && !req.dryRun) return reservationXml(earlier, region);
    }
    const imageId = q.get('ImageId');
    if (!imageId) throw missingParameter('ImageId');
    const image = visibleImage(region, imageId);
    if (image.state !== 'available') {
      throw new Ec2Error(
        'InvalidAMIID.Unavailable',
        `The image id '[${imageId}]' is not available`,
      );
    }
    // RunInstances' default type is m1.small; one EC2 does not have is "Invalid value
    // 't9.bogus' for InstanceType." (InvalidParameterValue), by the shape naming/aws.ts checks.
    const instanceType = q.get('InstanceType') ?? 'm1.small';
    if (instanceTypeProblem(instanceType) !== undefined) {
      throw invalidParameter(`Invalid value '${instanceType}' for InstanceType.`);
    }
    const min = Number(q.get('MinCount') ?? '1');
    const max = Number(q.get('MaxCount') ?? '1');
    if (min !== 1 || max !== 1) {
      throw invalidParameter('The emulator launches one instance per call (MinCount=MaxCount=1)');
    }
    const userData = q.get('UserData');
    if (userData && Buffer.from(userData, 'base64').length > MAX_USER_DATA) {
      throw invalidParameter(`User data is limited to ${MAX_USER_DATA} bytes`);
    }
    // An AMI with imdsSupport v2.0 launches instances with "HttpTokens automatically set to
    // required" (ModifyImageAttribute API reference, ImdsSupport).
    const httpTokens =
      q.get('MetadataOptions.HttpTokens') ?? (image.imdsSupport ? 'required' : 'optional');
    if (httpTokens !== 'optional' && httpTokens !== 'required') {
      throw invalidParameter(`Value (${httpTokens}) for parameter HttpTokens is invalid.`);
    }
    const behavior = q.get('InstanceInitiatedShutdownBehavior') ?? 'stop';
    if (behavior !== 'stop' && behavior !== 'terminate') {
      throw invalidParameter(
        `Value (${behavior}) for parameter instanceInitiatedShutdownBehavior is invalid.`,
      );
    }
    // Without SubnetId the instance goes to a default subnet of the default VPC, and without
    // groups it gets the VPC's default group (RunInstances API reference).
    const subnet = q.has('SubnetId')
      ? findSubnet(region, q.get('SubnetId')!)
      : defaultSubnet(region);
    const subnetId = subnet.id;
    const securityGroupIds = [
      ...q.list('SecurityGroupId').map((sg) => findGroup(region, sg)),
      ...q.list('SecurityGroup').map((name) => groupByName(region, name)),
    ].map((g) => {
      if (g.vpcId !== subnet.vpcId) {
        throw invalidParameter(
          `Security group ${g.id} and subnet ${subnet.id} belong to different networks.`,
        );
      }
      return g.id;
    });
    if (securityGroupIds.length === 0) securityGroupIds.push(defaultGroup(region).id);
    const profile = q.get('IamInstanceProfile.Arn') ?? q.get('IamInstanceProfile.Name');
    const keyName = q.get('KeyName');
    if (keyName !== undefined) findKeyPair(region, keyName);
    const root = bootVolume(req, image, tagsOf('volume'));
    const volumes = extraVolumes(req, image, tagsOf('volume'));
    stopIfDryRun(req);
    const id = newId('i');
    // Outcome rules match the Name tag (what a test knows before the launch), else the id.
    const tags = tagsOf('instance');
    const name = tags.Name ?? id;
    const inst: InstanceRecord = {
      region: region.region,
      id,
      reservationId: newId('r'),
      imageId,
      instanceType,
      state: 'pending',
      stateTransitionReason: '',
      launchTime: timestamp(),
      tags,
      ...(userData ? { userData } : {}),
      httpTokens,
      shutdownBehavior: behavior,
      subnetId,
      vpcId: subnet.vpcId,
      securityGroupIds,
      attributes: {},
      ...(profile ? { iamInstanceProfile: profile } : {}),
      ...(token ? { clientToken: token } : {}),
      ...(keyName !== undefined ? { keyName } : {}),
      root,
      volumes,
      console: new SerialPort(),
      postedConsole: '',
      visibleAt: Date.now() + ctx.hazards().ec2.instanceVisibilityLag,
      outcome: ctx.outcomes.for(name),
      output: ctx.outcomes.outputFor(name),
      checks: ctx.outcomes.checksFor(name, ctx.durations().check),
    };
    region.instances.set(id, inst);
    if (token) region.tokens.set(`run:${token}`, { fingerprint, result: id });
    ctx.log(`ec2: instance ${id} launched in ${region.region} from ${imageId}`);
    boot(ctx, inst, req.operationFault());
    return reservationXml(inst, region);
  };
}

function reservationXml(inst: InstanceRecord, region: RegionState): XmlObject {
  return {
    reservationId: inst.reservationId,
    ownerId: ACCOUNT_ID,
    groupSet: undefined,
    instancesSet: [instanceXml(inst, region)],
  };
}

function describeInstances(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const filters = filtersOf(q);
    const found = instancesAsked(region, q);
    const matching = found.filter((i) => filters.every((f) => instanceMatches(i, region, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeInstances', q, matching, (i) => i.id);
    const reservations: XmlValue[] = page.items.map((inst) => ({
      reservationId: inst.reservationId,
      ownerId: ACCOUNT_ID,
      instancesSet: [instanceXml(inst, region)],
    }));
    return { reservationSet: reservations, nextToken: page.nextToken };
  };
}

/**
 * The instances a describe action names (`InstanceId.N`, each known), else every one EC2 shows
 * now. The API reference: "You cannot specify this parameter [MaxResults] and the instance IDs
 * parameter in the same request" (the answer as getmoto/moto#6282 quotes it).
 */
export function instancesAsked(region: RegionState, q: QueryParams): InstanceRecord[] {
  const ids = q.list('InstanceId');
  if (ids.length > 0 && q.has('MaxResults')) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults',
    );
  }
  return ids.length > 0
    ? ids.map((id) => findInstance(region, id))
    : [...region.instances.values()].filter(visible);
}

function changeState(
  ctx: Ec2Context,
  change: (inst: InstanceRecord) => Promise<void> | void,
  allowed: (inst: InstanceRecord) => boolean,
  verb = 'stopped',
  check: (inst: InstanceRecord) => void = () => undefined,
): Action {
  return async (req) => {
    const { q, region } = req;
    const ids = q.list('InstanceId');
    if (ids.length === 0) throw missingParameter('InstanceId');
    const instances = ids.map((id) => findInstance(region, id));
    for (const inst of instances) {
      if (!allowed(inst)) {
        throw new Ec2Error(
          'IncorrectInstanceState',
          `This instance '${inst.id}' is not in a state from which it can be ${verb}.`,
        );
      }
      check(inst);
    }
    stopIfDryRun(req);
    const items: XmlValue[] = [];
    for (const inst of instances) {
      const previousState = stateXml(inst);
      await change(inst);
      items.push({ instanceId: inst.id, currentState: stateXml(inst), previousState });
    }
    ctx.log(`ec2: ${ids.join(', ')} → ${instances.map((i) => i.state).join(', ')}`);
    return { instancesSet: items };
  };
}

const USER = { code: 'Client.UserInitiatedShutdown', message: 'User initiated shutdown' };

/**
 * RebootInstances (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RebootInstances.html):
 * running instances only; answers `true`, the instances stay running. (The refusal's wording
 * for an instance that is not running is the emulator's, in EC2's IncorrectInstanceState form.)
 */
function rebootInstances(ctx: Ec2Context): Action {
  return async (req) => {
    const { q, region } = req;
    const ids = q.list('InstanceId');
    if (ids.length === 0) throw missingParameter('InstanceId');
    const instances = ids.map((id) => findInstance(region, id));
    const idle = instances.find((i) => i.state !== 'running');
    if (idle) {
      throw new Ec2Error(
        'IncorrectInstanceState',
        `The instance '${idle.id}' is not in the 'running' state.`,
      );
    }
    stopIfDryRun(req);
    for (const inst of instances) await reboot(ctx, inst);
    return { return: true };
  };
}

export function instanceActions(ctx: Ec2Context): Record<string, Action> {
  return {
    RunInstances: runInstances(ctx),
    DescribeInstances: describeInstances(ctx),
    StopInstances: changeState(
      ctx,
      (inst) => stop(ctx, inst, USER),
      (inst) => !['shutting-down', 'terminated'].includes(inst.state),
    ),
    TerminateInstances: changeState(
      ctx,
      (inst) => terminate(ctx, inst, USER),
      () => true,
    ),
    // Starting a running (or starting) instance changes nothing and is no error.
    StartInstances: changeState(
      ctx,
      (inst) => start(ctx, inst),
      (inst) => ['stopped', 'pending', 'running'].includes(inst.state),
      'started',
      refuseWithoutRoot,
    ),
    RebootInstances: rebootInstances(ctx),
  };
}
