import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { AZURE_SUBSCRIPTION } from '../helpers/bake.js';
import {
  AWS_BAKE,
  AWS_SHARE,
  AZURE_SHARE,
  GCP_SHARE,
  SHARED_IMAGE,
  AZURE_BAKE,
  AZURE_REPLICATE,
  cellOf,
  EmulatorPool,
  FAULT_KINDS,
  GCP_BAKE,
  GCP_PROJECT,
  heldAt,
  KIND_TITLES,
  Matrix,
  RETRIED_STATUS,
  retriedProblems,
  seen,
  seenAfter,
  type Arrange,
  type FaultKind,
  type Request,
  type Row,
  type RunCell,
  type SigintCell,
} from '../helpers/fault-matrix.js';
import { AWS_VERIFY, AZURE_VERIFY, GCP_VERIFY } from '../helpers/fault-matrix-verify.js';
import { PRUNE_ROWS } from '../helpers/fault-matrix-prune.js';

// Every request path below is a regular expression over the emulator's call log.
const GCE = `^/compute/v1/projects/${GCP_PROJECT}`;
const ZONE = `${GCE}/zones/us-central1-a`;
const BUILDER = `${ZONE}/instances/batch-worker-1-builder-[a-f0-9]+`;
const ARM = `^/subscriptions/${AZURE_SUBSCRIPTION}`;
const BUILD_GROUP = `${ARM}/resource[gG]roups/wi-build-[^/]+`;
const VM = `${BUILD_GROUP}/providers/Microsoft.Compute/virtualMachines/wi-builder-[a-f0-9]+`;
const GALLERY = `${ARM}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;
const VERSIONS = `${GALLERY}/images/batch-worker-22-04/versions`;

const req = (method: string, path: string): Request => ({ method, path });

function failedOperation(
  request: Request,
  code: string,
  message: string,
  firstLine: RegExp,
): RunCell {
  return {
    arrange: { faults: [{ ...request, operationError: { code, message } }] },
    expect: { kind: 'fails', firstLine },
  };
}

function failedDeletion(request: Request, code: string, message: string, warning: RegExp) {
  return {
    arrange: { faults: [{ ...request, operationError: { code, message } }] },
    expect: { kind: 'warns' as const, warning },
  };
}

function hang(arrange: Arrange, firstLine: RegExp): RunCell {
  return { arrange, expect: { kind: 'fails', firstLine } };
}

function sigintWhen(request: Request, arrange: Arrange): SigintCell {
  return { arrange, when: seen(request) };
}

const na = (why: string) => ({ na: why });
const A_READ = na('a read: no long-running operation');

// --- GCP bake -------------------------------------------------------------------------
const LIST_IMAGES = req('GET', `${GCE}/global/images$`);
const INSERT_INSTANCE = req('POST', `${ZONE}/instances$`);
const SERIAL = req('GET', `${BUILDER}/serialPort$`);
const INSTANCE = req('GET', `${BUILDER}$`);
const INSERT_IMAGE = req('POST', `${GCE}/global/images$`);
const IMAGE_WAIT = req('POST', `${GCE}/global/operations/[^/]+/wait$`);
const DELETE_INSTANCE = req('DELETE', `${BUILDER}$`);

const GCP_ROWS: Row[] = [
  {
    target: GCP_BAKE,
    step: 'list images (plan)',
    requests: [LIST_IMAGES],
    operation: A_READ,
    hang: na('a read answers at once; its slow answers are the retry columns'),
    sigint: heldAt(LIST_IMAGES),
  },
  {
    target: GCP_BAKE,
    step: 'insert builder instance',
    requests: [INSERT_INSTANCE],
    operation: failedOperation(
      INSERT_INSTANCE,
      'ZONE_RESOURCE_POOL_EXHAUSTED',
      "The zone 'projects/test-project/zones/us-central1-a' does not have enough resources available to fulfill the request.",
      /^gcp: creating builder batch-worker-1-builder-[a-f0-9]+ failed: ZONE_RESOURCE_POOL_EXHAUSTED: The zone/,
    ),
    hang: hang(
      { durations: { boot: 20_000 }, overrides: { gcp: { timeouts: { operation: '1s' } } } },
      /^gcp: creating builder batch-worker-1-builder-[a-f0-9]+ did not finish within 1s$/,
    ),
    sigint: sigintWhen(INSERT_INSTANCE, { durations: { boot: 20_000 } }),
  },
  {
    target: GCP_BAKE,
    // Guest attributes are refused by the organization policy the emulator enforces by
    // default: the first read learns that (412) and the console marker reports alone.
    step: 'poll serial console, instance',
    requests: [SERIAL, INSTANCE],
    // The script outlasts the retries, so every poll is reached while it runs.
    retryArrange: { durations: { script: 5000 } },
    operation: A_READ,
    hang: hang(
      { outcome: { outcome: 'hang' }, overrides: { gcp: { timeouts: { builder: '2s' } } } },
      /^gcp: builder batch-worker-1-builder-[a-f0-9]+ did not finish within 2s$/,
    ),
    sigint: sigintWhen(SERIAL, { outcome: { outcome: 'hang' } }),
    hazards: {
      guestAttributesOff: {
        arrange: {},
        expect: {
          kind: 'succeeds',
          line: /warning: guest attributes of builder batch-worker-1-builder-[a-f0-9]+ are unavailable \(412: .*compute\.disableGuestAttributesAccess/,
        },
      },
    },
  },
  {
    target: GCP_BAKE,
    step: 'wait for the builder to stop',
    requests: [INSTANCE],
    throttle: na('the poll row throttles instance reads'),
    unavailable: na('the poll row fails instance reads'),
    operation: A_READ,
    hang: hang(
      { durations: { stop: 20_000 }, overrides: { gcp: { timeouts: { builder: '3s' } } } },
      /^gcp: builder batch-worker-1-builder-[a-f0-9]+ did not stop within 3s after its provisioning script succeeded \(still STOPPING\)/,
    ),
    sigint: na('the poll row interrupts the builder wait'),
  },
  {
    target: GCP_BAKE,
    step: 'insert image',
    requests: [INSERT_IMAGE],
    operation: failedOperation(
      INSERT_IMAGE,
      'QUOTA_EXCEEDED',
      "Quota 'IMAGES' exceeded. Limit: 100.0 globally.",
      /^gcp: image batch-worker-1 failed: QUOTA_EXCEEDED: Quota 'IMAGES' exceeded/,
    ),
    hang: na('the image wait row'),
    sigint: sigintWhen(INSERT_IMAGE, { durations: { imageCapture: 20_000 } }),
  },
  {
    target: GCP_BAKE,
    step: 'image operation wait',
    requests: [IMAGE_WAIT],
    operation: na("the wait reports the insert's failed operation (insert image row)"),
    hang: hang(
      { durations: { imageCapture: 20_000 }, overrides: { gcp: { timeouts: { image: '1s' } } } },
      /^gcp: image batch-worker-1 did not finish within 1s$/,
    ),
    sigint: sigintWhen(IMAGE_WAIT, { durations: { imageCapture: 20_000 } }),
  },
  {
    target: GCP_BAKE,
    step: 'delete builder instance',
    requests: [DELETE_INSTANCE],
    operation: failedDeletion(
      DELETE_INSTANCE,
      'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE',
      "The instance 'batch-worker-1-builder' is in use.",
      /could not delete gcp instance .*: deleting builder batch-worker-1-builder-[a-f0-9]+ failed: RESOURCE_IN_USE_BY_ANOTHER_RESOURCE/,
    ),
    hang: {
      arrange: {
        durations: { delete: 1500 },
        overrides: { gcp: { timeouts: { operation: '1s' } } },
      },
      expect: {
        kind: 'warns',
        warning:
          /could not delete gcp instance .*: deleting builder batch-worker-1-builder-[a-f0-9]+ did not finish within 1s/,
      },
    },
    sigint: sigintWhen(DELETE_INSTANCE, { durations: { delete: 3000 } }),
  },
];

// --- Azure bake -----------------------------------------------------------------------
const CREATE_GROUP = req('PUT', `${BUILD_GROUP}$`);
const CREATE_VNET = req('PUT', `${BUILD_GROUP}/providers/Microsoft.Network/virtualNetworks/[^/]+$`);
const CREATE_VM = req('PUT', `${VM}$`);
const RUN_COMMAND = req('POST', `${VM}/runCommand$`);
const DEALLOCATE = req('POST', `${VM}/deallocate$`);
const GENERALIZE = req('POST', `${VM}/generalize$`);
const INSTANCE_VIEW = req('GET', `${VM}/instanceView$`);
/** A guest whose shutdown does nothing: deprovisioning never powers the builder off. */
const NEVER_OFF = { hazards: { arm: { guestShutdownStopsVm: false } } };
const CREATE_GALLERY = req('PUT', `${GALLERY}$`);
const CREATE_VERSION = req('PUT', `${VERSIONS}/0\\.0\\.1$`);
const READ_VERSION = req('GET', `${VERSIONS}/0\\.0\\.1$`);
const DELETE_GROUP = req('DELETE', `${BUILD_GROUP}$`);

const AZURE_ROWS: Row[] = [
  {
    target: AZURE_BAKE,
    step: 'create temporary resource group',
    requests: [CREATE_GROUP],
    operation: na('ARM creates a resource group synchronously'),
    hang: na('ARM creates a resource group synchronously'),
    sigint: heldAt(CREATE_GROUP),
  },
  {
    target: AZURE_BAKE,
    step: 'create network and builder VM',
    requests: [CREATE_VNET, CREATE_VM],
    operation: failedOperation(
      CREATE_VM,
      'SkuNotAvailable',
      "The requested VM size Standard_D4s_v5 is currently not available in location 'eastus'.",
      /^azure: creating builder wi-builder-[a-f0-9]+ failed: SkuNotAvailable\. The requested VM size/,
    ),
    hang: hang(
      { durations: { vmCreate: 20_000 }, overrides: { azure: { timeouts: { builder: '2s' } } } },
      /^azure: builder wi-builder-[a-f0-9]+ did not finish within 2s$/,
    ),
    sigint: sigintWhen(CREATE_VM, { durations: { vmCreate: 20_000 } }),
  },
  {
    target: AZURE_BAKE,
    step: 'run-command (provisioning script)',
    requests: [RUN_COMMAND],
    operation: failedOperation(
      RUN_COMMAND,
      'VMAgentStatusCommunicationError',
      "VM 'wi-builder' has not reported status for VM agent or extensions.",
      /^azure: run-command on wi-builder-[a-f0-9]+ failed: VMAgentStatusCommunicationError\. /,
    ),
    hang: hang(
      { outcome: { outcome: 'hang' }, overrides: { azure: { timeouts: { builder: '2s' } } } },
      /^azure: builder wi-builder-[a-f0-9]+ did not finish within 2s$/,
    ),
    sigint: sigintWhen(RUN_COMMAND, { outcome: { outcome: 'hang' } }),
  },
  {
    target: AZURE_BAKE,
    step: 'deprovision, wait for the power-off',
    requests: [INSTANCE_VIEW],
    // The builder powers itself off a moment after deprovisioning starts: the reads must be
    // reached while it still runs.
    throttle: na('the VM is off before a throttled read is retried'),
    unavailable: na('the VM is off before a failed read is retried'),
    operation: A_READ,
    hang: hang(
      { ...NEVER_OFF, overrides: { azure: { timeouts: { operation: '2s' } } } },
      /^azure: deprovisioning wi-builder-[a-f0-9]+ did not finish within 2s$/,
    ),
    sigint: sigintWhen(INSTANCE_VIEW, NEVER_OFF),
    hazards: {
      // On by default: the agent stops before its next status pass, so Azure never reports
      // the command that started deprovisioning; the bake waits on the power state instead.
      deprovisionUnreported: {
        arrange: {},
        expect: {
          kind: 'succeeds',
          line: /deprovisioning wi-builder-[a-f0-9]+ in the background .* waiting for it to power off/,
        },
      },
    },
  },
  {
    target: AZURE_BAKE,
    step: 'deallocate and generalize',
    requests: [DEALLOCATE, GENERALIZE],
    operation: failedOperation(
      DEALLOCATE,
      'OperationPreempted',
      'Operation execution has been preempted by a more recent operation.',
      /^azure: deallocating wi-builder-[a-f0-9]+ failed: OperationPreempted\. /,
    ),
    hang: hang(
      {
        durations: { deallocate: 20_000 },
        // Long enough that the network's creation, under load, is not what runs out first.
        overrides: { azure: { timeouts: { operation: '3s' } } },
      },
      /^azure: deallocating wi-builder-[a-f0-9]+ did not finish within 3s$/,
    ),
    sigint: sigintWhen(DEALLOCATE, { durations: { deallocate: 20_000 } }),
  },
  {
    target: AZURE_BAKE,
    step: 'stage gallery and definition',
    requests: [CREATE_GALLERY],
    operation: failedOperation(
      CREATE_GALLERY,
      'GalleryQuotaExceeded',
      'The subscription has reached its limit of galleries in eastus.',
      /^azure: staging gallery batch_images failed: GalleryQuotaExceeded\. /,
    ),
    // The emulated creation time is shared with the network, which would hang first.
    hang: na('not separable from the network creation in the emulator'),
    sigint: heldAt(CREATE_GALLERY),
  },
  {
    target: AZURE_BAKE,
    step: 'create gallery version',
    requests: [CREATE_VERSION],
    operation: failedOperation(
      CREATE_VERSION,
      'ReplicationFailed',
      'Replication of the source disk to eastus failed: storage quota exceeded.',
      /^azure: replication of gallery version batch-worker-22-04\/0\.0\.1 failed: ReplicationFailed\. Replication of the source disk/,
    ),
    hang: na('the create call answers at once; its wait is the replication row'),
    sigint: sigintWhen(CREATE_VERSION, { durations: { replicationPerRegion: 5000 } }),
  },
  {
    target: AZURE_BAKE,
    step: 'poll replication',
    requests: [READ_VERSION],
    operation: A_READ,
    hang: hang(
      {
        durations: { replicationPerRegion: 20_000 },
        overrides: { azure: { timeouts: { replication: '2s' } } },
      },
      /^azure: replication of batch-worker-22-04 0\.0\.1 did not finish within 2s$/,
    ),
    sigint: sigintWhen(READ_VERSION, { durations: { replicationPerRegion: 5000 } }),
  },
  {
    target: AZURE_BAKE,
    step: 'delete temporary resource group',
    requests: [DELETE_GROUP],
    operation: failedDeletion(
      DELETE_GROUP,
      'ResourceGroupDeletionBlocked',
      'Deletion of resource group was blocked by a lock.',
      /could not delete azure resourceGroup .*: deleting resourceGroup wi-build-[^ ]+ failed: ResourceGroupDeletionBlocked/,
    ),
    hang: {
      arrange: {
        // Due 0.3 s after the run's own 1 s wait gives up: the post step's wait (1 s too) first
        // looks with under half a second left, which the emulator answers without a Retry-After
        // (ARM's is whole seconds, rounded), so its next look is a poll interval later, not
        // a second later, at its own deadline (with 1.5 s that raced, and lost on a busy machine).
        durations: { resourceGroupDelete: 1300 },
        overrides: { azure: { timeouts: { operation: '1s' } } },
      },
      expect: {
        kind: 'warns',
        warning:
          /could not delete azure resourceGroup .*: deleting resourceGroup wi-build-[^ ]+ did not finish within 1s/,
      },
    },
    sigint: sigintWhen(DELETE_GROUP, { durations: { resourceGroupDelete: 3000 } }),
  },
];

// --- Azure replicate ------------------------------------------------------------------
const UPDATE_REPLICATED = req('PATCH', `${VERSIONS}/0\\.0\\.7$`);
const READ_REPLICATED = req('GET', `${VERSIONS}/0\\.0\\.7$`);

const REPLICATE_ROWS: Row[] = [
  {
    target: AZURE_REPLICATE,
    step: 'update gallery version',
    requests: [UPDATE_REPLICATED],
    operation: failedOperation(
      UPDATE_REPLICATED,
      'ReplicationFailed',
      'Replication to westus2 failed: storage quota exceeded.',
      /^replication of gallery version batch-worker-22-04\/0\.0\.7 failed: ReplicationFailed\. Replication to westus2/,
    ),
    hang: na('the update answers at once; its wait is the replication row'),
    sigint: sigintWhen(UPDATE_REPLICATED, { durations: { replicationPerRegion: 5000 } }),
  },
  {
    target: AZURE_REPLICATE,
    step: 'poll replication',
    requests: [READ_REPLICATED],
    operation: A_READ,
    hang: hang(
      { durations: { replicationPerRegion: 20_000 }, overrides: { timeout: '2s' } },
      /^replication of batch-worker-22-04 0\.0\.7 did not finish within 2s$/,
    ),
    sigint: {
      arrange: { durations: { replicationPerRegion: 5000 } },
      // The first read is before the update; interrupt the wait that follows it.
      when: seenAfter(UPDATE_REPLICATED, READ_REPLICATED),
    },
  },
];

// --- AWS bake (EC2 requests are logged as /ec2/<region>/<Action>) ---------------------
const ec2 = (action: string, region = 'us-east-1'): Request =>
  req('POST', `^/ec2/${region}/${action}$`);
const RUN_INSTANCES = ec2('RunInstances');
const CONSOLE = ec2('GetConsoleOutput');
const DESCRIBE_INSTANCES = ec2('DescribeInstances');
const CREATE_IMAGE = ec2('CreateImage');
const DESCRIBE_IMAGES = ec2('DescribeImages');
const TERMINATE = ec2('TerminateInstances');
const COPY_IMAGE = ec2('CopyImage', 'us-west-2');
const AMI = 'batch-worker-1';
const UNSEEN_BUILDER = /builder i-[0-9a-f]+: EC2 does not know it yet/;
const UNSEEN_COPY = /AMI ami-[0-9a-f]+ in (us-west-2|eu-west-1): EC2 does not know it yet/;
const UNSEEN_INSTANCE = { hazards: { ec2: { instanceVisibilityLag: 4000 } } };
const UNSEEN_IMAGE = { hazards: { ec2: { imageVisibilityLag: 4000 } } };
const SNAPSHOT_IN_USE = { ec2: { snapshotInUseAfterDeregister: 4000 } };

const AWS_ROWS: Row[] = [
  {
    target: AWS_BAKE,
    step: 'RunInstances (builder)',
    requests: [RUN_INSTANCES],
    operation: failedOperation(
      RUN_INSTANCES,
      'Server.InsufficientInstanceCapacity',
      'We currently do not have sufficient t3.large capacity in the Availability Zone you requested.',
      /^aws: builder i-[0-9a-f]+ went terminated \(We currently do not have sufficient t3\.large capacity/,
    ),
    hang: hang(
      { durations: { boot: 20_000 }, overrides: { aws: { timeouts: { builder: '2s' } } } },
      /^aws: builder batch-worker-1-builder-[a-f0-9]+ did not finish within 2s$/,
    ),
    sigint: sigintWhen(RUN_INSTANCES, { durations: { boot: 20_000 } }),
    hazards: {
      // The script fails before EC2 lists the builder: its status is still read, and the
      // builder EC2 did not know a moment ago is terminated.
      notVisibleYet: {
        arrange: { ...UNSEEN_INSTANCE, outcome: { outcome: { exit: 3 } } },
        expect: {
          kind: 'fails',
          firstLine: /^aws: the provisioning script failed with exit status 3 on builder/,
        },
      },
    },
  },
  {
    target: AWS_BAKE,
    step: 'poll GetConsoleOutput, DescribeInstances',
    requests: [CONSOLE, DESCRIBE_INSTANCES],
    retryArrange: { durations: { script: 5000 } },
    operation: A_READ,
    hang: hang(
      { outcome: { outcome: 'hang' }, overrides: { aws: { timeouts: { builder: '2s' } } } },
      /^aws: builder batch-worker-1-builder-[a-f0-9]+ did not finish within 2s$/,
    ),
    sigint: sigintWhen(CONSOLE, { outcome: { outcome: 'hang' } }),
    hazards: {
      notVisibleYet: {
        arrange: UNSEEN_INSTANCE,
        expect: { kind: 'succeeds', line: UNSEEN_BUILDER },
      },
    },
  },
  {
    target: AWS_BAKE,
    step: 'CreateImage',
    requests: [CREATE_IMAGE],
    operation: failedOperation(
      CREATE_IMAGE,
      'Client.InternalError',
      'Client error on launch.',
      new RegExp(
        `^aws: AMI ${AMI}: AMI ami-[0-9a-f]+ in us-east-1 ended failed: Client error on launch`,
      ),
    ),
    hang: na('the DescribeImages wait row'),
    sigint: sigintWhen(CREATE_IMAGE, { durations: { imageCapture: 20_000 } }),
    hazards: {
      notVisibleYet: {
        arrange: UNSEEN_IMAGE,
        expect: {
          kind: 'succeeds',
          line: /AMI ami-[0-9a-f]+ in us-east-1: EC2 does not know it yet/,
        },
      },
    },
  },
  {
    target: AWS_BAKE,
    step: 'DescribeImages wait',
    requests: [DESCRIBE_IMAGES],
    operation: na("the wait reports CreateImage's failure (CreateImage row)"),
    hang: hang(
      { durations: { imageCapture: 20_000 }, overrides: { aws: { timeouts: { image: '1s' } } } },
      new RegExp(`^aws: AMI ${AMI} did not finish within 1s`),
    ),
    sigint: {
      arrange: { durations: { imageCapture: 20_000 } },
      when: seenAfter(CREATE_IMAGE, DESCRIBE_IMAGES),
    },
    hazards: {
      // The pending AMI is deregistered; its snapshot is refused for a while, then deleted.
      snapshotInUse: hang(
        {
          hazards: SNAPSHOT_IN_USE,
          durations: { imageCapture: 20_000 },
          overrides: { aws: { timeouts: { image: '1s' } } },
        },
        new RegExp(`^aws: AMI ${AMI} did not finish within 1s`),
      ),
    },
  },
  {
    target: AWS_BAKE,
    step: 'TerminateInstances (builder)',
    requests: [TERMINATE],
    operation: na('EC2 terminates at once: no failed state to inject'),
    // The AMI is made: a builder slow to terminate is warned about, not fatal, and cleanup
    // (or the post step) terminates it, as on GCP and Azure.
    hang: {
      arrange: {
        durations: { delete: 1500 },
        overrides: { aws: { timeouts: { operation: '1s' } } },
      },
      expect: {
        kind: 'warns',
        cleanedByRun: true,
        warning:
          /could not terminate builder i-[0-9a-f]+ yet \(terminating builder i-[0-9a-f]+ did not finish within 1s\)/,
      },
    },
    sigint: sigintWhen(TERMINATE, { durations: { delete: 3000 } }),
  },
  {
    target: AWS_BAKE,
    step: 'CopyImage (us-west-2, eu-west-1)',
    requests: [COPY_IMAGE, ec2('CopyImage', 'eu-west-1')],
    operation: failedOperation(
      COPY_IMAGE,
      'Client.StorageQuotaExceeded',
      'You have exceeded your snapshot storage quota in us-west-2.',
      new RegExp(
        `^aws: copies of ${AMI}: AMI ami-[0-9a-f]+ in us-west-2 ended failed: You have exceeded`,
      ),
    ),
    hang: hang(
      {
        durations: { replicationPerRegion: 20_000 },
        overrides: { aws: { timeouts: { copy: '1s' } } },
      },
      new RegExp(`^aws: copies of AMI ${AMI} did not finish within 1s`),
    ),
    // Interrupted as the eu-west-1 CopyImage is sent, answered or not: the copy was recorded
    // (by name and run tag) before the call, so cleanup finds it either way.
    sigint: sigintWhen(ec2('CopyImage', 'eu-west-1'), {
      durations: { replicationPerRegion: 5000 },
    }),
    hazards: {
      notVisibleYet: {
        arrange: UNSEEN_IMAGE,
        expect: { kind: 'succeeds', line: UNSEEN_COPY, count: 2 },
      },
      // A copy fails: the AMI and the other copy are deregistered, and their snapshots,
      // refused while EC2 still holds them, are deleted once it lets go.
      snapshotInUse: {
        arrange: {
          hazards: SNAPSHOT_IN_USE,
          faults: [
            {
              ...COPY_IMAGE,
              operationError: {
                code: 'Client.StorageQuotaExceeded',
                message: 'You have exceeded your snapshot storage quota in us-west-2.',
              },
            },
          ],
        },
        expect: {
          kind: 'fails',
          firstLine: new RegExp(
            `^aws: copies of ${AMI}: AMI ami-[0-9a-f]+ in us-west-2 ended failed: You have exceeded`,
          ),
        },
      },
    },
  },
];

// --- share-image (GCP, Azure, AWS) -------------------------------------------------------------
const SYNCHRONOUS = na('a synchronous call: no long-running operation');
const INSTANT = na('answers at once; its slow answers are the retry columns');
const GET_POLICY = req('GET', `${GCE}/global/images/${SHARED_IMAGE}/getIamPolicy$`);
const SET_POLICY = req('POST', `${GCE}/global/images/${SHARED_IMAGE}/setIamPolicy$`);
// The second regional copy: a failure there comes after the first copy was granted.
const MODIFY_ATTRIBUTE = ec2('ModifyImageAttribute', 'eu-west-1');
const ROLE_ASSIGNMENT = req('PUT', '/providers/Microsoft\\.Authorization/roleAssignments/[^/]+$');

const SHARE_ROWS: Row[] = [
  {
    target: GCP_SHARE,
    step: 'getIamPolicy',
    requests: [GET_POLICY],
    operation: SYNCHRONOUS,
    hang: INSTANT,
    sigint: heldAt(GET_POLICY),
  },
  {
    target: GCP_SHARE,
    step: 'setIamPolicy',
    requests: [SET_POLICY],
    operation: SYNCHRONOUS,
    hang: INSTANT,
    sigint: heldAt(SET_POLICY),
  },
  {
    target: AZURE_SHARE,
    step: 'role assignment (Reader on the gallery)',
    requests: [ROLE_ASSIGNMENT],
    operation: SYNCHRONOUS,
    hang: INSTANT,
    sigint: heldAt(ROLE_ASSIGNMENT),
  },
  {
    target: AWS_SHARE,
    step: 'ModifyImageAttribute (2nd region)',
    requests: [MODIFY_ATTRIBUTE],
    operation: SYNCHRONOUS,
    hang: INSTANT,
    sigint: heldAt(MODIFY_ATTRIBUTE),
  },
];

// --- verify-image: the verifier's create, its wait, its deletion, the verdict's mark --------
// A wait that runs out once the VM was asked for is the image's fault: a verdict (not
// verified), recorded on the image, and the run fails (on-failure: fail). A refused or failed
// call is the cloud's: thrown as it is, with no verdict.
/** The verify block's time-to-ready, cut so a wait past it ends in a verdict within seconds. */
const QUICK_READY = { verify: { 'time-to-ready': '1s' } };
const NOT_VERIFIED = (image: string, why: string): RegExp =>
  new RegExp(
    `^${image} failed verification: ${why}; the VM did not report ready within 2s of its create request \\(budget 1s\\), so no check reported$`,
  );
const VERIFIER = `${ZONE}/instances/batch-worker-24-verify-[a-f0-9]+`;
const INSERT_VERIFIER = req('POST', `${ZONE}/instances$`);
const VERIFIER_SERIAL = req('GET', `${VERIFIER}/serialPort$`);
const VERIFIER_INSTANCE = req('GET', `${VERIFIER}$`);
const VERIFIER_ATTRIBUTES = req('GET', `${VERIFIER}/getGuestAttributes$`);
const DELETE_VERIFIER = req('DELETE', `${VERIFIER}$`);
/** An organization that allows guest attributes: the verify script reports through them. */
const ATTRIBUTES_ALLOWED = { hazards: { gce: { guestAttributesDisabledByPolicy: false } } };
const VERIFY_GROUP = `${ARM}/resource[gG]roups/wi-verify-[^/]+`;
const VERIFIER_VM = `${VERIFY_GROUP}/providers/Microsoft.Compute/virtualMachines/wi-verifier-[a-f0-9]+`;
const CREATE_VERIFIER_VM = req('PUT', `${VERIFIER_VM}$`);
const VERIFY_RUN_COMMAND = req('POST', `${VERIFIER_VM}/runCommand$`);
const DELETE_VERIFY_GROUP = req('DELETE', `${VERIFY_GROUP}$`);
/** The agent reports the finished verify script only after this long: run-command stays open. */
const UNREPORTED = { arm: { runCommandReportDelay: 120_000 } };
/** A verification that passed, whose verdict could not be recorded on the image. */
const UNMARKED = (image: string, why: string): RegExp =>
  new RegExp(`^${image} passed verification, but marking it verified on the image failed: ${why}`);
const LABEL_IMAGE = req('POST', `${GCE}/global/images/batch-worker-24/setLabels$`);
const TAG_VERSION = req('PATCH', `${VERSIONS}/0\\.0\\.7$`);
const TAG_AMI = ec2('CreateTags');
const NOT_UP_IN_TIME = na(
  'a VM that is up reports as its script runs, each check stopped at its own limit: a wait past its deadline is a VM not up in time (the insert row)',
);

const VERIFY_ROWS: Row[] = [
  {
    target: GCP_VERIFY,
    step: 'insert verifier instance',
    requests: [INSERT_VERIFIER],
    operation: failedOperation(
      INSERT_VERIFIER,
      'ZONE_RESOURCE_POOL_EXHAUSTED',
      "The zone 'projects/test-project/zones/us-central1-a' does not have enough resources available to fulfill the request.",
      /^creating verifier batch-worker-24-verify-[a-f0-9]+ failed: ZONE_RESOURCE_POOL_EXHAUSTED: The zone/,
    ),
    hang: hang(
      { durations: { boot: 20_000 }, overrides: QUICK_READY },
      NOT_VERIFIED(
        'gcp image batch-worker-24',
        'creating verifier batch-worker-24-verify-[a-f0-9]+ did not finish within 2s',
      ),
    ),
    sigint: sigintWhen(INSERT_VERIFIER, { durations: { boot: 20_000 } }),
  },
  {
    target: GCP_VERIFY,
    // Guest attributes are refused by the organization policy the emulator enforces by
    // default: the first read learns that (412) and the console reports alone.
    step: 'wait: serial console, instance',
    requests: [VERIFIER_SERIAL, VERIFIER_INSTANCE],
    // The checks outlast the retries, so every poll is reached while they run.
    retryArrange: { durations: { check: 3000 } },
    operation: A_READ,
    hang: NOT_UP_IN_TIME,
    sigint: sigintWhen(VERIFIER_SERIAL, { durations: { check: 5000 } }),
    hazards: {
      guestAttributesOff: {
        arrange: {},
        expect: {
          kind: 'succeeds',
          line: /warning: guest attributes of verifier batch-worker-24-verify-[a-f0-9]+ are unavailable \(412: .*compute\.disableGuestAttributesAccess/,
        },
      },
    },
  },
  {
    target: GCP_VERIFY,
    step: 'wait: guest attributes (allowed)',
    requests: [VERIFIER_ATTRIBUTES],
    retryArrange: { ...ATTRIBUTES_ALLOWED, durations: { check: 3000 } },
    operation: A_READ,
    hang: NOT_UP_IN_TIME,
    sigint: sigintWhen(VERIFIER_ATTRIBUTES, { ...ATTRIBUTES_ALLOWED, durations: { check: 5000 } }),
    hazards: { guestAttributesOff: na('the serial console row: here the policy allows them') },
  },
  {
    target: GCP_VERIFY,
    step: 'delete verifier instance',
    requests: [DELETE_VERIFIER],
    operation: failedDeletion(
      DELETE_VERIFIER,
      'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE',
      "The instance 'batch-worker-24-verify' is in use.",
      /could not delete gcp instance .*: deleting verifier batch-worker-24-verify-[a-f0-9]+ failed: RESOURCE_IN_USE_BY_ANOTHER_RESOURCE/,
    ),
    hang: {
      arrange: {
        durations: { delete: 1500 },
        overrides: { gcp: { timeouts: { operation: '1s' } } },
      },
      expect: {
        kind: 'warns',
        warning:
          /could not delete gcp instance .*: deleting verifier batch-worker-24-verify-[a-f0-9]+ did not finish within 1s/,
      },
    },
    sigint: sigintWhen(DELETE_VERIFIER, { durations: { delete: 3000 } }),
  },
  {
    target: GCP_VERIFY,
    step: 'label the image (verdict)',
    requests: [LABEL_IMAGE],
    operation: failedOperation(
      LABEL_IMAGE,
      'RESOURCE_NOT_READY',
      "The resource 'projects/test-project/global/images/batch-worker-24' is not ready",
      UNMARKED('gcp image batch-worker-24', '.*RESOURCE_NOT_READY'),
    ),
    hang: na('GCE sets labels at once; its slow answers are the retry columns'),
    sigint: heldAt(LABEL_IMAGE),
  },
  {
    target: AZURE_VERIFY,
    step: 'create verifier VM',
    requests: [CREATE_VERIFIER_VM],
    operation: failedOperation(
      CREATE_VERIFIER_VM,
      'SkuNotAvailable',
      "The requested VM size Standard_D4s_v5 is currently not available in location 'eastus'.",
      /^creating verifier wi-verifier-[a-f0-9]+ failed: SkuNotAvailable\. The requested VM size/,
    ),
    hang: hang(
      { durations: { vmCreate: 20_000 }, overrides: QUICK_READY },
      NOT_VERIFIED(
        'azure image batch-worker-22-04/0\\.0\\.7',
        'the verifier wi-verifier-[a-f0-9]+ to be ready \\(limit from its create request\\) did not finish within 2s',
      ),
    ),
    sigint: sigintWhen(CREATE_VERIFIER_VM, { durations: { vmCreate: 20_000 } }),
  },
  {
    target: AZURE_VERIFY,
    step: 'run-command (verify script)',
    requests: [VERIFY_RUN_COMMAND],
    operation: failedOperation(
      VERIFY_RUN_COMMAND,
      'VMAgentStatusCommunicationError',
      "VM 'wi-verifier' has not reported status for VM agent or extensions.",
      /^run-command on wi-verifier-[a-f0-9]+ failed: VMAgentStatusCommunicationError\. /,
    ),
    // Run-command answers only when the script has ended: its wait is the ready limit's rest
    // plus the checks' (their limits, each kill, a 30 s margin), here about 44 s.
    hang: hang(
      {
        hazards: UNREPORTED,
        overrides: {
          verify: {
            'time-to-ready': '1s',
            checks: { docker: { timeout: '1s' }, 'root-image': { timeout: '1s' } },
          },
        },
      },
      NOT_VERIFIED(
        'azure image batch-worker-22-04/0\\.0\\.7',
        'the verify script on verifier wi-verifier-[a-f0-9]+ \\(run-command answers only when it ends: ready limit 2s from the create request, then checks limit 42s\\) did not finish within 4[34]s',
      ),
    ),
    sigint: sigintWhen(VERIFY_RUN_COMMAND, { hazards: UNREPORTED }),
  },
  {
    target: AZURE_VERIFY,
    step: 'delete verification resource group',
    requests: [DELETE_VERIFY_GROUP],
    operation: failedDeletion(
      DELETE_VERIFY_GROUP,
      'ResourceGroupDeletionBlocked',
      'Deletion of resource group was blocked by a lock.',
      /could not delete azure resourceGroup .*: deleting resourceGroup wi-verify-[^ ]+ failed: ResourceGroupDeletionBlocked/,
    ),
    hang: {
      arrange: {
        // Due 0.3 s after the run's own 1 s wait gives up: the post step's wait (1 s too) first
        // looks with under half a second left, which the emulator answers without a Retry-After
        // (ARM's is whole seconds, rounded), so its next look is a poll interval later, not
        // a second later, at its own deadline (with 1.5 s that raced, and lost on a busy machine).
        durations: { resourceGroupDelete: 1300 },
        overrides: { azure: { timeouts: { operation: '1s' } } },
      },
      expect: {
        kind: 'warns',
        warning:
          /could not delete azure resourceGroup .*: deleting resourceGroup wi-verify-[^ ]+ did not finish within 1s/,
      },
    },
    sigint: sigintWhen(DELETE_VERIFY_GROUP, { durations: { resourceGroupDelete: 3000 } }),
  },
  {
    target: AZURE_VERIFY,
    step: 'tag the gallery version (verdict)',
    requests: [TAG_VERSION],
    operation: failedOperation(
      TAG_VERSION,
      'OperationNotAllowed',
      'The gallery image version is being replicated.',
      // The PATCH's tags are applied as it is accepted (the version then ends Failed).
      UNMARKED('azure image batch-worker-22-04/0\\.0\\.7', '.*OperationNotAllowed'),
    ),
    hang: na('a tags-only update replicates to no region: it finishes at once'),
    sigint: heldAt(TAG_VERSION),
  },
  {
    target: AWS_VERIFY,
    step: 'RunInstances (verifier)',
    requests: [RUN_INSTANCES],
    operation: failedOperation(
      RUN_INSTANCES,
      'Server.InsufficientInstanceCapacity',
      'We currently do not have sufficient t3.large capacity in the Availability Zone you requested.',
      /^verifier i-[0-9a-f]+ went terminated \(We currently do not have sufficient t3\.large capacity/,
    ),
    hang: na('EC2 answers RunInstances at once (pending): a boot past the limit is the wait row'),
    // Interrupted before EC2 answered: the verifier was recorded by its client token.
    sigint: heldAt(RUN_INSTANCES),
  },
  {
    target: AWS_VERIFY,
    step: 'wait: DescribeInstances, GetConsoleOutput',
    requests: [DESCRIBE_INSTANCES, CONSOLE],
    retryArrange: { durations: { check: 3000 } },
    operation: A_READ,
    // The verifier is pending until it boots: the wait, not RunInstances, holds the boot.
    hang: hang(
      { durations: { boot: 20_000 }, overrides: QUICK_READY },
      NOT_VERIFIED(
        'aws image ami-[0-9a-f]+',
        "the wait for verifier ami-[0-9a-f]+-verify-[0-9a-f]+'s ready report did not finish within 2s",
      ),
    ),
    sigint: sigintWhen(CONSOLE, { durations: { check: 5000 } }),
    hazards: {
      notVisibleYet: {
        arrange: UNSEEN_INSTANCE,
        expect: { kind: 'succeeds', line: /verifier i-[0-9a-f]+: EC2 does not know it yet/ },
      },
    },
  },
  {
    target: AWS_VERIFY,
    step: 'TerminateInstances (verifier)',
    requests: [TERMINATE],
    operation: na('EC2 terminates at once: no failed state to inject'),
    hang: {
      arrange: {
        durations: { delete: 1500 },
        overrides: { aws: { timeouts: { operation: '1s' } } },
      },
      expect: {
        kind: 'warns',
        warning:
          /could not delete aws instance us-east-1\/i-[0-9a-f]+: terminating verifier i-[0-9a-f]+ did not finish within 1s/,
      },
    },
    sigint: sigintWhen(TERMINATE, { durations: { delete: 3000 } }),
  },
  {
    target: AWS_VERIFY,
    step: 'CreateTags on the AMI (verdict)',
    requests: [TAG_AMI],
    operation: SYNCHRONOUS,
    hang: INSTANT,
    sigint: heldAt(TAG_AMI),
  },
];

const ROWS: Row[] = [
  ...GCP_ROWS,
  ...AZURE_ROWS,
  ...REPLICATE_ROWS,
  ...AWS_ROWS,
  ...SHARE_ROWS,
  ...VERIFY_ROWS,
  ...PRUNE_ROWS,
];

// ---------------------------------------------------------------------------------------

// Most cells wait on emulated time, not the CPU: more of them at once, one emulator each.
const CONCURRENCY = 8;
vi.setConfig({ maxConcurrency: CONCURRENCY });
const matrix = new Matrix(ROWS);
const pool = new EmulatorPool();
beforeAll(() => pool.start(CONCURRENCY));
afterAll(async () => {
  await pool.stop();
  console.log(matrix.render());
});

function arm(emulator: Emulator, arrange: Arrange): void {
  for (const f of arrange.faults ?? []) emulator.control.addFault(f);
  if (arrange.durations) emulator.control.setDurations(arrange.durations);
  if (arrange.outcome) emulator.control.addOutcome(arrange.outcome);
  if (arrange.hazards) emulator.control.setHazards(arrange.hazards);
}

async function runCell(
  row: Row,
  kind: FaultKind,
  cell: RunCell,
  emulator: Emulator,
): Promise<[string, string?]> {
  const target = row.target;
  target.seed(emulator);
  arm(emulator, cell.arrange);
  const run = await target.run(emulator, cell.arrange);
  const log = run.lines.join('\n');
  const first = run.error?.message.split('\n')[0];
  expect(target.temporaries(emulator), log).toEqual([]);
  expect(run.afterPost, 'the post step could not delete these').toEqual([]);
  const e = cell.expect;
  if (e.kind === 'fails') {
    expect(run.error, 'the run should fail').toBeDefined();
    expect(first).toMatch(e.firstLine);
    expect(run.leftovers, 'the run itself should have cleaned up').toEqual([]);
    expect(target.halfMade(emulator)).toEqual([]);
    return ['failed ✓ cleaned ✓', `failed: ${first}`];
  }
  expect(run.error?.message, log).toBeUndefined();
  expect(target.productProblem(emulator)).toBeUndefined();
  if (e.kind === 'warns') {
    const warning = run.lines.find((l) => e.warning.test(l));
    expect(warning, log).toBeDefined();
    if (e.cleanedByRun) {
      expect(run.leftovers, 'the run itself should have cleaned up').toEqual([]);
      return ['warned, cleaned ✓', `warned: ${warning!.trim()}`];
    }
    expect(run.leftovers.length, 'left for the post step').toBeGreaterThan(0);
    return ['warned, post cleaned ✓', `warned: ${warning!.trim()}`];
  }
  expect(run.leftovers).toEqual([]);
  const status = RETRIED_STATUS[kind];
  if (status !== undefined) {
    expect(retriedProblems(row, emulator.control.calls(), status)).toEqual([]);
  }
  if (e.line) {
    const said = run.lines.filter((l) => e.line!.test(l));
    expect(said, log).toHaveLength(e.count ?? 1);
    return ['made ✓ cleaned ✓', `made; said: ${said[0]!.trim().slice(0, 160)}`];
  }
  return status !== undefined ? ['retried ✓ cleaned ✓'] : ['made ✓ cleaned ✓'];
}

/** The Actions runner's cancellation: SIGINT, 7.5 s later SIGTERM, 2.5 s later SIGKILL. */
async function sigintCell(
  row: Row,
  cell: SigintCell,
  emulator: Emulator,
): Promise<[string, string?]> {
  const target = row.target;
  target.seed(emulator);
  // GCE holds operations.wait for up to two minutes: a cancelled run must not wait it out.
  emulator.control.setDurations({ operationWaitMax: 120_000 });
  arm(emulator, cell.arrange);
  let sent = false;
  let escalated = false;
  const run = await target.runDist(emulator, (child) => {
    const timers: NodeJS.Timeout[] = [];
    const poll = setInterval(() => {
      if (sent || !cell.when(emulator.control.calls())) return;
      sent = true;
      clearInterval(poll);
      child.kill('SIGINT');
      timers.push(
        setTimeout(() => {
          escalated = true;
          child.kill('SIGTERM');
        }, 7500),
        setTimeout(() => child.kill('SIGKILL'), 10_000),
      );
    }, 25);
    timers.push(setTimeout(() => child.kill('SIGKILL'), 45_000));
    child.once('exit', () => {
      clearInterval(poll);
      for (const t of timers) clearTimeout(t);
    });
  });
  expect(sent, `the run never reached the step:\n${run.main.stdout}`).toBe(true);
  expect(run.main.stdout).toContain('received SIGINT');
  expect(escalated, 'the main step ignored SIGINT until the runner sent SIGTERM').toBe(false);
  if (run.post) expect(run.post.code, run.post.stdout).toBe(0);
  expect(target.temporaries(emulator), run.main.stdout + (run.post?.stdout ?? '')).toEqual([]);
  if (run.main.code === 0) expect(target.productProblem(emulator)).toBeUndefined();
  else expect(target.halfMade(emulator)).toEqual([]);
  const post = run.post?.stdout.includes('nothing left to clean up')
    ? 'post: nothing left'
    : run.post
      ? 'post deleted the rest'
      : 'no post step';
  return ['cleaned ✓', `main exited ${run.main.code ?? run.main.signal}, ${post}`];
}

describe.concurrent('fault matrix: every step of every operation under every fault', () => {
  for (const row of ROWS) {
    for (const kind of FAULT_KINDS) {
      const cell = cellOf(row, kind);
      if ('na' in cell) {
        matrix.set(row, kind, 'n/a', cell.na);
        continue;
      }
      it(`${Matrix.label(row)} × ${KIND_TITLES[kind]}`, async () => {
        await pool.lease(async (emulator) => {
          try {
            const [short, note] =
              'expect' in cell
                ? await runCell(row, kind, cell, emulator)
                : await sigintCell(row, cell, emulator);
            matrix.set(row, kind, short, note);
          } catch (err) {
            matrix.set(row, kind, '✗', String((err as Error).message).split('\n')[0]);
            throw err;
          }
        });
      });
    }
  }
});
