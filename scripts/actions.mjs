// The actions this repository ships: folder name → compiled entry (exports main, and post
// when the action has a post step).
export const ACTIONS = [
  { name: 'bake-image', entry: 'lib/actions/bake-image/entry.js', post: true },
  {
    name: 'replicate-gallery-version',
    entry: 'lib/actions/replicate-gallery-version/entry.js',
    post: false,
  },
  {
    name: 'bump-version-reference',
    entry: 'lib/actions/bump-version-reference/entry.js',
    post: false,
  },
];
