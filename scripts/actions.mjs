// The actions this repository ships: folder name → compiled entry (exports main and post).
export const ACTIONS = [
  { name: 'bake-image', entry: 'lib/actions/bake-image/entry.js', post: true },
];
