/**
 * Programs first on an emulated VM's PATH. The wrapper runs the user's provisioning script as
 * `bash <file>`; the `bash` shim stands in for it (checks its syntax as bash would, then
 * succeeds, fails or hangs as the test asked), so the real wrapper runs end to end without
 * the user's script touching this machine. The verify script runs each check the same way with
 * the check's name in WORKER_IMAGE_CHECK: the shim stands in for the check as the VM's check
 * rules say (see Outcomes.checksFor). Commands that would change the machine itself
 * (power off, deprovision) are only recorded; the emulator acts on the record.
 */

export const ENV = {
  dir: 'WORKER_IMAGE_EMULATOR_DIR',
  outcome: 'WORKER_IMAGE_EMULATOR_OUTCOME',
  scriptSeconds: 'WORKER_IMAGE_EMULATOR_SCRIPT_SECONDS',
  /** What the stand-in prints before it ends, as the user's script would. */
  output: 'WORKER_IMAGE_EMULATOR_OUTPUT',
  /** The VM's check rules, one per line: `check outcome seconds` (`*`: every check). */
  checks: 'WORKER_IMAGE_EMULATOR_CHECKS',
} as const;

/** What the verify script names the running check (src/verify/script.ts). */
const CHECK_VAR = 'WORKER_IMAGE_CHECK';

/** File in the VM's emulator directory: one line per recorded command, `name args...`. */
export const ACTIONS_FILE = 'guest-actions';

export const POWER_OFF_COMMANDS = ['shutdown', 'poweroff', 'halt'] as const;

/** Whether the guest asked to go down (`shutdown -h now`, `poweroff`, ...). */
export function requestedPowerOff(actions: string[]): boolean {
  return actions.some((a) => (POWER_OFF_COMMANDS as readonly string[]).includes(a.split(' ')[0]!));
}

export function bashShim(realBash: string): string {
  return `#!${realBash}
if [ "$#" -eq 1 ] && [ -f "$1" ] && [ -n "\${${CHECK_VAR}:-}" ]; then
  ${realBash} -n "$1" || exit 2
  wi_outcome=success wi_seconds=0
  while read -r wi_name wi_rule wi_secs; do
    if [ "$wi_name" = '*' ] || [ "$wi_name" = "$${CHECK_VAR}" ]; then
      wi_outcome="$wi_rule" wi_seconds="$wi_secs"; break
    fi
  done <<< "\${${ENV.checks}:-}"
  sleep "$wi_seconds"
  case "$wi_outcome" in
    hang) echo "emulator: check $${CHECK_VAR} hangs"; while :; do sleep 3600; done ;;
    exit:*) echo "emulator: check $${CHECK_VAR} fails"; exit "\${wi_outcome#exit:}" ;;
    *) echo "emulator: check $${CHECK_VAR} passes"; exit 0 ;;
  esac
fi
if [ "$#" -eq 1 ] && [ -f "$1" ]; then
  ${realBash} -n "$1" || exit 2
  echo "emulator: running provisioning script $(basename "$1") ($(awk 'END { print NR }' "$1") lines) as a stand-in"
  echo "emulator: outcome \${${ENV.outcome}} after \${${ENV.scriptSeconds}}s"
  sleep "\${${ENV.scriptSeconds}}"
  if [ -n "\${${ENV.output}:-}" ]; then printf '%s\\n' "\${${ENV.output}}"; fi
  case "\${${ENV.outcome}}" in
    hang)
      echo "emulator: provisioning script hangs"
      while :; do sleep 3600; done ;;
    exit:*)
      code="\${${ENV.outcome}#exit:}"
      echo "emulator: provisioning script fails with exit status $code"
      exit "$code" ;;
    *)
      echo "emulator: provisioning script finished"
      exit 0 ;;
  esac
fi
exec ${realBash} "$@"
`;
}

/** A command that only records its call; `note` says what the emulator does about it. */
export function recordingShim(realBash: string, note: string): string {
  return `#!${realBash}
echo "emulator: $(basename "$0") $*: ${note}"
echo "$(basename "$0") $*" >> "\${${ENV.dir}}/${ACTIONS_FILE}"
`;
}
