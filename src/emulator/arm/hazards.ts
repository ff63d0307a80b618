import type { HazardTable } from '../hazard-spec.js';

/** Azure Resource Manager's documented hazards. */
export const ARM_HAZARDS = {
  deprovisionStopsAgent: {
    default: true,
    off: false,
    unit: 'on/off',
    what: 'a run-command that runs `waagent -deprovision` never completes (the agent running it is stopped) and keeps the extension busy: later run-commands answer 409 Conflict',
    source:
      'https://github.com/Azure/WALinuxAgent/issues/3547, #2006, #365, #489 ("not a suggested or supported pattern")',
  },
  runCommandCap: {
    default: 90 * 60 * 1000,
    off: 0,
    unit: 'ms',
    what: 'run-command stops a script after 90 minutes',
    source:
      'https://learn.microsoft.com/azure/virtual-machines/linux/run-command ("The maximum time a script can run is 90 minutes")',
  },
} satisfies HazardTable;
