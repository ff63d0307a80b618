import type { RunInstancesCommandInput } from '@aws-sdk/client-ec2';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { AwsConfig } from '../../config/types.js';
import type { VerifyTarget } from '../provider.js';
import { tagList } from './builder.js';
import { temporaryDevices, type EbsDevice } from './devices.js';

/** An AMI in one region. */
export interface RegionalAmi {
  region: string;
  imageId: string;
}

const AMI = /^ami-[0-9a-f]{8,17}$/;

function regional(text: string, region: string | undefined, what: string): RegionalAmi {
  const colon = text.indexOf(':');
  const at = colon >= 0 ? text.slice(0, colon) : region;
  const imageId = colon >= 0 ? text.slice(colon + 1) : text;
  if (!AMI.test(imageId) || !at) {
    throw new Error(
      `${what} ${JSON.stringify(text)} is not an AMI id in a region (\`ami-…\` with details.region, or \`region:ami-…\`)`,
    );
  }
  return { region: at, imageId };
}

/**
 * The AMI a verifier boots: `region:ami-…`, or `ami-…` in `details.region` (else the config's
 * region).
 */
export function launchAmi(target: VerifyTarget, defaultRegion: string): RegionalAmi {
  return regional(
    target.imageId,
    target.details.region || defaultRegion,
    `the image to verify (${target.imageName})`,
  );
}

/**
 * Every region's copy of the image: `details.amis` (`region:ami,...`, the Packer artifact id),
 * or only the AMI verified when that is absent.
 */
export function amisOf(target: VerifyTarget, defaultRegion: string): RegionalAmi[] {
  const listed = (target.details.amis ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => regional(s, undefined, `details.amis of ${target.imageName}:`));
  const all = listed.length > 0 ? listed : [launchAmi(target, defaultRegion)];
  const seen = new Set<string>();
  return all.filter(
    (a) => !seen.has(`${a.region}/${a.imageId}`) && !!seen.add(`${a.region}/${a.imageId}`),
  );
}

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('/')).digest('hex');
}

/** The verifier's Name tag: the image's name plus a short hash of the run id. */
export function verifierName(imageName: string, runId: string): string {
  return `${imageName}-verify-${hash(runId).slice(0, 6)}`;
}

/** The RunInstances token of a run's verifier of one AMI: a retried launch is the same launch. */
export function verifierToken(runId: string, ami: RegionalAmi): string {
  return `wi-verifier-${hash(runId, 'verifier', ami.region, ami.imageId).slice(0, 40)}`;
}

/** EC2 takes at most 16 KB of user data (before base64). */
const MAX_USER_DATA = 16 * 1024;

/** The verify script as user data: plain when it fits, gzip-compressed otherwise (cloud-init unpacks it). */
export function verifyUserData(script: string): string {
  const plain = Buffer.from(script, 'utf8');
  if (plain.length <= MAX_USER_DATA) return plain.toString('base64');
  const packed = gzipSync(plain, { level: 9 });
  if (packed.length <= MAX_USER_DATA) return packed.toString('base64');
  throw new Error(
    `the verify script is ${plain.length} bytes (${packed.length} compressed); EC2 user data holds at most ` +
      `${MAX_USER_DATA}: shorten the checks, or move long ones into a file baked into the image`,
  );
}

export interface VerifierLaunch {
  ami: RegionalAmi;
  name: string;
  instanceType: string;
  userDataBase64: string;
  clientToken: string;
  /** The request's labels; the role and Name are added here. */
  labels: Record<string, string>;
  /** The AMI's root device: its volume goes with the instance, whatever the AMI says. */
  rootDeviceName?: string;
  /** The AMI's other EBS devices: theirs go with it too. */
  dataDevices?: EbsDevice[];
}

/**
 * The verifier: the AMI with the verify script as user data, IMDSv2 only, the builder's
 * network and instance profile, a guest power-off that terminates it and a root volume deleted
 * with it (nothing of a verifier is worth keeping, and an AMI may say DeleteOnTermination
 * false). The subnet and security groups are the config's region's: in
 * another region (a copy verified there) the default VPC takes them.
 */
export function verifierRequest(aws: AwsConfig, launch: VerifierLaunch): RunInstancesCommandInput {
  const tags = tagList({
    ...launch.labels,
    Name: launch.name,
    'worker-image-role': 'verifier',
  });
  const home = launch.ami.region === aws.region;
  const profile = aws.iamInstanceProfile;
  return {
    ImageId: launch.ami.imageId,
    InstanceType: launch.instanceType as RunInstancesCommandInput['InstanceType'],
    MinCount: 1,
    MaxCount: 1,
    ClientToken: launch.clientToken,
    UserData: launch.userDataBase64,
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
    InstanceInitiatedShutdownBehavior: 'terminate',
    ...(home && aws.subnetId ? { SubnetId: aws.subnetId } : {}),
    ...(home && aws.securityGroupIds.length ? { SecurityGroupIds: aws.securityGroupIds } : {}),
    ...(profile
      ? { IamInstanceProfile: profile.startsWith('arn:') ? { Arn: profile } : { Name: profile } }
      : {}),
    ...(launch.rootDeviceName
      ? {
          BlockDeviceMappings: [
            { DeviceName: launch.rootDeviceName, Ebs: { DeleteOnTermination: true } },
            ...temporaryDevices(launch.dataDevices ?? []),
          ],
        }
      : {}),
    TagSpecifications: [
      { ResourceType: 'instance', Tags: tags },
      { ResourceType: 'volume', Tags: tags },
    ],
  };
}
