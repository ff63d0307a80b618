import type { HazardTable } from '../hazard-spec.js';

const CONSISTENCY =
  'https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html (Eventual consistency in the Amazon EC2 API)';
const CONSOLE =
  'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetConsoleOutput.html ("By default, the console output returns buffered information that was posted shortly after an instance transition state"; "supported on instance types that use the Nitro hypervisor")';

/** EC2's documented hazards, windows in real milliseconds of the emulator's scaled clock. */
export const EC2_HAZARDS = {
  instanceVisibilityLag: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'after RunInstances the new instance answers InvalidInstanceID.NotFound to DescribeInstances (and is not listed by filters), GetConsoleOutput, CreateTags, CreateImage, StopInstances and TerminateInstances (which then does not terminate it)',
    source: CONSISTENCY,
  },
  imageVisibilityLag: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'after CreateImage or CopyImage the new AMI answers InvalidAMIID.NotFound to DescribeImages (and is not listed by filters), the image attribute calls, DeregisterImage, CreateTags, RunInstances and CopyImage from it',
    source: CONSISTENCY,
  },
  securityGroupVisibilityLag: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'after CreateSecurityGroup the new group answers InvalidGroup.NotFound to DescribeSecurityGroups (and is not listed by filters), AuthorizeSecurityGroupIngress, DeleteSecurityGroup and RunInstances naming it',
    source: CONSISTENCY,
  },
  deregisteredVisibility: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'a deregistered AMI is still listed by DescribeImages (state deregistered) before it answers InvalidAMIID.NotFound',
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
    what: 'GetConsoleOutput without Latest returns only the output posted at state changes (running, stopped, terminated), not what was written since',
    source: CONSOLE,
  },
  latestNitroOnly: {
    default: true,
    off: false,
    unit: 'on/off',
    what: 'GetConsoleOutput with Latest=true answers UnsupportedOperation for instance types on the Xen hypervisor (t2, m4, c4 and other previous generations)',
    source: CONSOLE,
  },
  nextTokenOnFullPage: {
    default: true,
    off: false,
    unit: 'on/off',
    what: 'a paginated describe whose page is full carries a NextToken even when nothing follows; the next page is empty',
    source: 'https://github.com/aws/aws-sdk-js/issues/939',
  },
} satisfies HazardTable;
