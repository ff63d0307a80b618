import type { BakedImage } from '../github/pr-body.js';
import { readManifestFile } from '../manifest/read.js';
import type { PackerManifest } from '../manifest/packer.js';

/** The images the manifests' last runs baked, for the pull request's description. */
export async function imagesFromManifests(paths: string[]): Promise<BakedImage[]> {
  const images: BakedImage[] = [];
  for (const path of paths) {
    const manifest = (await readManifestFile(path)) as PackerManifest;
    for (const b of manifest.builds.filter((b) => b.packer_run_uuid === manifest.last_run_uuid)) {
      images.push({
        cloud: b.custom_data.cloud ?? b.name,
        name: b.custom_data.image_name ?? b.artifact_id,
        id: b.custom_data.image_id ?? b.artifact_id,
      });
    }
  }
  return images;
}
