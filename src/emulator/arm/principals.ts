import { ArmError } from './errors.js';

/**
 * The directory role assignments name principals from: the users, groups and service
 * principals a test seeds, and the service principals the emulator itself makes (a VM's
 * system-assigned identity, a user-assigned identity). A principal made moments ago is not
 * in every directory replica yet.
 */

/** The emulator's one tenant (directory). */
export const TENANT = '00000000-0000-4000-8000-00000000d1e0';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device'];

export interface SeedPrincipal {
  /** The object id. */
  id: string;
  /** Default `User`. */
  type?: string;
  /** Created just now, so still replicating (`principalReplicationLag`); default: long ago. */
  fresh?: boolean;
}

export interface Principal {
  id: string;
  type: string;
  /** Epoch ms. */
  created: number;
}

export class PrincipalDirectory {
  private readonly principals = new Map<string, Principal>();

  seed(seed: SeedPrincipal): { id: string; type: string; created: string } {
    if (typeof seed?.id !== 'string' || !GUID.test(seed.id)) {
      throw new TypeError(`principal id must be an object id (a GUID), got ${String(seed?.id)}`);
    }
    const type = seed.type ?? 'User';
    if (!PRINCIPAL_TYPES.includes(type)) {
      throw new TypeError(`principal type must be one of ${PRINCIPAL_TYPES.join(', ')}`);
    }
    const principal = this.add(seed.id, type, seed.fresh ? Date.now() : 0);
    return { id: principal.id, type, created: new Date(principal.created).toISOString() };
  }

  /** A principal made now (a managed identity's service principal). */
  add(id: string, type = 'ServicePrincipal', created = Date.now()): Principal {
    const principal = { id: id.toLowerCase(), type, created };
    this.principals.set(principal.id, principal);
    return principal;
  }

  /** The principal as a replica `lag` ms behind sees it. */
  find(id: string, lag: number): Principal | undefined {
    const principal = this.principals.get(id.toLowerCase());
    return principal && Date.now() - principal.created >= lag ? principal : undefined;
  }

  clear(): void {
    this.principals.clear();
  }
}

/** As ARM words it, the id without dashes (Azure/avdaccelerator#76, MicrosoftDocs/azure-docs#92278). */
export function principalNotFound(id: string): ArmError {
  return new ArmError(
    400,
    'PrincipalNotFound',
    `Principal ${id.replace(/-/g, '').toLowerCase()} does not exist in the directory ${TENANT}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype`,
  );
}
