// web-streams-polyfill, left out of worker-image's bundle (scripts/bundle.mjs): Node has web streams.
throw new Error('worker-image bundle: web-streams-polyfill was left out of the bundle; this Node has no ReadableStream (node:stream/web): run Node 20 or later');
