import * as core from '@actions/core';
import type { RawOverrides } from '../config/load.js';
import { clip, visible } from '../config/excerpt.js';
import { parseYaml } from '../config/yaml.js';
import type { Cloud } from '../steps/resources.js';
import { variablesFrom } from '../template/vars.js';
import { Inputs } from './constants.js';
import { ACTION_DEFAULTS, type ActionName } from './defaults.js';

/**
 * An action's inputs as the runner passes them (`INPUT_<NAME>`), an input whose variable is
 * absent reading as its action.yml default (the runner sets one for every declared input; a
 * value given as '' stays ''). Errors name the input.
 */
export class ActionInputs {
  private readonly defaults: Readonly<Record<string, string>>;

  constructor(action: ActionName) {
    this.defaults = ACTION_DEFAULTS[action];
  }

  text(name: string): string {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return process.env[variable] === undefined ? (this.defaults[name] ?? '') : core.getInput(name);
  }

  optional(name: string): string | undefined {
    return this.text(name) || undefined;
  }

  /** YAML 1.2's core booleans, as @actions/core reads them; absent and empty mean false. */
  boolean(name: string): boolean {
    const value = this.text(name);
    if (['', 'false', 'False', 'FALSE'].includes(value)) return false;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    throw new Error(`input ${name}: must be true or false (got ${JSON.stringify(clip(value))})`);
  }

  /** One item per line or comma; empty items dropped. */
  list(name: string): string[] {
    return this.text(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** One item per line. */
  lines(name: string): string[] {
    return this.text(name)
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

const bakeInputs = new ActionInputs('bake-image');
const input = (name: string): string | undefined => bakeInputs.optional(name);

/**
 * The action's direct inputs as a config overlay in worker-image.yml's own shape, so one
 * validator checks both and its errors name the same fields.
 */
/** The settings bake-image's inputs set, each named as its messages name the input. */
export function inputNames(cloud: Cloud = 'gcp'): Record<string, string> {
  const named = (name: string): string => `input ${name}`;
  return {
    'image.name': named(Inputs.ImageName),
    'image.namespace': named(Inputs.Namespace),
    'image.version': named(Inputs.Version),
    'image.overwrite': named(Inputs.Overwrite),
    manifest: named(Inputs.ManifestPath),
    'gcp.project': named(Inputs.Project),
    'gcp.zone': named(Inputs.Zone),
    'gcp.machine-type': named(Inputs.MachineType),
    'gcp.image-family': named(Inputs.ImageFamily),
    'gcp.source-image': `inputs ${Inputs.SourceImage}, ${Inputs.SourceImageFamily}, ${Inputs.SourceImageProject}`,
    'aws.region': named(Inputs.Region),
    'aws.target-regions': named(Inputs.TargetRegions),
    [`${cloud}.template`]: named(Inputs.Template),
  };
}

export function overridesFromInputs(cloud: Cloud = 'gcp'): RawOverrides {
  const variables = input(Inputs.Variables);
  const sourceImage = {
    name: input(Inputs.SourceImage),
    family: input(Inputs.SourceImageFamily),
    project: input(Inputs.SourceImageProject),
  };
  const overlay: Record<string, unknown> = {
    image: {
      name: input(Inputs.ImageName),
      namespace: input(Inputs.Namespace),
      version: input(Inputs.Version),
      overwrite:
        input(Inputs.Overwrite) === undefined ? undefined : bakeInputs.boolean(Inputs.Overwrite),
    },
    ...(variables ? { variables: parseVariables(variables) } : {}),
    manifest: input(Inputs.ManifestPath),
    gcp: {
      project: input(Inputs.Project),
      zone: input(Inputs.Zone),
      'machine-type': input(Inputs.MachineType),
      'image-family': input(Inputs.ImageFamily),
      ...(Object.values(sourceImage).some(Boolean) ? { 'source-image': sourceImage } : {}),
    },
    aws: {
      region: input(Inputs.Region),
      'target-regions': regionList(input(Inputs.TargetRegions)),
    },
  };
  // The template input belongs to the cloud being baked.
  const template = input(Inputs.Template);
  if (template) {
    overlay[cloud] = {
      ...((overlay[cloud] as Record<string, unknown> | undefined) ?? {}),
      template,
    };
  }
  return overlay;
}

/** The variables input: YAML or JSON text. Errors name the line, never quote the input. */
/**
 * `us-west-2,eu-west-1`; unset or empty keeps the config's. Text that names no region (` , `)
 * is refused: it would otherwise drop the config's copies silently.
 */
function regionList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const regions = text
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  if (regions.length === 0) {
    throw new Error(
      `input ${Inputs.TargetRegions}: "${visible(clip(text))}" names no region; give regions separated by commas (us-west-2,eu-west-1), or leave it empty to keep the config's`,
    );
  }
  return regions;
}

function parseVariables(text: string): unknown {
  const raw = parseInputYaml(text, Inputs.Variables);
  // Empty YAML (`~`, `null`, a comment) would replace the config's variables with nothing.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const got = raw === null ? 'empty or null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`;
    throw new Error(
      `input ${Inputs.Variables}: must be a mapping of variable names to values, such as "region: eu" (got ${got})`,
    );
  }
  // Read again as Jinja2 would have them: `1.0` a float, mappings in the order written.
  try {
    return variablesFrom(text);
  } catch (err) {
    throw new Error(`input ${Inputs.Variables}: ${(err as Error).message}`);
  }
}

/** An input holding YAML (or JSON); an error names the input and the line, quoting nothing. */
export function parseInputYaml(text: string, name: string): unknown {
  const parsed = parseYaml(text);
  const [error] = parsed.errors;
  if (error) {
    throw new Error(
      `input ${name}: not valid YAML or JSON${error.line ? ` at its line ${error.line}` : ''} (${error.message})`,
    );
  }
  return parsed.raw;
}
