import { invalidParameter } from './errors.js';

/**
 * Gallery and image definition names. Azure's sources disagree, so a name passes when any of
 * them takes it: resource-name-rules (learn.microsoft.com/azure/azure-resource-manager/
 * management/resource-name-rules#microsoftcompute) has galleries "Alphanumerics and periods.
 * Start and end with alphanumeric." and definitions "Alphanumerics, underscores, hyphens, and
 * periods. Start and end with alphanumeric.", 1-80 characters; the galleries REST page
 * (learn.microsoft.com/rest/api/compute/galleries/create-or-update) has the pattern
 * `^[^_\W][\w-._]{0,79}(?<!(-|_))$` (a final period allowed); the portal (MicrosoftDocs/
 * azure-docs#128302) "only English letters, numbers, underscores, and periods"; ARM's own
 * refusal (learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images) quotes
 * `^[^_\W][\w-._]{0,79}(?<![-.])$` (a final underscore allowed). All start with a letter or
 * digit, stay within word characters, `.` and `-`, at most 80, and none ends in `-`.
 * The refusal is that page's: "The entity name 'galleryName' is invalid according to its
 * validation rule: ^[^_\W][\w-._]{0,79}(?<![-.])$."; its code is InvalidParameter, as
 * Azure/azure-rest-api-specs' Compute examples show the same message for 'dataDisk.name'.
 */

/** `\w` as .NET, which evaluates those patterns, reads it: letters of any script included. */
const ACCEPTED = /^(?!_)[\p{L}\p{Mn}\p{Nd}\p{Pc}][\p{L}\p{Mn}\p{Nd}\p{Pc}.-]{0,79}$/u;

function checkName(name: string, entity: string): void {
  if (ACCEPTED.test(name) && !name.endsWith('-')) return;
  throw invalidParameter(
    `The entity name '${entity}' is invalid according to its validation rule: ^[^_\\W][\\w-._]{0,79}(?<![-.])$.`,
  );
}

export const checkGalleryName = (name: string): void => checkName(name, 'galleryName');

export const checkDefinitionName = (name: string): void => checkName(name, 'galleryImageName');
