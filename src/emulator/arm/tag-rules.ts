import { ArmError } from './errors.js';

/**
 * ARM's tag limits (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations):
 * at most 50 tags on a resource or group; names of up to 512 characters, values of up to 256;
 * no `<`, `>`, `%`, `&`, `\`, `?`, `/` or control characters in a name. The codes and wordings
 * are ARM's as Azure's own documentation and tools quote them: InvalidTagNameCharacters (the
 * `az storage account update --tags` example in "Manage tags with Azure CLI"), InvalidTagName
 * and InvalidTagValueLength (Az.Migrate's client-side copy of ARM's checks, Azure/azure-powershell
 * src/Migrate). The count's code is not quoted anywhere public that I found; its 400 and limit are
 * documented.
 */
const MAX_TAGS_PER_RESOURCE = 50;
const NAME_MAX = 512;
const VALUE_MAX = 256;
// eslint-disable-next-line no-control-regex
const RESERVED_IN_NAME = /[<>%&\\?/\u0000-\u001f\u007f]/;

export function checkTags(tags: Record<string, string>): void {
  const entries = Object.entries(tags);
  const badNames = entries.map(([k]) => k).filter((k) => RESERVED_IN_NAME.test(k));
  if (badNames.length > 0) {
    throw new ArmError(
      400,
      'InvalidTagNameCharacters',
      `The tag names '${badNames.join(', ')}' have reserved characters '<,>,%,&,\\,?,/' or control characters.`,
    );
  }
  const longNames = entries.map(([k]) => k).filter((k) => k.length > NAME_MAX);
  if (longNames.length > 0) {
    throw new ArmError(
      400,
      'InvalidTagName',
      `Tag key too large. Following tag name '${longNames.join(', ')}' exceeded the maximum length. Maximum allowed length for tag name - '${NAME_MAX}' characters.`,
    );
  }
  const longValues = entries.map(([, v]) => v).filter((v) => v.length > VALUE_MAX);
  if (longValues.length > 0) {
    throw new ArmError(
      400,
      'InvalidTagValueLength',
      `Tag value too large. Following tag value '${longValues.join(', ')}' exceeded the maximum length. Maximum allowed length for tag value - '${VALUE_MAX}' characters.`,
    );
  }
  if (entries.length > MAX_TAGS_PER_RESOURCE) {
    throw new ArmError(
      400,
      'InvalidTagCount',
      `The number of tags (${entries.length}) exceeds the maximum of ${MAX_TAGS_PER_RESOURCE} tags per resource.`,
    );
  }
}
