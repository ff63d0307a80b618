import type { Durations } from '../durations.js';
import type { Hazards } from '../hazards.js';
import type { OperationFault } from '../faults.js';
import type { Timers } from '../timers.js';
import type { Outcomes } from '../vm/outcomes.js';
import type { QueryParams } from './query.js';
import type { Ec2State, RegionState } from './state.js';
import type { XmlObject } from './xml.js';

export interface Ec2Context {
  state: Ec2State;
  timers: Timers;
  durations: () => Durations;
  hazards: () => Hazards;
  outcomes: Outcomes;
  log: (line: string) => void;
  bash: string | undefined;
}

/** One EC2 API call: its region (from the signature's credential scope) and parameters. */
export interface Ec2Request {
  region: RegionState;
  q: QueryParams;
  /** An injected fault for the long-running part of this call (image creation, boot). */
  operationFault: () => OperationFault['operationError'] | undefined;
  /** `DryRun=true`: the action checks the request, then `stopIfDryRun` answers DryRunOperation. */
  dryRun: boolean;
}

export type Action = (req: Ec2Request) => XmlObject | Promise<XmlObject>;
