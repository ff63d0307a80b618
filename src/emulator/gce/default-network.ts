import { timestamp } from './ids.js';

/** Every project's network: the auto mode `default` network new projects start with. */
export const DEFAULT_NETWORK = 'default';

export const networkPath = (project: string, name: string): string =>
  `projects/${project}/global/networks/${name}`;
export const subnetworkPath = (project: string, region: string, name: string): string =>
  `projects/${project}/regions/${region}/subnetworks/${name}`;

/** When the emulator's projects, their default network and its subnets were made. */
export const PROJECT_CREATED = timestamp();
