import { machineTypeProblem } from '../../naming/gce-machine-types.js';
import { invalidField } from './errors.js';

/**
 * An insert's machine type, refused as GCE refuses one that does not exist: "Invalid value for
 * field 'resource.machineType': 'zones/us-central1-a/machineTypes/n1-standard-99'. Machine type
 * with name 'n1-standard-99' does not exist in zone 'us-central1-a'." (400 invalid, as
 * Terraform users quote it).
 */
export function checkMachineType(given: string, zone: string): string {
  const path = given.includes('/') ? given : `zones/${zone}/machineTypes/${given}`;
  const name = path.split('/').pop() ?? '';
  if (machineTypeProblem(name) !== undefined) {
    throw invalidField(
      'resource.machineType',
      given,
      `Machine type with name '${name}' does not exist in zone '${zone}'.`,
    );
  }
  return path;
}
