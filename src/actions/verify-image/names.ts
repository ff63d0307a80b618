import type { Cloud } from '../../steps/resources.js';
import type { ActionInputs } from '../inputs.js';

/** verify-image's inputs and outputs, named once (a test keeps action.yml in step). */
export const VerifyInputs = {
  Config: 'config',
  Cloud: 'cloud',
  Image: 'image',
  Manifest: 'manifest',
} as const;

export const VerifyOutputs = {
  Verified: 'verified',
  TimeToReady: 'time-to-ready',
  Checks: 'checks',
  ImageId: 'image-id',
} as const;

const CLOUDS: readonly Cloud[] = ['gcp', 'azure', 'aws'];

/** The cloud input, checked before anything is read. */
export function verifyCloud(inputs: ActionInputs): Cloud {
  const cloud = inputs.text(VerifyInputs.Cloud);
  if (CLOUDS.includes(cloud as Cloud)) return cloud as Cloud;
  throw new Error(`input ${VerifyInputs.Cloud}: "${cloud}" is not a cloud; use gcp, azure or aws`);
}
