import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where both tools bake: the source region and the one region the AMI is copied to. */
export const PEER_REGION = 'us-east-1';
export const PEER_COPY_REGION = 'us-west-2';
/** The source AMI both tools look for: Canonical's jammy images, newest first. */
export const PEER_SOURCE = {
  owner: '099720109477',
  name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*',
};

/**
 * The user data Packer's builder gets: what worker-image's wrapper does on the VM, minus the
 * status marker: write the provisioning script to a file, run it with bash (on the emulator,
 * the stand-in that runs for the emulated script duration), then power the VM off. With
 * `disable_stop_instance` Packer waits for that power-off instead of calling StopInstances,
 * as worker-image waits for the builder to stop itself.
 */
export const PACKER_USER_DATA = `#!/bin/bash
cat > /tmp/provision.sh <<'SCRIPT'
#!/bin/bash
set -euo pipefail
echo "provisioning the worker image"
SCRIPT
bash /tmp/provision.sh
shutdown -h now
`;

export interface PackerTemplateOptions {
  endpoint: string;
  /** Packer's `aws_polling` block; absent: Packer's own defaults. */
  pollSeconds?: number;
  instanceType: string;
}

/**
 * An amazon-ebs template doing worker-image's AWS bake: source AMI by filter (newest of the
 * owner), launch into the default VPC with the default security group (worker-image names no
 * group either), user data that powers the VM off, CreateImage, CopyImage to one region,
 * terminate. `communicator: none`: nothing connects to the VM. Packer still makes (and
 * deletes) its temporary key pair, which it does whatever the communicator.
 */
export function packerTemplate(o: PackerTemplateOptions): object {
  return {
    variables: { ami_name: '' },
    builders: [
      {
        type: 'amazon-ebs',
        region: PEER_REGION,
        custom_endpoint_ec2: o.endpoint,
        access_key: 'bench',
        secret_key: 'bench',
        skip_credential_validation: true,
        skip_metadata_api_check: true,
        communicator: 'none',
        instance_type: o.instanceType,
        source_ami_filter: {
          filters: {
            name: PEER_SOURCE.name,
            'virtualization-type': 'hvm',
            'root-device-type': 'ebs',
          },
          owners: [PEER_SOURCE.owner],
          most_recent: true,
        },
        security_group_filter: { filters: { 'group-name': 'default' } },
        ami_name: '{{user `ami_name`}}',
        ami_regions: [PEER_COPY_REGION],
        user_data_file: 'user-data.sh',
        disable_stop_instance: true,
        shutdown_behavior: 'stop',
        ...(o.pollSeconds !== undefined
          ? { aws_polling: { delay_seconds: o.pollSeconds, max_attempts: 3600 / o.pollSeconds } }
          : {}),
      },
    ],
  };
}

/** Writes the template and its user data into `dir`; returns the template's path. */
export async function writePackerTemplate(dir: string, o: PackerTemplateOptions): Promise<string> {
  await writeFile(join(dir, 'user-data.sh'), PACKER_USER_DATA);
  const path = join(dir, `packer-${o.pollSeconds ?? 'default'}.json`);
  await writeFile(path, JSON.stringify(packerTemplate(o), null, 2));
  return path;
}
