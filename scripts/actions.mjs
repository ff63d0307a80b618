// The actions this repository ships: folder name → compiled entry (exports main, and post
// when the action has a post step), and the folder of its action.yml when that is not NAME/.
export const ACTIONS = [
  // The root action.yml: the whole pipeline.
  { name: 'pipeline', dir: '.', entry: 'lib/actions/pipeline/entry.js', post: true },
  { name: 'bake-image', entry: 'lib/actions/bake-image/entry.js', post: true },
  {
    name: 'replicate-gallery-version',
    entry: 'lib/actions/replicate-gallery-version/entry.js',
    post: false,
  },
  {
    name: 'share-image',
    entry: 'lib/actions/share-image/entry.js',
    post: false,
  },
  {
    name: 'bump-version-reference',
    entry: 'lib/actions/bump-version-reference/entry.js',
    post: false,
  },
];
