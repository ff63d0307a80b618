// google-gax's IAM, Locations and Operations protos, left out of worker-image's bundle (scripts/bundle.mjs).
module.exports = new Proxy({}, {
  get(_, key) {
    if (key === '__esModule' || typeof key === 'symbol') return undefined;
    throw new Error('worker-image bundle: google-gax ' + String(key) + ' (IAM/Locations/Operations protos) was left out of the bundle');
  },
});
