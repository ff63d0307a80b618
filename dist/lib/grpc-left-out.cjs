// gRPC, left out of worker-image's bundle (scripts/bundle.mjs): the Compute clients speak REST.
const leftOut = (what) =>
  new Error('worker-image bundle: ' + what + ' (gRPC) was left out of the bundle; the Compute clients speak REST');
class Client {
  constructor() {
    throw leftOut('grpc.Client');
  }
}
module.exports = { Client };
