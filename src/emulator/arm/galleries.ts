import type { ArmContext, ArmRequest, Route } from './context.js';
import { listRoutes } from './lists.js';
import { conflict, invalidParameter } from './errors.js';
import { checkIdentifierFree } from './gallery-identifiers.js';
import { checkDefinitionName, checkGalleryName } from './gallery-names.js';
import { galleryProperties, sharingProfileOnPut } from './gallery-sharing.js';
import { DEFINITION_TYPE, GALLERY_TYPE } from './images.js';
import {
  asObject,
  deleteResource,
  findResource,
  listChildren,
  putResource,
  resourceJson,
  target,
  type Json,
  type PutSpec,
} from './resources.js';
import type { ArmResource } from './state.js';

/** Compute galleries and their image definitions (what a version belongs to). */

const gallerySpec: PutSpec = {
  kind: 'gallery',
  properties: (_ctx, req, _location, existing) => {
    checkGalleryName(req.params.gallery!);
    const properties = asObject(req.body.properties);
    const sharingProfile = sharingProfileOnPut(properties, existing);
    return {
      ...properties,
      identifier: existing?.properties.identifier ?? {
        uniqueName: `${req.params.subscription}-${req.params.gallery!.toUpperCase()}`,
      },
      ...(sharingProfile ? { sharingProfile } : {}),
    };
  },
};

/** Fields a definition is created with that can never change afterwards. */
const IMMUTABLE = ['osType', 'osState', 'hyperVGeneration', 'identifier'] as const;

function definitionProperties(
  ctx: ArmContext,
  req: ArmRequest,
  existing: ArmResource | undefined,
): Json {
  checkDefinitionName(req.params.image!);
  const p = asObject(req.body.properties);
  if (p.osType !== 'Linux' && p.osType !== 'Windows') {
    throw invalidParameter(
      "Required parameter 'osType' is missing (null) or is not Linux or Windows.",
    );
  }
  if (p.osState !== 'Generalized' && p.osState !== 'Specialized') {
    throw invalidParameter(
      "Required parameter 'osState' is missing (null) or is not Generalized or Specialized.",
    );
  }
  const id = asObject(p.identifier);
  for (const field of ['publisher', 'offer', 'sku']) {
    if (typeof id[field] !== 'string' || id[field] === '') {
      throw invalidParameter(`Required parameter 'identifier.${field}' is missing (null).`);
    }
  }
  const properties: Json = { hyperVGeneration: 'V1', ...p };
  if (!existing) checkIdentifierFree(ctx, target(req, DEFINITION_TYPE), id);
  if (existing) {
    for (const field of IMMUTABLE) {
      if (JSON.stringify(existing.properties[field]) !== JSON.stringify(properties[field])) {
        throw conflict(
          'PropertyChangeNotAllowed',
          `Changing property 'galleryImage.properties.${field}' is not allowed.`,
        );
      }
    }
  }
  return properties;
}

const definitionSpec: PutSpec = {
  kind: 'galleryImage',
  properties: (ctx, req, _location, existing) => definitionProperties(ctx, req, existing),
};

function routes(
  ctx: ArmContext,
  type: string,
  path: string,
  spec: PutSpec,
  properties: (r: ArmResource, req: ArmRequest) => Json = (r) => r.properties,
): Route[] {
  return [
    { method: 'PUT', path, handle: (req) => putResource(ctx, req, target(req, type), spec) },
    {
      method: 'GET',
      path,
      handle: (req) => {
        const r = findResource(ctx, target(req, type));
        return { status: 200, body: resourceJson(r, properties(r, req)) };
      },
    },
    { method: 'DELETE', path, handle: (req) => deleteResource(ctx, req, target(req, type)) },
  ];
}

export function galleryRoutes(ctx: ArmContext): Route[] {
  const gallery = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${GALLERY_TYPE}/:gallery`;
  return [
    ...routes(ctx, GALLERY_TYPE, gallery, gallerySpec, galleryProperties),
    ...listRoutes(ctx, GALLERY_TYPE, (r, req) => resourceJson(r, galleryProperties(r, req))),
    ...routes(ctx, DEFINITION_TYPE, `${gallery}/images/:image`, definitionSpec),
    {
      method: 'GET',
      path: `${gallery}/images`,
      handle: (req) =>
        listChildren(ctx, target(req, GALLERY_TYPE), DEFINITION_TYPE, (r) => resourceJson(r)),
    },
  ];
}
