import type { Column } from '../../data/columns.js';
import { toCsv } from '../../export/csv.js';
import { cells, fit, plural, printable } from '../../format.js';
import type { AuditReport, CustomerReport } from '../../audit/report.js';
import { signalsOf } from '../../audit/signals-of.js';

/** A long label is cut in the table; `--json` and `--csv` keep it whole. */
const MAX_NAME_CELLS = 32;

const column = (
  key: string,
  align: 'left' | 'right',
  value: (row: CustomerReport) => string | number,
): Column<CustomerReport> => ({
  key,
  title: key,
  width: key.length,
  align,
  cell: (row) => String(value(row)),
  value,
});

/** The CSV's columns: one row per customer, in the report's order. */
const CSV_COLUMNS: readonly Column<CustomerReport>[] = [
  column('customer', 'left', (row) => row.customer),
  column('code', 'left', (row) => row.code),
  column('risk', 'left', (row) => row.risk),
  column('score', 'right', (row) => row.score),
  column('sessions', 'right', (row) => row.sessions),
  column('signals', 'left', (row) => signalsOf(row).join('; ')),
  column('error', 'left', (row) => row.error ?? ''),
];

/** The table's columns; a customer that could not be read shows its error where the signals go. */
const TABLE_COLUMNS: readonly Column<CustomerReport>[] = [
  column('customer', 'left', (row) => row.customer),
  column('code', 'left', (row) => row.code),
  column('risk', 'left', (row) => (row.error === undefined ? row.risk : 'error')),
  column('sessions', 'right', (row) => row.sessions),
  column('signals', 'left', (row) => row.error ?? (signalsOf(row).join(', ') || '-')),
];

/** `--csv`: one row per customer (RFC 4180); the evidence itself is in `--json`. */
export function csvReport(report: AuditReport): string {
  return toCsv(CSV_COLUMNS, report.customers);
}

/** `--json`: the report as one object. */
export function jsonReport(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Rows of cells, each column as wide as its widest cell (the name at most {@link MAX_NAME_CELLS}), the last unpadded. */
function table(rows: readonly CustomerReport[]): string[] {
  const widths = TABLE_COLUMNS.map((col, index) =>
    index === TABLE_COLUMNS.length - 1
      ? 0
      : Math.min(
          Math.max(cells(col.title), ...rows.map((row) => cells(printable(col.cell(row))))),
          col.key === 'customer' ? MAX_NAME_CELLS : Infinity,
        ),
  );
  const line = (texts: readonly string[]) =>
    texts
      .map((text, index) => {
        const width = widths[index] ?? 0;
        const align = TABLE_COLUMNS[index]?.align ?? 'left';
        return width === 0 ? printable(text) : fit(text, width, align);
      })
      .join('  ')
      .trimEnd();
  return [
    line(TABLE_COLUMNS.map((col) => col.title)),
    ...rows.map((row) => line(TABLE_COLUMNS.map((col) => col.cell(row)))),
  ];
}

/** Each judged customer's evidence in words, those with none left out. */
function evidenceLines(report: AuditReport): string[] {
  return report.customers
    .filter((row) => row.evidence.length > 0)
    .flatMap((row) => [
      `${printable(row.customer)} (${row.risk}, ${plural(row.score, 'point')}):`,
      // A discounted row's detail says so, and names the shared network.
      ...row.evidence.map((evidence) => `  ${evidence.signal}: ${printable(evidence.detail)}`),
    ]);
}

/** The table for people: the ranking, the evidence behind it, the shared networks, and the limits. */
export function textReport(report: AuditReport, showIps: boolean): string {
  const { period, customers, sharedNetworks, skipped } = report;
  const sections = [
    [
      `Sharing audit of ${plural(customers.length, 'customer')}, ${period.start} to ${period.end} (Moscow days), highest risk first:`,
      '',
      ...table(customers),
    ],
  ];
  const evidence = evidenceLines(report);
  if (evidence.length > 0) sections.push(['Evidence:', ...evidence]);
  if (sharedNetworks.length > 0) {
    sections.push([
      'Shared networks (an office, a school, a carrier: evidence on them counts 0):',
      ...sharedNetworks.map(
        (shared) =>
          `  ${shared.network}: ${plural(shared.customers.length, 'customer')}, ${plural(shared.sessionCount, 'session')} (${shared.customers.map(printable).join(', ')})`,
      ),
    ]);
  }
  const unjudged = [
    skipped.unknownCountries.length > 0 &&
      `countries the travel check does not know: ${skipped.unknownCountries.map(printable).join(', ')}`,
    skipped.unreadableIps > 0 && plural(skipped.unreadableIps, 'session') + ' with no IP address',
    skipped.unreadableTimes > 0 &&
      plural(skipped.unreadableTimes, 'session') + ' with no start time',
  ].filter((text) => text !== false);
  if (unjudged.length > 0) sections.push([`Not judged: ${unjudged.join('; ')}.`]);
  sections.push([
    `${showIps ? '' : 'IP addresses are masked (--show-ips shows them); '}--json has every detail.`,
    'A risk is worth a look, not a proof: the API gives no end time, duration or view count of a session.',
  ]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
