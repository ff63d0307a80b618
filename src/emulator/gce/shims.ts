/**
 * Programs first on the emulated VM's PATH. The wrapper runs the user's provisioning
 * script as `bash <file>`; the `bash` shim stands in for it (checks its syntax as bash
 * would, then succeeds, fails or hangs as the test asked), so the real wrapper runs end to
 * end without the user's script touching this machine. Power-off commands only record that
 * the VM asked to go down: the emulator stops it when the startup script ends.
 */

export const ENV = {
  dir: 'WORKER_IMAGE_EMULATOR_DIR',
  outcome: 'WORKER_IMAGE_EMULATOR_OUTCOME',
  scriptSeconds: 'WORKER_IMAGE_EMULATOR_SCRIPT_SECONDS',
} as const;

/** File in the VM's emulator directory whose presence means "power off when the script ends". */
export const POWER_OFF_FLAG = 'power-off-requested';

export function bashShim(realBash: string): string {
  return `#!${realBash}
if [ "$#" -eq 1 ] && [ -f "$1" ]; then
  ${realBash} -n "$1" || exit 2
  echo "emulator: running provisioning script $(basename "$1") ($(awk 'END { print NR }' "$1") lines) as a stand-in"
  echo "emulator: outcome \${${ENV.outcome}} after \${${ENV.scriptSeconds}}s"
  sleep "\${${ENV.scriptSeconds}}"
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

export function powerOffShim(realBash: string): string {
  return `#!${realBash}
echo "emulator: $(basename "$0") $*: powering off once the startup script ends"
: > "\${${ENV.dir}}/${POWER_OFF_FLAG}"
`;
}
