// The full GCE definitions, left out of worker-image's bundle (scripts/gce-protos.mjs).
throw new Error('worker-image bundle: a Compute client loaded the full definitions; import each client from @google-cloud/compute/build/src/v1/<service>_client.js so that it gets its own');
