/**
 * The auto mode VPC network's subnet range per region, from the "Auto mode IPv4 ranges" table
 * of https://cloud.google.com/vpc/docs/subnets#ip-ranges.
 */
const AUTO_MODE: Record<string, string> = {
  'us-central1': '10.128.0.0/20',
  'europe-west1': '10.132.0.0/20',
  'us-west1': '10.138.0.0/20',
  'asia-east1': '10.140.0.0/20',
  'us-east1': '10.142.0.0/20',
  'asia-northeast1': '10.146.0.0/20',
  'asia-southeast1': '10.148.0.0/20',
  'us-east4': '10.150.0.0/20',
  'australia-southeast1': '10.152.0.0/20',
  'europe-west2': '10.154.0.0/20',
  'europe-west3': '10.156.0.0/20',
  'southamerica-east1': '10.158.0.0/20',
  'asia-south1': '10.160.0.0/20',
  'northamerica-northeast1': '10.162.0.0/20',
  'europe-west4': '10.164.0.0/20',
  'europe-north1': '10.166.0.0/20',
  'us-west2': '10.168.0.0/20',
  'asia-east2': '10.170.0.0/20',
  'europe-west6': '10.172.0.0/20',
  'asia-northeast2': '10.174.0.0/20',
  'asia-northeast3': '10.178.0.0/20',
  'us-west3': '10.180.0.0/20',
  'us-west4': '10.182.0.0/20',
  'asia-southeast2': '10.184.0.0/20',
  'europe-central2': '10.186.0.0/20',
  'northamerica-northeast2': '10.188.0.0/20',
  'asia-south2': '10.190.0.0/20',
  'australia-southeast2': '10.192.0.0/20',
  'southamerica-west1': '10.194.0.0/20',
  'europe-west8': '10.198.0.0/20',
  'europe-west9': '10.200.0.0/20',
  'us-east5': '10.202.0.0/20',
  'europe-southwest1': '10.204.0.0/20',
  'us-south1': '10.206.0.0/20',
  'me-west1': '10.208.0.0/20',
  'europe-west12': '10.210.0.0/20',
  'me-central1': '10.212.0.0/20',
  'europe-west10': '10.214.0.0/20',
  'me-central2': '10.216.0.0/20',
  'africa-south1': '10.218.0.0/20',
};

/**
 * The default subnet's range in `region`. A region missing from the table gets the
 * emulator's own /20 of 10.254.0.0/16 (inside auto mode's 10.128.0.0/9), by its place among
 * `regions`.
 */
export function autoModeRange(region: string, regions: readonly string[]): string {
  const known = AUTO_MODE[region];
  if (known) return known;
  const unlisted = regions.filter((r) => AUTO_MODE[r] === undefined);
  const i = Math.max(0, unlisted.indexOf(region)) % 16;
  return `10.254.${i * 16}.0/20`;
}

/**
 * A subnet's gateway: the second address of its primary range
 * (https://cloud.google.com/vpc/docs/subnets#unusable-ip-addresses-in-every-subnet).
 */
export function gatewayOf(cidr: string): string {
  const [a, b, c, d] = cidr.split('/')[0]!.split('.').map(Number);
  return `${a}.${b}.${c}.${d! + 1}`;
}
