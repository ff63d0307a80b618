import { statusOf } from '../../wait/retry.js';
import { STATUS_KEY, STATUS_NAMESPACE } from '../../wrapper/wrapper.js';
import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call, isNotFound } from './calls.js';
import type { Builder } from './watch.js';

/** The organization policy that turns guest attributes off for every VM under it. */
const POLICY = 'constraints/compute.disableGuestAttributesAccess';

/**
 * Guest attributes the instance will never have: 412 when an organization policy forbids them
 * ("Constraint constraints/compute.disableGuestAttributesAccess violated", GoogleCloudPlatform/
 * iap-desktop#309), 400 when the instance lacks `enable-guest-attributes`.
 */
function isUnavailable(err: unknown): boolean {
  const status = statusOf(err);
  return status === 412 || status === 400;
}

/**
 * The wrapper's status as guest attributes report it, for as long as GCE lets them be read.
 * When it does not, one warning says why and the console marker alone reports the status.
 */
export class GuestStatus {
  private unavailable = false;

  constructor(
    private readonly clients: GceClients,
    private readonly builder: Builder,
  ) {}

  /** `status` as the wrapper wrote it (`running`, `exit=3`), or undefined when there is none. */
  async read(ctx: RunContext): Promise<string | undefined> {
    if (this.unavailable) return undefined;
    try {
      const [attrs] = await call(ctx, 'read guest attributes', () =>
        this.clients.instances.getGuestAttributes(
          { ...this.builder, queryPath: `${STATUS_NAMESPACE}/` },
          CALL,
        ),
      );
      return attrs.queryValue?.items?.find((i) => i.key === STATUS_KEY)?.value ?? undefined;
    } catch (err) {
      // Nothing written yet (GCE answers 404 for an empty namespace).
      if (isNotFound(err)) return undefined;
      if (!isUnavailable(err)) throw err;
      this.unavailable = true;
      ctx.reporter.warning(
        `guest attributes of builder ${this.builder.instance} are unavailable ` +
          `(${statusOf(err)}: ${(err as Error).message}): the organization policy ${POLICY} ` +
          'or a missing enable-guest-attributes metadata key turns them off, so the exit status ' +
          'is read from the serial console marker alone',
      );
      return undefined;
    }
  }
}
