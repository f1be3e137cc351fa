/**
 * A customer list that cannot be audited: a file that cannot be read, a bad CSV
 * line, two customers with one name. Its message names the problem and where, never
 * a line's values (one may be a password). The CLI turns it into bad input (exit 2),
 * the UI into a message on the audit's screen.
 */
export class CustomersError extends Error {
  override readonly name = 'CustomersError';
}
