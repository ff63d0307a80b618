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
    /** How the VM is named in the warning: `builder`, `verifier`. */
    private readonly role = 'builder',
  ) {}

  /** Whether guest attributes were found unavailable (and the console alone reports). */
  get off(): boolean {
    return this.unavailable;
  }

  /** `status` as the wrapper wrote it (`running`, `exit=3`), or undefined when there is none. */
  async read(ctx: RunContext): Promise<string | undefined> {
    return (await this.readAll(ctx))?.get(STATUS_KEY);
  }

  /**
   * Every attribute in STATUS_NAMESPACE (key → value): empty when nothing was written yet,
   * undefined when guest attributes cannot be read.
   */
  async readAll(ctx: RunContext): Promise<Map<string, string> | undefined> {
    if (this.unavailable) return undefined;
    try {
      const [attrs] = await call(ctx, 'read guest attributes', () =>
        this.clients.instances.getGuestAttributes(
          { ...this.builder, queryPath: `${STATUS_NAMESPACE}/` },
          CALL,
        ),
      );
      const found = new Map<string, string>();
      for (const item of attrs.queryValue?.items ?? []) {
        if (item.key && typeof item.value === 'string') found.set(item.key, item.value);
      }
      return found;
    } catch (err) {
      // Nothing written yet (GCE answers 404 for an empty namespace).
      if (isNotFound(err)) return new Map();
      if (!isUnavailable(err)) throw err;
      this.unavailable = true;
      ctx.reporter.warning(
        `guest attributes of ${this.role} ${this.builder.instance} are unavailable ` +
          `(${statusOf(err)}: ${(err as Error).message}): the organization policy ${POLICY} ` +
          'or a missing enable-guest-attributes metadata key turns them off, so the exit status ' +
          'is read from the serial console marker alone',
      );
      return undefined;
    }
  }
}
