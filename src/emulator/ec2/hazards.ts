import type { HazardTable } from '../hazard-spec.js';

const CONSISTENCY =
  'https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html (Eventual consistency in the Amazon EC2 API)';

/** EC2's documented hazards, windows in real milliseconds of the emulator's scaled clock. */
export const EC2_HAZARDS = {
  instanceVisibilityLag: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'after RunInstances the new instance answers InvalidInstanceID.NotFound to DescribeInstances, GetConsoleOutput, CreateTags and TerminateInstances (which then does not terminate it)',
    source: CONSISTENCY,
  },
  imageVisibilityLag: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'after CreateImage or CopyImage the new AMI answers InvalidAMIID.NotFound to DescribeImages and the image calls',
    source: CONSISTENCY,
  },
  deregisteredVisibility: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'a deregistered AMI is still listed by DescribeImages (state deregistered) before it answers NotFound',
    source:
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html ("Recently deregistered images appear in the returned results for a short interval")',
  },
  snapshotInUseAfterDeregister: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: "DeleteSnapshot of a just-deregistered AMI's snapshot answers InvalidSnapshot.InUse",
    source: 'https://github.com/boto/boto/issues/3019 and many reports since',
  },
  consoleBuffered: {
    default: true,
    off: false,
    unit: 'on/off',
    what: 'GetConsoleOutput without Latest returns only the output posted around state changes (boot, stop), not what was written since',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetConsoleOutput.html',
  },
} satisfies HazardTable;
