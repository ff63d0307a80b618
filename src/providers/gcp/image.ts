import type { protos } from '@google-cloud/compute';
import type { GcpConfig, WorkerImageConfig } from '../../config/types.js';
import type { RunContext } from '../provider.js';
import type { GcpPlan } from './plan.js';

type Image = protos.google.cloud.compute.v1.IImage;

/** The image resource captured from the stopped builder's boot disk. */
export function imageResource(
  config: WorkerImageConfig,
  gcp: GcpConfig,
  plan: GcpPlan,
  labels: Record<string, string>,
  ctx: RunContext,
): Image {
  // Labels cannot hold a URL, so the run link and commit go into the description.
  const provenance = [
    `version ${plan.version}`,
    `from ${plan.sourceImage}`,
    ctx.commit ? `commit ${ctx.commit}` : '',
    ctx.runUrl ? `run ${ctx.runUrl}` : '',
  ].filter(Boolean);
  const head = config.image.description ?? `${config.image.name} worker image`;
  return {
    name: plan.imageName,
    sourceDisk: `projects/${gcp.project}/zones/${gcp.zone}/disks/${plan.builderName}`,
    ...(gcp.imageFamily ? { family: gcp.imageFamily } : {}),
    ...(gcp.storageLocation ? { storageLocations: [gcp.storageLocation] } : {}),
    labels,
    description: `${head} (${provenance.join(', ')}; built by worker-image)`.slice(0, 2048),
  };
}
