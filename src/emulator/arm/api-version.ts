import { ArmError } from './errors.js';

/**
 * ARM's refusal of an `api-version` it cannot read, as Azure/azure-cli#28038 and
 * ansible-collections/azure#1739 quote it: "(InvalidApiVersionParameter) The api-version
 * '2023-02-01' is invalid. The supported versions are '2023-07-01, …'." Only malformed
 * versions are refused here: clients speak many well-formed ones the emulator serves alike.
 * Those lists show Microsoft.Resources still serving '2014-04', so a month-only date passes.
 */

const WELL_FORMED =
  /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?(-(preview|beta|alpha|privatepreview))?$/i;

/** The versions this emulator's own clients speak; the list in the message is the emulator's. */
const SUPPORTED = ['2026-03-01', '2025-07-01', '2025-03-03', '2024-03-03', '2022-03-03'];

export function checkApiVersion(apiVersion: string): void {
  if (WELL_FORMED.test(apiVersion)) return;
  throw new ArmError(
    400,
    'InvalidApiVersionParameter',
    `The api-version '${apiVersion}' is invalid. The supported versions are '${SUPPORTED.join(',')}'.`,
  );
}
