import * as core from '@actions/core';
import YAML from 'yaml';
import type { RawOverrides } from '../config/load.js';
import type { Cloud } from '../steps/resources.js';
import { Inputs } from './constants.js';

function input(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

/**
 * The action's direct inputs as a config overlay in worker-image.yml's own shape, so one
 * validator checks both and its errors name the same fields.
 */
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
        input(Inputs.Overwrite) === undefined ? undefined : core.getBooleanInput(Inputs.Overwrite),
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
      'target-regions': input(Inputs.TargetRegions)
        ?.split(',')
        .map((r) => r.trim())
        .filter(Boolean),
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

function parseVariables(text: string): unknown {
  try {
    return YAML.parse(text);
  } catch (err) {
    throw new Error(
      `input ${Inputs.Variables}: not valid YAML or JSON (${(err as Error).message})`,
    );
  }
}
