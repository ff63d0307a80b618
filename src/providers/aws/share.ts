import {
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  ModifyImageAttributeCommand,
  type EC2Client,
  type LaunchPermission,
} from '@aws-sdk/client-ec2';
import type { AwsShareConfig } from '../../config/types.js';
import type { AwsConnection } from './connection.js';
import { shareResult, type Grant, type ShareResult } from '../../share/result.js';
import type { AmiTarget } from '../../share/target.js';
import { wrongCloud } from '../load.js';
import type { RunContext, ShareProvider } from '../provider.js';
import { call, ec2Client, errorCode } from './clients.js';
import { snapshotUsesAwsManagedKey } from './kms.js';

export interface AmiShareRequest {
  amis: AmiTarget['amis'];
  share: AwsShareConfig;
  dryRun: boolean;
}

/** The account id, organization or OU a launch permission names; one of the three is set. */
function permissionKey(p: LaunchPermission): string | undefined {
  return p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn ?? undefined;
}

function wanted(share: AwsShareConfig): LaunchPermission[] {
  return [
    ...share.accounts.map((UserId) => ({ UserId })),
    ...share.organizations.map((OrganizationArn) => ({ OrganizationArn })),
    ...share.organizationalUnits.map((OrganizationalUnitArn) => ({ OrganizationalUnitArn })),
  ];
}

/**
 * Gives launch permission on an AMI in every region it was copied to: reads each copy's
 * launch permissions and adds only the missing ones (a second run changes nothing). An AMI
 * encrypted with the default AWS managed key is refused before any change, with why.
 */
export async function shareAmis(
  connection: AwsConnection,
  request: AmiShareRequest,
  ctx: RunContext,
): Promise<ShareResult> {
  const permissions = wanted(request.share);
  const retry = <T>(what: string, fn: () => Promise<T>) => call(ctx, what, fn);
  const clients = new Map<string, EC2Client>();
  for (const { region } of request.amis) {
    clients.set(
      region,
      await ec2Client(region, connection.endpoint ? { endpoint: connection.endpoint } : {}),
    );
  }
  const client = (region: string): EC2Client => clients.get(region)!;
  try {
    // Every copy is checked before any is changed: a refusal leaves all regions as they were.
    for (const { region, imageId } of request.amis) {
      const described = await retry(`describe ${imageId} in ${region}`, () =>
        client(region).send(new DescribeImagesCommand({ ImageIds: [imageId] }), {
          abortSignal: ctx.signal,
        }),
      ).catch((err: unknown) => {
        if (errorCode(err) === 'InvalidAMIID.NotFound') {
          throw new Error(`AMI ${imageId} not found in ${region}; check the region:ami-id pairs`);
        }
        throw err;
      });
      const image = described.Images?.[0];
      if (!image) throw new Error(`AMI ${imageId} not found in ${region}`);
      for (const m of image.BlockDeviceMappings ?? []) {
        const snapshot = m.Ebs?.SnapshotId;
        if (!m.Ebs?.Encrypted || !snapshot) continue;
        if (await snapshotUsesAwsManagedKey(client(region), region, snapshot, ctx)) {
          throw new Error(
            `AMI ${imageId} in ${region} cannot be shared: its snapshot ${snapshot} ` +
              'is encrypted with the default AWS managed key (alias/aws/ebs), which cannot be shared ' +
              'with other accounts. Re-encrypt it with a customer managed KMS key (CopyImage with ' +
              'KmsKeyId), share that key with the accounts, and share the new AMI',
          );
        }
      }
    }

    const grants: Grant[] = [];
    for (const { region, imageId } of request.amis) {
      const attribute = await retry(`read launch permissions of ${imageId} in ${region}`, () =>
        client(region).send(
          new DescribeImageAttributeCommand({ ImageId: imageId, Attribute: 'launchPermission' }),
          { abortSignal: ctx.signal },
        ),
      );
      const have = new Set(
        (attribute.LaunchPermissions ?? []).map(permissionKey).filter((k) => k !== undefined),
      );
      const missing = permissions.filter((p) => !have.has(permissionKey(p)!));
      for (const p of permissions) {
        const member = permissionKey(p)!;
        grants.push({
          member,
          status: missing.includes(p) ? 'added' : 'unchanged',
          via: 'launch permission',
          region,
          image: imageId,
        });
      }
      if (missing.length > 0 && !request.dryRun) {
        await retry(`add launch permissions to ${imageId} in ${region}`, () =>
          client(region).send(
            new ModifyImageAttributeCommand({
              ImageId: imageId,
              LaunchPermission: { Add: missing },
            }),
            { abortSignal: ctx.signal },
          ),
        );
      }
    }
    const name = request.amis.map((a) => `${a.region}:${a.imageId}`).join(',');
    return shareResult('aws', name, grants, request.dryRun);
  } finally {
    for (const c of clients.values()) c.destroy();
  }
}

/** share-image on AMIs, in every region they are in (see ShareProvider). */
export const amiShare: ShareProvider = {
  cloud: 'aws',
  share(request, target, opts, ctx) {
    if (request.cloud !== 'aws' || target.cloud !== 'aws') {
      return Promise.reject(wrongCloud('aws', request.cloud, target.cloud));
    }
    return shareAmis(
      request.connection,
      { amis: target.amis, share: request.share, dryRun: opts.dryRun },
      ctx,
    );
  },
};
