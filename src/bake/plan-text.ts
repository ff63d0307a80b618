import { createHash } from 'node:crypto';
import type { BakePlan } from '../providers/provider.js';

/** The plan as a user reads it in a dry run or at the top of a bake. */
export function planLines(plan: BakePlan, script: string): string[] {
  const digest = createHash('sha256').update(script).digest('hex').slice(0, 12);
  return [
    `cloud:         ${plan.cloud} (${plan.location})`,
    `image:         ${plan.imageName} (version ${plan.version})`,
    `source image:  ${plan.sourceImage}`,
    `template:      ${plan.template} → ${script.split('\n').length} lines, sha256 ${digest}…`,
    'creates:',
    ...plan.resources.map(
      (r) => `  ${r.kind} ${r.name}${r.role === 'builder' ? ' (temporary)' : ''}`,
    ),
    `labels:        ${Object.entries(plan.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  ];
}
