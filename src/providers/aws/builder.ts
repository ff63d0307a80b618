import type { RunInstancesCommandInput, Tag } from '@aws-sdk/client-ec2';
import { gzipSync } from 'node:zlib';
import type { AwsConfig } from '../../config/types.js';
import { temporaryDevices } from './devices.js';
import type { AwsPlan } from './plan.js';

/** EC2 takes at most 16 KB of user data (before base64). */
const MAX_USER_DATA = 16 * 1024;

export function tagList(tags: Record<string, string>): Tag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/**
 * The wrapped script as user data: plain when it fits (readable in the console and the
 * instance's settings), gzip-compressed otherwise (cloud-init unpacks it).
 */
export function userData(script: string, template: string): string {
  const plain = Buffer.from(script, 'utf8');
  if (plain.length <= MAX_USER_DATA) return plain.toString('base64');
  const packed = gzipSync(plain, { level: 9 });
  if (packed.length <= MAX_USER_DATA) return packed.toString('base64');
  throw new Error(
    `the provisioning script rendered from ${template} is ${plain.length} bytes (${packed.length} compressed); ` +
      `EC2 user data holds at most ${MAX_USER_DATA}: move large parts into files the script downloads`,
  );
}

/**
 * The builder: the source AMI with the wrapped script as user data, IMDSv2 only, and a
 * guest power-off that stops (not terminates) it, so its volume can become the AMI.
 */
export function builderRequest(
  aws: AwsConfig,
  plan: AwsPlan,
  userDataBase64: string,
  clientToken: string,
): RunInstancesCommandInput {
  const tags = tagList({ ...plan.tags, Name: plan.builderName, 'worker-image-role': 'builder' });
  const profile = aws.iamInstanceProfile;
  return {
    ImageId: plan.sourceImageId,
    InstanceType: aws.instanceType as RunInstancesCommandInput['InstanceType'],
    MinCount: 1,
    MaxCount: 1,
    ClientToken: clientToken,
    UserData: userDataBase64,
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
    InstanceInitiatedShutdownBehavior: 'stop',
    ...(aws.subnetId ? { SubnetId: aws.subnetId } : {}),
    ...(aws.securityGroupIds.length ? { SecurityGroupIds: aws.securityGroupIds } : {}),
    ...(profile
      ? { IamInstanceProfile: profile.startsWith('arn:') ? { Arn: profile } : { Name: profile } }
      : {}),
    BlockDeviceMappings: [
      {
        DeviceName: plan.rootDeviceName,
        Ebs: {
          VolumeSize: aws.volume.sizeGb,
          VolumeType: aws.volume.type,
          DeleteOnTermination: true,
          ...(aws.encrypted ? { Encrypted: true } : {}),
          ...(aws.kmsKeyId ? { KmsKeyId: aws.kmsKeyId } : {}),
        },
      },
      // CreateImage gives the new AMI their settings back (provider.ts, keptDevices).
      ...temporaryDevices(plan.dataDevices),
    ],
    TagSpecifications: [
      { ResourceType: 'instance', Tags: tags },
      { ResourceType: 'volume', Tags: tags },
    ],
  };
}
