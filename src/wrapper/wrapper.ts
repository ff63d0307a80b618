/**
 * The builder wrapper: the startup script a builder VM actually runs. It runs the user's
 * rendered script, reports how it ended where the bake can read it, and powers the VM off
 * whether the script succeeded or failed, so a failing script can never hang a bake.
 *
 * How it reports, in order of preference for the reader:
 *  - GCE guest attribute `worker-image/status` (`running`, then `exit=<code>`), written with
 *    a PUT to the metadata server, which needs no IAM permission;
 *  - a console marker line `worker-image-status[<nonce>]: exit=<code>` on stdout, which
 *    reaches the serial console; the nonce keeps a script's own output from faking it.
 *
 * Scripts written for the hand-run flow end with `shutdown -h now`. Inside the wrapper,
 * `shutdown`, `poweroff` and `halt` are deferred (a shim first on PATH) so the status is
 * always reported before the VM goes down.
 */

export interface WrapOptions {
  /** Marks the console status line; use the run id. `[a-z0-9-]` only. */
  nonce: string;
  /** Report through GCE guest attributes as well as the console marker. */
  guestAttributes: boolean;
  /**
   * Power the VM off at the end (default true). Off where the bake drives the VM through an
   * API afterwards (Azure: run-command returns the output, then deprovision and deallocate).
   */
  powerOff?: boolean;
  /**
   * Run the script at most once per boot (Azure's run-command): a repeated request, such as a
   * retry after an answer that was lost, reports the first run's exit status instead of
   * running the script again. The record lives in /run, which no image keeps.
   */
  once?: boolean;
}

export const STATUS_NAMESPACE = 'worker-image';
export const STATUS_KEY = 'status';
/** What the wrapper prints as it hands over to the provisioning script. */
export const STARTED_LINE = 'worker-image: provisioning script started';

/** The console marker the wrapper prints, as a RegExp that captures the exit code. */
export function statusMarker(nonce: string): RegExp {
  return new RegExp(`worker-image-status\\[${nonce}\\]: exit=(\\d+)`);
}

/** Parses a guest-attribute or marker value (`exit=3`) into an exit code; `running` gives null. */
export function parseStatus(value: string): number | null {
  const m = /^exit=(\d+)$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

/**
 * The shell function `report KEY VALUE` both the wrapper and the verify script use: a GCE
 * guest attribute in STATUS_NAMESPACE, written with a PUT to the metadata server (curl, else
 * wget). A refusal (an organization policy, or guest attributes not enabled) is said once and
 * stays a refusal; the console lines still report. Without guest attributes it does nothing.
 */
export function reportFunction(guestAttributes: boolean): string {
  if (!guestAttributes) return `report() { :; }`;
  return `wi_metadata="\${WORKER_IMAGE_METADATA_URL:-http://metadata.google.internal/computeMetadata/v1}"
wi_report=on
report() {
  [ "$wi_report" = on ] || return 0
  curl -fsS -m 10 --retry 5 --retry-connrefused -X PUT -H 'Metadata-Flavor: Google' \\
    --data "$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" >/dev/null 2>&1 ||
    wget -q -T 10 -t 5 -O /dev/null --method=PUT --header='Metadata-Flavor: Google' \\
      --body-data="$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" 2>/dev/null ||
    { wi_report=off; echo "worker-image: could not write guest attribute $1 (the console marker still reports it)"; }
}`;
}

/**
 * The guard of a script run at most once per boot: where the first run's status is kept
 * (/run, a tmpfs cleared at every boot and never part of an image; WORKER_IMAGE_RUN_DIR
 * elsewhere), and a repeated run that finds it reports it and stops.
 */
function onceGuard(nonce: string): string {
  return `wi_once="\${WORKER_IMAGE_RUN_DIR:-/run}/worker-image"
mkdir -p "$wi_once" && chmod 700 "$wi_once"
if [ -f "$wi_once/${nonce}.exit" ]; then
  code="$(cat "$wi_once/${nonce}.exit")"
  echo "worker-image: the provisioning script already ran in this boot (this is a repeated request); its output went to the first request"
  echo "worker-image-status[${nonce}]: exit=$code"
  exit 0
fi
`;
}

export function wrapScript(userScript: string, opts: WrapOptions): string {
  if (!/^[a-z0-9-]+$/.test(opts.nonce)) {
    throw new Error(`wrapper nonce must match [a-z0-9-]+, got ${JSON.stringify(opts.nonce)}`);
  }
  const payload = Buffer.from(userScript, 'utf8')
    .toString('base64')
    .replace(/.{1,76}/g, '$&\n');
  const report = reportFunction(opts.guestAttributes);
  return `#!/bin/bash
# worker-image builder wrapper (generated). Runs the provisioning script, reports its exit
# status, and powers the VM off whatever the outcome.
set -u
wi_dir="$(mktemp -d -t worker-image.XXXXXX)"
# The rendered script may hold secrets: it must not end up in the image.
trap 'rm -rf "$wi_dir"' EXIT
mkdir -p "$wi_dir/bin"
base64 -d > "$wi_dir/script.sh" <<'WORKER_IMAGE_PAYLOAD'
${payload}WORKER_IMAGE_PAYLOAD
for cmd in shutdown poweroff halt; do
  printf '#!/bin/sh\\necho "worker-image: $(basename "$0") deferred until the status is reported"\\n' > "$wi_dir/bin/$cmd"
  chmod +x "$wi_dir/bin/$cmd"
done
${report}
${opts.once ? onceGuard(opts.nonce) : ''}report ${STATUS_KEY} running
echo "${STARTED_LINE}"
PATH="$wi_dir/bin:$PATH" bash "$wi_dir/script.sh" < /dev/null
code=$?
echo "worker-image: provisioning script exited with status $code"
report ${STATUS_KEY} "exit=$code"
${
  opts.once
    ? `echo "$code" > "$wi_once/${opts.nonce}.exit"
`
    : ''
}echo "worker-image-status[${opts.nonce}]: exit=$code"
rm -rf "$wi_dir"
sync
${opts.powerOff === false ? 'exit 0' : 'shutdown -h now || poweroff'}
`;
}
