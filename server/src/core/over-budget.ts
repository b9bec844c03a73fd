/** Thrown when the caller's time budget runs out while a file's candidates or flows are checked. */
export class OverBudget extends Error {
  constructor() {
    super('over the time budget');
  }
}
