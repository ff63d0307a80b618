import type { GcpConfig } from '../../config/types.js';

/** What reaching the Compute API takes outside a bake (share): the endpoint, auth, a project. */
export type GcpConnection = Pick<GcpConfig, 'endpoint' | 'auth'> & { project?: string };
