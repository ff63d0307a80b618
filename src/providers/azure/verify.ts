import type { AzureConfig, WorkerImageConfig } from '../../config/types.js';
import type { ResourceLedger } from '../../steps/resources.js';
import type { DeleteResource, Step } from '../../steps/runner.js';
import type {
  RunContext,
  VerifyObservation,
  VerifyProvider,
  VerifyRequest,
  VerifyTarget,
} from '../provider.js';

/** Verification on azure: not built yet. */
export class AzureVerifier implements VerifyProvider {
  readonly cloud = 'azure' as const;

  constructor(private readonly settings: AzureConfig) {}

  verifySteps(
    _config: WorkerImageConfig,
    _request: VerifyRequest,
    _ctx: RunContext,
    _ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation } {
    throw new Error(`verify is not available on azure yet (${this.settings ? 'configured' : ''})`);
  }

  markVerification(_target: VerifyTarget, _verified: boolean, _ctx: RunContext): Promise<void> {
    return Promise.reject(new Error('verify is not available on azure yet'));
  }

  deleteResource: DeleteResource = () =>
    Promise.reject(new Error('verify is not available on azure yet'));
}
