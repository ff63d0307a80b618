import type { WorkerImageConfig } from '../config/types.js';
import { definitionName } from '../naming/azure.js';
import { AUTO_VERSION, imageName } from '../naming/version.js';
import type { BakePlan } from '../providers/provider.js';
import type { Cloud } from '../steps/resources.js';

/** What a pipeline run would do, as `worker-image plan --format json` prints it. */
export interface PipelinePlan {
  clouds: Cloud[];
  /** Per cloud: what the bake creates. Absent for a cloud planned offline. */
  images: Partial<Record<Cloud, PlannedImage>>;
  /**
   * Per cloud planned offline with an explicit version: the image's name, known without
   * asking the cloud (`batch-worker-25`, `batch-worker-22-04/0.0.15`).
   */
  named: Partial<Record<Cloud, string>>;
  /** Per cloud: who share-image grants the image to. */
  share: Partial<Record<Cloud, string[]>>;
  /** Per cloud with verify checks: their names, run on a VM from the new image before sharing. */
  verify: Partial<Record<Cloud, string[]>>;
  /** The references bump-version-reference rewrites afterwards. */
  references: { name: string; path: string; value: string }[];
  manifest: string;
}

export interface PlannedImage {
  name: string;
  version: string;
  location: string;
  sourceImage: string;
  resources: { kind: string; name: string; temporary: boolean }[];
}

/** Each cloud's bake plan from a dry run's outcome, by cloud. */
export function plansByCloud(outcome: {
  clouds: { cloud: Cloud; plan?: BakePlan }[];
}): Partial<Record<Cloud, BakePlan>> {
  return Object.fromEntries(outcome.clouds.flatMap((c) => (c.plan ? [[c.cloud, c.plan]] : [])));
}

export function pipelinePlan(
  config: WorkerImageConfig,
  clouds: Cloud[],
  plans: Partial<Record<Cloud, BakePlan>>,
): PipelinePlan {
  const images: Partial<Record<Cloud, PlannedImage>> = {};
  const named: Partial<Record<Cloud, string>> = {};
  for (const cloud of clouds) {
    const p = plans[cloud];
    if (!p) {
      const name = explicitName(config, cloud);
      if (name) named[cloud] = name;
      continue;
    }
    images[cloud] = {
      name: p.imageName,
      version: p.version,
      location: p.location,
      sourceImage: p.sourceImage,
      resources: p.resources.map((r) => ({
        kind: r.kind,
        name: r.name,
        temporary: r.role === 'builder',
      })),
    };
  }
  return {
    clouds,
    images,
    named,
    share: shareMembers(config, clouds),
    verify: Object.fromEntries(
      clouds.flatMap((c) => {
        const v = config.verify?.[c];
        return v ? [[c, v.checks.map((check) => check.name)]] : [];
      }),
    ),
    references: (config.references ?? []).map((r) => ({
      name: r.name,
      path: r.path,
      value: r.value,
    })),
    manifest: config.manifestPath,
  };
}

/** The image a cloud's bake would make, when its version is explicit: no cloud call needed. */
function explicitName(config: WorkerImageConfig, cloud: Cloud): string | undefined {
  const { name, namespace, version } = config.image;
  if (cloud === 'azure') {
    const azure = config.azure;
    return azure && azure.version !== AUTO_VERSION
      ? `${definitionName(azure.definition.name, namespace)}/${azure.version}`
      : undefined;
  }
  if (version === AUTO_VERSION) return undefined;
  return imageName(cloud === 'aws' ? (config.aws?.amiName ?? name) : name, namespace, version);
}

/** The share section's grantees per cloud, as plain strings, whatever their kind. */
function shareMembers(
  config: WorkerImageConfig,
  clouds: Cloud[],
): Partial<Record<Cloud, string[]>> {
  const share = (config.share ?? {}) as Partial<Record<Cloud, unknown>>;
  const out: Partial<Record<Cloud, string[]>> = {};
  for (const cloud of clouds) {
    const section = share[cloud];
    if (!section || typeof section !== 'object') continue;
    const members = Object.entries(section as Record<string, unknown>).flatMap(([kind, v]) =>
      Array.isArray(v) ? v.map((m) => `${kind}: ${String(m)}`) : [],
    );
    if (members.length > 0) out[cloud] = members;
  }
  return out;
}

/** The plan as a user reads it (CLI, job summary). */
export function planText(plan: PipelinePlan): string[] {
  const lines = [`clouds:      ${plan.clouds.join(', ')}`];
  for (const cloud of plan.clouds) {
    const image = plan.images[cloud];
    lines.push(`${cloud}:`);
    if (image) {
      lines.push(`  image:     ${image.name} (version ${image.version}) in ${image.location}`);
      lines.push(`  from:      ${image.sourceImage}`);
      for (const r of image.resources) {
        lines.push(`  creates:   ${r.kind} ${r.name}${r.temporary ? ' (temporary)' : ''}`);
      }
    } else if (plan.named[cloud]) {
      lines.push(
        `  image:     ${plan.named[cloud]} (planned offline: resources resolved at bake time)`,
      );
    } else {
      lines.push('  image:     version resolved at bake time (planned offline)');
    }
    const members = plan.share[cloud];
    const checks = plan.verify[cloud];
    lines.push(
      `  verifies:  ${checks?.length ? `${checks.join(', ')} on a VM from the new image` : 'nothing (no verify: checks)'}`,
    );
    lines.push(`  shares:    ${members?.length ? members.join(', ') : 'nobody (no share: entry)'}`);
  }
  lines.push(`manifest:    ${plan.manifest}`);
  if (plan.references.length > 0) {
    lines.push('references to bump:');
    for (const r of plan.references) lines.push(`  ${r.name}: ${r.path} ← ${r.value}`);
  } else {
    lines.push('references to bump: none (no references: section)');
  }
  return lines;
}
