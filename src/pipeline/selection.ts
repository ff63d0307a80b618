import type { WorkerImageConfig } from '../config/types.js';
import type { Cloud } from '../steps/resources.js';

export const ALL_CLOUDS: readonly Cloud[] = ['gcp', 'azure', 'aws'];

/** The clouds the config has a block for, in a fixed order. */
export function configuredClouds(config: WorkerImageConfig): Cloud[] {
  return ALL_CLOUDS.filter((c) => (config as unknown as Record<string, unknown>)[c] !== undefined);
}

/**
 * `clouds` as a user writes it (`gcp,azure`, `gcp azure`, any case, `all`, or empty for every
 * configured cloud) → the clouds, in gcp, azure, aws order, and what is wrong with the text:
 * a word that is no cloud, a cloud the config has no block for, a cloud named twice. One
 * reading for every command and input that takes a list of clouds.
 */
export function parseCloudList(
  text: string | undefined,
  configured: readonly Cloud[],
): { clouds: Cloud[]; problems: string[] } {
  const words = (text ?? '')
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0 || (words.length === 1 && words[0] === 'all')) {
    return { clouds: [...configured], problems: [] };
  }
  const problems: string[] = [];
  const chosen: Cloud[] = [];
  for (const w of words) {
    if (!ALL_CLOUDS.includes(w as Cloud)) {
      problems.push(`"${w}" is not a cloud; use a list of gcp, azure, aws, or all`);
    } else if (!configured.includes(w as Cloud)) {
      problems.push(
        `${w} was selected but the config has no ${w}: block ` +
          `(configured: ${configured.join(', ') || 'none'})`,
      );
    } else if (chosen.includes(w as Cloud)) {
      problems.push(`${w} is listed twice; name each cloud once`);
    } else {
      chosen.push(w as Cloud);
    }
  }
  return { clouds: ALL_CLOUDS.filter((c) => chosen.includes(c)), problems };
}

/** The `clouds` input of the pipeline and `plan`/`run`: {@link parseCloudList}, or an error. */
export function selectClouds(text: string | undefined, config: WorkerImageConfig): Cloud[] {
  const { clouds, problems } = parseCloudList(text, configuredClouds(config));
  if (problems[0] !== undefined) throw new Error(`clouds: ${problems[0]}`);
  if (clouds.length === 0) {
    throw new Error('clouds: the config has no gcp:, azure: or aws: block; add one to bake');
  }
  return clouds;
}

/**
 * The `version` input: one value for every cloud's image version (`auto`, `24`), or per
 * cloud (`gcp=25,azure=0.0.15`). Azure gallery versions are Major.Minor.Patch, so a bare
 * value applies to GCP and AWS only; `auto` applies everywhere.
 */
export function versionOverrides(
  text: string | undefined,
  clouds: Cloud[],
): Partial<Record<Cloud, string>> {
  const value = (text ?? '').trim();
  if (!value) return {};
  if (!value.includes('=')) {
    const out: Partial<Record<Cloud, string>> = {};
    for (const c of clouds) if (c !== 'azure' || value === 'auto') out[c] = value;
    return out;
  }
  const out: Partial<Record<Cloud, string>> = {};
  for (const part of value.split(/[\s,]+/).filter(Boolean)) {
    const [cloud, v, ...rest] = part.split('=');
    if (!cloud || !v || rest.length > 0 || !ALL_CLOUDS.includes(cloud as Cloud)) {
      throw new Error(
        `version: "${part}" is not cloud=VERSION; write e.g. gcp=25,azure=0.0.15,aws=25 or one value`,
      );
    }
    if (out[cloud as Cloud] !== undefined) {
      throw new Error(
        `version: ${cloud} is given twice (${out[cloud as Cloud]} and ${v}); give each cloud one version`,
      );
    }
    out[cloud as Cloud] = v;
  }
  return out;
}

/** The overlay that puts a per-cloud version where each cloud's config keeps it. */
export function versionOverlay(versions: Partial<Record<Cloud, string>>): Record<string, unknown> {
  const overlay: Record<string, Record<string, unknown>> = {};
  // GCP and AWS share image.version (their names are <name>[-<namespace>]-<version>).
  const shared = versions.gcp ?? versions.aws;
  if (versions.gcp && versions.aws && versions.gcp !== versions.aws) {
    throw new Error(
      `version: gcp=${versions.gcp} and aws=${versions.aws} differ, but both come from image.version; run them separately`,
    );
  }
  if (shared) overlay.image = { version: shared };
  if (versions.azure) overlay.azure = { version: versions.azure };
  return overlay;
}
