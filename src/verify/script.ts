import { reportFunction } from '../wrapper/wrapper.js';

/**
 * The verify script: what a VM booted from a new image runs as its startup script. It marks
 * the VM ready (the moment boot reached the startup script, with the VM's clock then), runs
 * each check with its own time limit, and reports each check's exit status and duration where
 * worker-image reads them: a GCE guest attribute per check, and a console line per check
 * marked with the run's nonce.
 * It leaves the VM running; worker-image deletes it.
 *
 * A check runs with bash, its name in WORKER_IMAGE_CHECK, its stdin empty. Its own output
 * reaches the console (its last lines, prefixed with its name) with any marker text defused,
 * so a check cannot report for another one.
 */

export interface VerifyCheck {
  /** As named in worker-image.yml (`docker-info`); shown, never parsed. */
  name: string;
  /** The rendered shell command. */
  command: string;
  /** Seconds the check may take before it is stopped and fails. */
  timeoutSeconds: number;
}

export interface VerifyScriptOptions {
  /** Marks the console lines; use the run id. `[a-z0-9-]` only. */
  nonce: string;
  /** Report through GCE guest attributes as well as the console. */
  guestAttributes: boolean;
  checks: readonly VerifyCheck[];
}

/** Lines of a check's output kept for the console. */
export const CHECK_OUTPUT_LINES = 20;
/** The guest attribute keys, in STATUS_NAMESPACE. */
export const READY_KEY = 'verify-ready';
export const DONE_KEY = 'verify-done';
export const checkKey = (index: number): string => `verify-check-${index}`;

function base64Lines(text: string): string {
  return Buffer.from(text, 'utf8')
    .toString('base64')
    .replace(/.{1,76}/g, '$&\n');
}

/** A shell word for a name: single-quoted. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function verifyScript(opts: VerifyScriptOptions): string {
  if (!/^[a-z0-9-]+$/.test(opts.nonce)) {
    throw new Error(`verify nonce must match [a-z0-9-]+, got ${JSON.stringify(opts.nonce)}`);
  }
  const marker = `worker-image-verify[${opts.nonce}]`;
  const report = reportFunction(opts.guestAttributes);
  const checks = opts.checks.map((check, index) => {
    if (!Number.isInteger(check.timeoutSeconds) || check.timeoutSeconds < 1) {
      throw new Error(`check ${check.name}: timeoutSeconds must be a whole number of seconds ≥ 1`);
    }
    return `base64 -d > "$wi_dir/check-${index}.sh" <<'WORKER_IMAGE_CHECK'
${base64Lines(check.command)}WORKER_IMAGE_CHECK
wi_check ${index} ${quoted(check.name)} ${check.timeoutSeconds}`;
  });
  return `#!/bin/bash
# worker-image verify script (generated). Marks the VM ready, runs each check with its own
# time limit and reports its exit status and duration. The VM stays up: worker-image deletes it.
set -u
wi_dir="$(mktemp -d -t worker-image-verify.XXXXXX)"
trap 'rm -rf "$wi_dir"' EXIT
${report}
# Milliseconds since the epoch: bash 5's clock, else date's seconds.
wi_ms() {
  local t="\${EPOCHREALTIME:-}"
  if [ -n "$t" ]; then t="\${t//[.,]/}"; echo $((10#$t / 1000)); else echo $(($(date +%s) * 1000)); fi
}
wi_uptime=0
read -r wi_uptime _ 2>/dev/null < /proc/uptime || true
wi_at="$(wi_ms)"
report ${READY_KEY} "uptime=$wi_uptime at=$wi_at"
echo "${marker}: ready uptime=$wi_uptime at=$wi_at"
wi_failed=0
wi_check() {
  local index="$1" name="$2" limit="$3" start code ms
  echo "worker-image: check $name started (limit \${limit}s)"
  start="$(wi_ms)"
  WORKER_IMAGE_CHECK="$name" timeout --kill-after=5 "$limit" bash "$wi_dir/check-$index.sh" \
    < /dev/null > "$wi_dir/out-$index" 2>&1
  code=$?
  ms=$(($(wi_ms) - start))
  tail -n ${CHECK_OUTPUT_LINES} "$wi_dir/out-$index" | sed -e 's/worker-image-verify\\[/worker-image-verify(/g' -e "s/^/  [$name] /"
  [ "$code" -eq 0 ] || wi_failed=$((wi_failed + 1))
  report "verify-check-$index" "exit=$code ms=$ms"
  echo "${marker}: check=$index exit=$code ms=$ms"
}
${checks.join('\n')}
report ${DONE_KEY} "failed=$wi_failed"
echo "${marker}: done failed=$wi_failed"
`;
}
