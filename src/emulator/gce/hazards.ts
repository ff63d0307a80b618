import type { HazardTable } from '../hazard-spec.js';

const RATE_QUOTAS =
  'https://cloud.google.com/compute/api-quota ("If your project exceeds a rate quota, you receive a 403 error with the reason rateLimitExceeded")';
const DISK_IMAGES =
  'https://cloud.google.com/compute/docs/images/create-custom ("You can create a disk image once every 10 minutes ... at most 6 requests in 60 minutes"); googleapis/python-compute#279';
const METADATA_LIMITS =
  'https://cloud.google.com/compute/docs/metadata/setting-custom-metadata#limitations (256 KB per value, 512 KB in all)';

/**
 * Compute Engine's documented hazards. Rate quotas count per GCE minute, which the emulator
 * scales to `rateQuotaMinute`: a test's poll interval (100 ms) is a tenth of the product's
 * default (1 s), so a tenth of a minute keeps the product's request rate against each quota
 * what it is on GCE.
 */
export const GCE_HAZARDS = {
  rateQuotaMinute: {
    default: 6000,
    off: 0,
    unit: 'ms',
    what: "the minute over which GCE counts a project's API requests per quota group (and per region for zonal methods); a request over a group's limit answers 403 rateLimitExceeded until the minute is over",
    source: RATE_QUOTAS,
  },
  queriesPerMinute: {
    default: 1500,
    off: 0,
    unit: 'requests per minute (0: no limit)',
    what: "mutations (insert, delete, stop, setIamPolicy...) beyond the 'Queries' rate quota answer 403 rateLimitExceeded",
    source: RATE_QUOTAS,
  },
  readRequestsPerMinute: {
    default: 1500,
    off: 0,
    unit: 'requests per minute (0: no limit)',
    what: "gets (instances.get, getSerialPortOutput, getGuestAttributes, images.get...) beyond the 'Read requests' rate quota answer 403 rateLimitExceeded",
    source: RATE_QUOTAS,
  },
  listRequestsPerMinute: {
    default: 1500,
    off: 0,
    unit: 'requests per minute (0: no limit)',
    what: "lists and aggregated lists beyond the 'List requests' rate quota answer 403 rateLimitExceeded",
    source: RATE_QUOTAS,
  },
  operationReadRequestsPerMinute: {
    default: 1500,
    off: 0,
    unit: 'requests per minute (0: no limit)',
    what: "operations.get and operations.wait beyond the 'Operation read requests' rate quota answer 403 rateLimitExceeded",
    source: RATE_QUOTAS,
  },
  diskImageBurst: {
    default: 6,
    off: 0,
    unit: 'images (0: no limit)',
    what: 'images made from one disk in a burst; one more is allowed every diskImageRefill, and an image beyond that fails its operation with RESOURCE_OPERATION_RATE_EXCEEDED',
    source: DISK_IMAGES,
  },
  diskImageRefill: {
    default: 60_000,
    off: 0,
    unit: 'ms (10 GCE minutes of rateQuotaMinute)',
    what: 'how long a disk takes to earn one more image after its burst is spent',
    source: DISK_IMAGES,
  },
  guestAttributesDisabledByPolicy: {
    default: true,
    off: false,
    unit: 'on/off',
    what: "the organization policy constraints/compute.disableGuestAttributesAccess is enforced: getGuestAttributes answers 412 'Constraint ... violated' and the guest's writes to its metadata server answer 403",
    source:
      'https://cloud.google.com/compute/docs/metadata/manage-guest-attributes (disabling guest attributes on your organization); GoogleCloudPlatform/iap-desktop#309 (412)',
  },
  serialRetainedBytes: {
    default: 1024 * 1024,
    off: 0,
    unit: 'bytes',
    what: 'serial port output keeps the last 1 MB; a read whose start was discarded answers with `start` moved forward (0 keeps everything)',
    source:
      'https://cloud.google.com/compute/docs/reference/rest/v1/instances/getSerialPortOutput (SerialPortOutput.start, next)',
  },
  metadataValueBytes: {
    default: 256 * 1024,
    off: 0,
    unit: 'bytes (0: no limit)',
    what: 'an instance metadata value (a startup script included) larger than 256 KB is refused: 400 "Value for field \'resource.metadata.items[i].value\' is too large"',
    source: `${METADATA_LIMITS}; kubernetes/kubernetes#37180`,
  },
  metadataTotalBytes: {
    default: 512 * 1024,
    off: 0,
    unit: 'bytes (0: no limit)',
    what: 'instance metadata whose keys and values exceed 512 KB in all is refused: 400 "Value for field \'resource.metadata\' is too large"',
    source: METADATA_LIMITS,
  },
} satisfies HazardTable;
