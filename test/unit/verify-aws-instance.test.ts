import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AwsConfig } from '../../src/config/types.js';
import type { VerifyTarget } from '../../src/providers/provider.js';
import {
  amisOf,
  launchAmi,
  verifierName,
  verifierRequest,
  verifierToken,
  verifyUserData,
} from '../../src/providers/aws/verify-instance.js';

const AWS = {
  region: 'us-east-1',
  instanceType: 't3.large',
  subnetId: 'subnet-0123456789abcdef0',
  securityGroupIds: ['sg-0123456789abcdef0'],
  iamInstanceProfile: 'worker-builder',
} as AwsConfig;

function target(imageId: string, details: Record<string, string> = {}): VerifyTarget {
  return { cloud: 'aws', imageName: 'batch-worker-24', imageId, version: '24', details };
}

describe('which AMI a verifier boots', () => {
  it('reads `region:ami-…`, or `ami-…` in details.region, else the config region', () => {
    expect(launchAmi(target('eu-west-1:ami-0abc12345678def90'), 'us-east-1')).toEqual({
      region: 'eu-west-1',
      imageId: 'ami-0abc12345678def90',
    });
    expect(launchAmi(target('ami-0abc1234', { region: 'us-west-2' }), 'us-east-1')).toEqual({
      region: 'us-west-2',
      imageId: 'ami-0abc1234',
    });
    expect(launchAmi(target('ami-0abc1234'), 'us-east-1').region).toBe('us-east-1');
  });

  it('refuses what is not an AMI id, naming the image', () => {
    expect(() => launchAmi(target('projects/p/global/images/x'), 'us-east-1')).toThrow(
      /the image to verify \(batch-worker-24\) "projects\/p\/global\/images\/x" is not an AMI id/,
    );
  });

  it('marks every region of details.amis (the Packer artifact id), once each', () => {
    const t = target('ami-0aaa1111', {
      region: 'us-east-1',
      amis: 'eu-west-1:ami-0ccc3333,us-east-1:ami-0aaa1111,us-west-2:ami-0bbb2222,us-east-1:ami-0aaa1111',
    });
    expect(amisOf(t, 'us-east-1')).toEqual([
      { region: 'eu-west-1', imageId: 'ami-0ccc3333' },
      { region: 'us-east-1', imageId: 'ami-0aaa1111' },
      { region: 'us-west-2', imageId: 'ami-0bbb2222' },
    ]);
    expect(amisOf(target('ami-0aaa1111', { region: 'us-east-1' }), 'x')).toEqual([
      { region: 'us-east-1', imageId: 'ami-0aaa1111' },
    ]);
  });
});

describe('the verifier launch request', () => {
  const ami = { region: 'us-east-1', imageId: 'ami-0aaa1111' };
  const launch = {
    ami,
    name: verifierName('batch-worker-24', 'run-1'),
    instanceType: 'g4dn.xlarge',
    userDataBase64: verifyUserData('#!/bin/bash\necho hi\n'),
    clientToken: verifierToken('run-1', ami),
    labels: { 'worker-image-run': 'run-1', 'worker-image-version': '24' },
  };

  it('tags instance and volume with the run, the role verifier and a Name; IMDSv2; terminate on power-off', () => {
    const req = verifierRequest(AWS, launch);
    expect(req).toMatchObject({
      ImageId: 'ami-0aaa1111',
      InstanceType: 'g4dn.xlarge',
      MinCount: 1,
      MaxCount: 1,
      MetadataOptions: { HttpTokens: 'required' },
      InstanceInitiatedShutdownBehavior: 'terminate',
      SubnetId: AWS.subnetId,
      SecurityGroupIds: AWS.securityGroupIds,
      IamInstanceProfile: { Name: 'worker-builder' },
    });
    for (const spec of req.TagSpecifications!) {
      expect(Object.fromEntries(spec.Tags!.map((t) => [t.Key, t.Value]))).toEqual({
        'worker-image-run': 'run-1',
        'worker-image-version': '24',
        'worker-image-role': 'verifier',
        Name: launch.name,
      });
    }
    expect(req.TagSpecifications!.map((s) => s.ResourceType)).toEqual(['instance', 'volume']);
    expect(req.BlockDeviceMappings).toBeUndefined();
    expect(
      verifierRequest(AWS, { ...launch, rootDeviceName: '/dev/sda1' }).BlockDeviceMappings,
    ).toEqual([{ DeviceName: '/dev/sda1', Ebs: { DeleteOnTermination: true } }]);
    // A data volume the AMI keeps on termination goes with the verifier too.
    expect(
      verifierRequest(AWS, {
        ...launch,
        rootDeviceName: '/dev/sda1',
        dataDevices: [
          { deviceName: '/dev/sdf', deleteOnTermination: false },
          { deviceName: '/dev/sdg', deleteOnTermination: true },
        ],
      }).BlockDeviceMappings,
    ).toEqual([
      { DeviceName: '/dev/sda1', Ebs: { DeleteOnTermination: true } },
      { DeviceName: '/dev/sdf', Ebs: { DeleteOnTermination: true } },
      { DeviceName: '/dev/sdg', Ebs: { DeleteOnTermination: true } },
    ]);
    expect(Buffer.from(req.UserData!, 'base64').toString()).toBe('#!/bin/bash\necho hi\n');
  });

  it("in another region than the config's, the subnet and groups (which are regional) are left out", () => {
    const req = verifierRequest(AWS, { ...launch, ami: { region: 'eu-west-1', imageId: 'ami-1' } });
    expect(req.SubnetId).toBeUndefined();
    expect(req.SecurityGroupIds).toBeUndefined();
    expect(req.IamInstanceProfile).toEqual({ Name: 'worker-builder' });
  });

  it('the client token is the same for the same run and AMI, and at most 64 characters', () => {
    expect(verifierToken('run-1', ami)).toBe(launch.clientToken);
    expect(verifierToken('run-2', ami)).not.toBe(launch.clientToken);
    expect(launch.clientToken.length).toBeLessThanOrEqual(64);
    expect(verifierName('batch-worker-24', 'run-1')).toMatch(
      /^batch-worker-24-verify-[0-9a-f]{6}$/,
    );
  });

  it('user data over 16 KB is gzip-compressed; too large even so is refused', () => {
    const big = `#!/bin/bash\n${'echo checking\n'.repeat(2000)}`;
    const packed = Buffer.from(verifyUserData(big), 'base64');
    expect(packed[0]).toBe(0x1f);
    expect(gunzipSync(packed).toString()).toBe(big);
    const random = Array.from({ length: 40_000 }, (_, i) =>
      ((i * 7919) % 65_521).toString(36),
    ).join('');
    expect(() => verifyUserData(random)).toThrow(/EC2 user data holds at most 16384/);
  });
});
