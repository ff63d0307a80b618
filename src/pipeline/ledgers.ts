import { ResourceLedger, type Cloud, type CreatedResource } from '../steps/resources.js';

/**
 * One ledger per cloud, so a failing bake cleans up only what it created while the others
 * go on, persisted together (the post step sees every cloud's leftovers).
 */
export class LedgerSet {
  private readonly ledgers = new Map<Cloud, ResourceLedger>();

  constructor(private readonly persist: (items: CreatedResource[]) => void = () => {}) {}

  for(cloud: Cloud): ResourceLedger {
    let ledger = this.ledgers.get(cloud);
    if (!ledger) {
      ledger = new ResourceLedger(() => this.persist(this.list()));
      this.ledgers.set(cloud, ledger);
    }
    return ledger;
  }

  list(): CreatedResource[] {
    return [...this.ledgers.values()].flatMap((l) => l.list());
  }
}
