const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * A reader that goes away (`worker-image bake | head`) or a disk that fills under a redirect
 * must not kill a command half-way: Node's default for a stream error nobody handles is to
 * crash, and a bake that crashes leaves its builder running. Output that cannot be written is
 * dropped instead (said once on the other stream, when it still takes writes), and the command
 * carries on to its end and its cleanup; its exit status is its own.
 */
export function survivingClosedOutput(
  stream: NodeJS.WritableStream,
  name: string,
  other: NodeJS.WritableStream,
): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  let said = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (said) return;
    said = true;
    try {
      other.write(
        `worker-image: ${name} cannot be written (${err.code ?? err.message}): its output is dropped; the command carries on\n`,
      );
    } catch {
      // The other stream is gone too: nothing to say it on.
    }
  });
}
