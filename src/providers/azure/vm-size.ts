/**
 * Whether a VM size takes premium SSDs: an `s` among the additive features that follow the
 * vCPU count (`Standard_D4s_v5`, `Standard_E8ads_v5`, `Standard_B2ms`), or an `S` series
 * (`Standard_DS3_v2`, `Standard_GS5`), as Azure's size naming documents it
 * (learn.microsoft.com/azure/virtual-machines/vm-naming-conventions: "s = Premium Storage
 * capable"). A size Azure would refuse a premium disk on answers InvalidParameter at VM
 * creation, so a name this cannot read counts as not premium.
 */
export function supportsPremiumStorage(vmSize: string): boolean {
  const m = /^Standard_([A-Z]+)(\d+)(?:-\d+)?([a-z]*)(?:_|$)/.exec(vmSize);
  if (!m) return false;
  const [, series = '', , features = ''] = m;
  return features.includes('s') || (series.length > 1 && series.endsWith('S'));
}

/** The builder's OS disk: premium where the size takes it, Standard SSD (any size) elsewhere. */
export function osDiskType(vmSize: string): 'Premium_LRS' | 'StandardSSD_LRS' {
  return supportsPremiumStorage(vmSize) ? 'Premium_LRS' : 'StandardSSD_LRS';
}
