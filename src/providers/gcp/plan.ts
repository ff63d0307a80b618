import type { GcpConfig, WorkerImageConfig } from '../../config/types.js';
import { overwriteProblem, resolveVersion, versionOfImage } from '../../naming/version.js';
import { labelValue } from '../../naming/labels.js';
import type { BakePlan, RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call, isNotFound } from './calls.js';
import { builderName } from './names.js';

export interface GcpPlan extends BakePlan {
  project: string;
  zone: string;
  builderName: string;
  /** selfLink of the resolved source image. */
  sourceImageLink: string;
  /** An image of that name exists and `overwrite: true` allows replacing it. */
  replaces: boolean;
}

/** Reads only: lists the images of the base name, picks the version, resolves the source. */
export async function planGcp(
  config: WorkerImageConfig,
  gcp: GcpConfig,
  clients: GceClients,
  ctx: RunContext,
): Promise<GcpPlan> {
  const { name: base, namespace } = config.image;
  const [images] = await call(ctx, 'list images', () =>
    clients.images.list({ project: gcp.project, filter: `name eq '${base}-.*'` }, CALL),
  );
  const names = images.map((i) => i.name ?? '').filter((n) => versionOfImage(n, base, namespace));
  const resolved = resolveVersion(config.image, names);
  const problem = overwriteProblem(resolved, config.image, `project ${gcp.project}`);
  if (problem) throw new Error(problem);
  const { version, name } = resolved;
  const replaces = resolved.exists;
  const source = await resolveSourceImage(gcp, clients, ctx);
  const builder = builderName(name, ctx.runId);
  return {
    cloud: 'gcp',
    imageName: name,
    version,
    location: `project ${gcp.project}`,
    project: gcp.project,
    zone: gcp.zone,
    sourceImage: source.name,
    sourceImageLink: source.selfLink,
    builderName: builder,
    replaces,
    template: gcp.template.path,
    labels: {
      ...gcp.labels,
      'worker-image-run': labelValue(ctx.runId),
      'worker-image-version': labelValue(version),
      ...(ctx.commit ? { 'worker-image-commit': labelValue(ctx.commit) } : {}),
    },
    resources: [
      {
        kind: 'instance',
        name: `${builder} (${gcp.machineType}, zone ${gcp.zone}, ${builderAccess(gcp)})`,
        role: 'builder',
      },
      {
        kind: 'image',
        name: `${name}${gcp.imageFamily ? ` (family ${gcp.imageFamily})` : ''}`,
        role: 'image',
      },
    ],
  };
}

/** What the builder runs as and whether it has its own address, as the plan prints it. */
function builderAccess(gcp: GcpConfig): string {
  const account =
    gcp.serviceAccount === 'none'
      ? 'no service account'
      : gcp.serviceAccount === 'default'
        ? 'default service account'
        : gcp.serviceAccount;
  const tier = gcp.networkTier ? ` ${gcp.networkTier}` : '';
  return `${account}, ${gcp.externalIp ? `external IP${tier}` : 'no external IP'}`;
}

async function resolveSourceImage(
  gcp: GcpConfig,
  clients: GceClients,
  ctx: RunContext,
): Promise<{ name: string; selfLink: string }> {
  const { name, family, project } = gcp.sourceImage;
  try {
    const [image] = await call(ctx, 'resolve the source image', () =>
      name
        ? clients.images.get({ project, image: name }, CALL)
        : clients.images.getFromFamily({ project, family: family! }, CALL),
    );
    if (!image.selfLink || !image.name) throw new Error('the source image has no selfLink');
    return { name: image.name, selfLink: image.selfLink };
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const what = name ? `image ${name}` : `image family ${family}`;
    throw new Error(
      `gcp.source-image: ${what} not found in project ${project}; ` +
        'check the name, or list them with `gcloud compute images list --project ' +
        `${project}\``,
    );
  }
}
