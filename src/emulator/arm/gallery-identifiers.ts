import { conflict } from './errors.js';
import { asObject, type Json, type Target } from './resources.js';
import type { ArmContext } from './context.js';

/**
 * Within a gallery, "all image definitions must have a unique combination of publisher,
 * offer, and SKU"; the refusal, as learn.microsoft.com/azure/virtual-machines/
 * troubleshooting-shared-images lists it: "Gallery image: <imageDefinitionName> identified by
 * (publisher:<Publisher>, offer:<Offer>, sku:<SKU>) already exists. Choose a different
 * publisher, offer, sku combination." The name is the existing definition's. Its status and code (409 OperationNotAllowed) are the
 * emulator's; no public source names them. Values compare as given: nothing public says
 * Azure folds their case.
 */
export function checkIdentifierFree(ctx: ArmContext, t: Target, identifier: Json): void {
  const galleryId = t.id.split('/').slice(0, -2).join('/');
  const key = (id: Json): string => JSON.stringify([id.publisher, id.offer, id.sku]);
  const taken = ctx.state
    .children(galleryId)
    .find(
      (r) =>
        r.kind === 'galleryImage' &&
        !r.deleting &&
        key(asObject(r.properties.identifier)) === key(identifier),
    );
  if (!taken) return;
  throw conflict(
    'OperationNotAllowed',
    `Gallery image: ${taken.name} identified by (publisher:${String(identifier.publisher)}, offer:${String(identifier.offer)}, sku:${String(identifier.sku)}) already exists. Choose a different publisher, offer, sku combination.`,
  );
}
