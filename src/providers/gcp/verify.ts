import type { GcpConfig, WorkerImageConfig } from '../../config/types.js';
import type { ResourceLedger } from '../../steps/resources.js';
import type { DeleteResource, Step } from '../../steps/runner.js';
import type {
  RunContext,
  VerifyObservation,
  VerifyProvider,
  VerifyRequest,
  VerifyTarget,
} from '../provider.js';

/** Verification on gcp: not built yet. */
export class GcpVerifier implements VerifyProvider {
  readonly cloud = 'gcp' as const;

  constructor(private readonly settings: GcpConfig) {}

  verifySteps(
    _config: WorkerImageConfig,
    _request: VerifyRequest,
    _ctx: RunContext,
    _ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation } {
    throw new Error(`verify is not available on gcp yet (${this.settings ? 'configured' : ''})`);
  }

  markVerification(_target: VerifyTarget, _verified: boolean, _ctx: RunContext): Promise<void> {
    return Promise.reject(new Error('verify is not available on gcp yet'));
  }

  deleteResource: DeleteResource = () =>
    Promise.reject(new Error('verify is not available on gcp yet'));
}
