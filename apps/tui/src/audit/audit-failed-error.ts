/**
 * An audit that stopped after its customers were read: its message is already the
 * error described and masked of the source's secrets and every customer's password,
 * so the UI shows it as it is.
 */
export class AuditFailedError extends Error {
  override readonly name = 'AuditFailedError';
}
