import type { AwsConfig, WorkerImageConfig } from '../../config/types.js';
import type { ResourceLedger } from '../../steps/resources.js';
import type { DeleteResource, Step } from '../../steps/runner.js';
import type {
  RunContext,
  VerifyObservation,
  VerifyProvider,
  VerifyRequest,
  VerifyTarget,
} from '../provider.js';

/** Verification on aws: not built yet. */
export class AwsVerifier implements VerifyProvider {
  readonly cloud = 'aws' as const;

  constructor(private readonly settings: AwsConfig) {}

  verifySteps(
    _config: WorkerImageConfig,
    _request: VerifyRequest,
    _ctx: RunContext,
    _ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation } {
    throw new Error(`verify is not available on aws yet (${this.settings ? 'configured' : ''})`);
  }

  markVerification(_target: VerifyTarget, _verified: boolean, _ctx: RunContext): Promise<void> {
    return Promise.reject(new Error('verify is not available on aws yet'));
  }

  deleteResource: DeleteResource = () =>
    Promise.reject(new Error('verify is not available on aws yet'));
}
