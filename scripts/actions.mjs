// The actions this repository ships, each started by stubs in dist/<name>/ that run its step
// from the one shared bundle (dist/lib/, built from BUNDLE_ENTRY): index.js runs main, post.js
// runs post when the action has a post step. `dir` is the folder of its action.yml when that
// is not NAME/.
export const BUNDLE_ENTRY = 'lib/bundle/entry.js';

export const ACTIONS = [
  // The root action.yml: the whole pipeline.
  { name: 'pipeline', dir: '.', post: true },
  { name: 'bake-image', post: true },
  { name: 'replicate-gallery-version', post: false },
  { name: 'share-image', post: false },
  { name: 'verify-image', post: true },
  { name: 'bump-version-reference', post: false },
];
