import { invalidParameter } from './errors.js';
import { imageMappings } from './image-mappings.js';
import { isPublic } from './images.js';
import { matchesAny, type Filter } from './query.js';
import type { ImageDevice, ImageRecord } from './state.js';

type Field = (img: ImageRecord) => string | string[] | undefined;

function ebsField(read: (ebs: NonNullable<ImageDevice['ebs']>) => string | undefined): Field {
  return (img) => imageMappings(img).flatMap((d) => (d.ebs ? (read(d.ebs) ?? []) : []));
}

/**
 * DescribeImages' filters
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html, Filter.N),
 * each read from what imageXml shows. "source-instance-id - The ID of the instance that the AMI
 * was created from if the AMI was created using CreateImage"; "source-image-id - The ID of the
 * source AMI from which the AMI was created"; "source-image-region - The Region of the source
 * AMI"; "creation-date - The time when the image was created, in the ISO 8601 format ... You
 * can use a wildcard (*), for example, 2021-09-29T*, which matches an entire day". Every
 * emulated AMI is an EBS-backed HVM Linux machine image on xen with ENA and without
 * sriovNetSupport ("sriov-net-support - A value of simple indicates that enhanced networking
 * with the Intel 82599 VF interface is enabled"), kernel, ramdisk, platform ("The only supported
 * value is windows") or product codes. `deprecation-time` is no filter of the reference.
 */
const FIELDS: Record<string, Field> = {
  name: (i) => i.name,
  state: (i) => i.state,
  'image-id': (i) => i.id,
  'owner-id': (i) => i.ownerId,
  'owner-alias': (i) => i.ownerAlias,
  'is-public': (i) => String(isPublic(i)),
  architecture: (i) => i.architecture,
  'virtualization-type': () => 'hvm',
  'root-device-type': () => 'ebs',
  hypervisor: () => 'xen',
  'image-type': () => 'machine',
  'ena-support': () => 'true',
  'sriov-net-support': () => undefined,
  'root-device-name': (i) => i.rootDeviceName,
  description: (i) => i.description,
  'creation-date': (i) => i.creationDate,
  'platform-details': () => 'Linux/UNIX',
  'usage-operation': () => 'RunInstances',
  platform: () => undefined,
  'product-code': () => undefined,
  'product-code.type': () => undefined,
  'kernel-id': () => undefined,
  'ramdisk-id': () => undefined,
  'state-reason-code': (i) => i.stateReason?.code,
  'state-reason-message': (i) => i.stateReason?.message,
  'source-instance-id': (i) => i.sourceInstanceId,
  'source-image-id': (i) => i.sourceImage?.split('/')[1],
  'source-image-region': (i) => i.sourceImage?.split('/')[0],
  'manifest-location': (i) => `${i.ownerAlias ?? i.ownerId}/${i.name}`,
  'block-device-mapping.device-name': (i) => imageMappings(i).map((d) => d.deviceName),
  'block-device-mapping.snapshot-id': ebsField((e) => e.snapshotId),
  'block-device-mapping.volume-size': ebsField((e) => String(e.sizeGb)),
  'block-device-mapping.volume-type': ebsField((e) => e.type),
  'block-device-mapping.encrypted': ebsField((e) => String(e.encrypted)),
  'block-device-mapping.delete-on-termination': ebsField((e) => String(e.deleteOnTermination)),
  'tag-key': (i) => Object.keys(i.tags),
};

export function imageMatches(img: ImageRecord, f: Filter): boolean {
  if (f.name.startsWith('tag:')) return matchesAny(img.tags[f.name.slice(4)], f.values);
  const field = FIELDS[f.name];
  if (!field) throw invalidParameter(`The filter '${f.name}' is invalid`);
  return [field(img) ?? []].flat().some((v) => matchesAny(v, f.values));
}
