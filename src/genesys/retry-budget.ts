/** The time one inbound request may spend on upstream calls, retries and their waits included. */
export class RetryBudget {
  constructor(readonly deadline: number) {}

  static startingNow(budgetMs: number): RetryBudget {
    return new RetryBudget(Date.now() + budgetMs);
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }
}
