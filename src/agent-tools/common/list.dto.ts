/** The contract's list envelope. */
export interface ListResult<T> {
  entities: T[];
  /** Number of entities returned. */
  total: number;
  /** More entities exist than were returned. */
  truncated: boolean;
}
