import type { Root } from '../config/confine.js';
import { loadConfig, readConfigSource, type RawOverrides } from '../config/load.js';
import { deepMerge } from '../config/merge.js';
import type { WorkerImageConfig } from '../config/types.js';
import type { Cloud } from '../steps/resources.js';
import { selectClouds, versionOverlay, versionOverrides } from './selection.js';

export interface PipelineSelection {
  /** worker-image.yml, relative to `cwd`. */
  path: string;
  cwd: string;
  /** As the `clouds` input or flag is written; empty: every configured cloud. */
  clouds?: string | undefined;
  namespace?: string | undefined;
  /** As the `version` input or flag is written (`25`, `gcp=25,azure=0.0.15`). */
  version?: string | undefined;
  /** Where the config and its paths must stay (see LoadOptions.root). */
  root?: Root | undefined;
  /** How the caller names the namespace and version it was given (`--version`, `input "version"`). */
  names?: { namespace: string; version: string };
}

/**
 * The config a pipeline run uses and the clouds it runs: the clouds are checked against the
 * file's blocks first, because a per-cloud version lands where each cloud keeps it.
 */
export async function loadPipelineConfig(
  sel: PipelineSelection,
): Promise<{ config: WorkerImageConfig; clouds: Cloud[] }> {
  // Validated first for its blocks alone, before the clouds (and so what they need) are
  // known; read and parsed once for both.
  const source = sel.path
    ? await readConfigSource({ path: sel.path, cwd: sel.cwd, root: sel.root })
    : undefined;
  const base = await loadConfig({
    path: sel.path,
    cwd: sel.cwd,
    root: sel.root,
    clouds: [],
    ...(source ? { source } : {}),
  });
  const clouds = selectClouds(sel.clouds, base);
  const overrides = deepMerge(
    sel.namespace ? { image: { namespace: sel.namespace } } : {},
    versionOverlay(versionOverrides(sel.version, clouds)),
  ) as RawOverrides;
  // Only the selected clouds must accept the version: `--clouds gcp --version gcp=25` needs
  // no azure.version, whatever the azure: block holds.
  const config = await loadConfig({
    path: sel.path,
    cwd: sel.cwd,
    overrides,
    ...(sel.names
      ? {
          overrideNames: {
            'image.namespace': sel.names.namespace,
            'image.version': sel.names.version,
            'azure.version': sel.names.version,
          },
        }
      : {}),
    root: sel.root,
    clouds,
    ...(source ? { source } : {}),
  });
  return { config, clouds };
}
