import { Inputs } from '../constants.js';
import type { ActionInputs } from '../inputs.js';
import type { Cloud } from '../../steps/resources.js';

const CLOUDS: readonly Cloud[] = ['gcp', 'azure', 'aws'];

/** The cloud input, checked: anything else would reach the provider loader unexplained. */
export function bakeCloud(inputs: ActionInputs): Cloud {
  const cloud = inputs.text(Inputs.Cloud);
  if (CLOUDS.includes(cloud as Cloud)) return cloud as Cloud;
  throw new Error(`input ${Inputs.Cloud}: "${cloud}" is not a cloud; use gcp, azure or aws`);
}
