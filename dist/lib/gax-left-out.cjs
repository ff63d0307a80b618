// google-gax's IAM and Locations protos, left out of worker-image's bundle (scripts/bundle.mjs).
module.exports = new Proxy({}, {
  get(_, key) {
    if (key === '__esModule' || typeof key === 'symbol') return undefined;
    throw new Error('worker-image bundle: google-gax ' + String(key) + ' (IAM/Locations protos) was left out of the bundle');
  },
});
