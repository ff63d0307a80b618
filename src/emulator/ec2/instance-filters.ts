import { invalidParameter } from './errors.js';
import { subnetZone } from './network.js';
import { matchesAny, type Filter } from './query.js';
import { attachedVolumes, attachmentOf } from './volume-views.js';
import { STATE_CODES, type EbsVolume, type InstanceRecord, type RegionState } from './state.js';

/** The private IPv4 address DescribeInstances shows for every emulated instance. */
export const PRIVATE_IP = '172.31.0.10';

type Field = (inst: InstanceRecord, region: RegionState) => string | string[] | undefined;

/** A field of each attached EBS volume (none once terminated), as blockDeviceMappingXml shows. */
function mapped(read: (v: EbsVolume, inst: InstanceRecord) => string): Field {
  return (inst) =>
    inst.state === 'terminated' ? [] : attachedVolumes(inst).map((v) => read(v, inst));
}

/**
 * DescribeInstances' filters the emulator's state answers, each read from what instanceXml
 * shows (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html,
 * Filter.N). "launch-time - The time when the instance was launched, in the ISO 8601 format in
 * the UTC time zone (YYYY-MM-DDThh:mm:ss.sssZ) ... You can use a wildcard (*), for example,
 * 2021-09-29T*, which matches an entire day": dates match as strings, wildcards and all.
 * What the emulator does not keep is what every emulated instance has: "tenancy - The tenancy
 * of an instance (dedicated | default | host)" is `default`, "platform-details" `Linux/UNIX`,
 * "architecture" `x86_64`, "root-device-type" `ebs`, as instanceXml answers.
 */
const FIELDS: Record<string, Field> = {
  'instance-id': (i) => i.id,
  'instance-state-name': (i) => i.state,
  'instance-state-code': (i) => String(STATE_CODES[i.state]),
  'instance-type': (i) => i.instanceType,
  'image-id': (i) => i.imageId,
  'client-token': (i) => i.clientToken,
  'reservation-id': (i) => i.reservationId,
  'key-name': (i) => i.keyName,
  'vpc-id': (i) => i.vpcId,
  'subnet-id': (i) => i.subnetId,
  'availability-zone': (i, r) => subnetZone(r, i.subnetId),
  'private-ip-address': () => PRIVATE_IP,
  'launch-time': (i) => i.launchTime,
  'instance.group-id': (i) => i.securityGroupIds,
  'instance.group-name': (i, r) =>
    i.securityGroupIds.flatMap((id) => r.securityGroups.get(id)?.name ?? []),
  architecture: () => 'x86_64',
  'root-device-type': () => 'ebs',
  'root-device-name': (i) => i.root.deviceName,
  tenancy: () => 'default',
  'platform-details': () => 'Linux/UNIX',
  'block-device-mapping.device-name': mapped((v) => v.deviceName),
  'block-device-mapping.volume-id': mapped((v) => v.volumeId),
  'block-device-mapping.delete-on-termination': mapped((v) => String(v.deleteOnTermination)),
  'block-device-mapping.status': mapped((v, i) => attachmentOf(i, v).state),
  'block-device-mapping.attach-time': mapped((v, i) => attachmentOf(i, v).time),
  'tag-key': (i) => Object.keys(i.tags),
};

export function instanceMatches(inst: InstanceRecord, region: RegionState, f: Filter): boolean {
  if (f.name.startsWith('tag:')) return matchesAny(inst.tags[f.name.slice(4)], f.values);
  const field = FIELDS[f.name];
  if (!field) throw invalidParameter(`The filter '${f.name}' is invalid`);
  const value = field(inst, region);
  return [value ?? []].flat().some((v) => matchesAny(v, f.values));
}
