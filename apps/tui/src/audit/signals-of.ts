import type { CustomerReport } from './report.js';

/** A customer's signals in its evidence's order, once each; one that counted nowhere says so. */
export function signalsOf(row: CustomerReport): string[] {
  const signals = [...new Set(row.evidence.map((evidence) => evidence.signal))];
  return signals.map((signal) =>
    row.evidence.some((evidence) => evidence.signal === signal && evidence.points > 0)
      ? signal
      : `${signal} (discounted)`,
  );
}
