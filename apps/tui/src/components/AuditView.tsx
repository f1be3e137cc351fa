import { Box, Text } from 'ink';

import type { CustomerReport } from '../audit/report.js';
import { signalsOf } from '../audit/signals-of.js';
import type { Column } from '../data/columns.js';
import { plural, printable } from '../format.js';
import { auditPeriod, setupFields, type AuditState } from '../state/audit.js';
import { AuditTimeline } from './AuditTimeline.js';
import { Bar } from './ProgressBar.js';
import { Spinner } from './Spinner.js';
import { TitledTable } from './TitledTable.js';

export interface AuditViewProps {
  readonly audit: AuditState;
  /** How many customers the demo offers to audit; undefined without demo data. */
  readonly demoCustomers: number | undefined;
  readonly today: string;
  readonly width: number;
  /** Lines the view may take. */
  readonly height: number;
}

const column = (
  title: string,
  width: number,
  align: 'left' | 'right',
  cell: (row: CustomerReport) => string,
  flex = false,
): Column<CustomerReport> => ({
  key: title,
  title,
  width,
  align,
  ...(flex && { flex }),
  cell,
  value: cell,
});

/** The ranked list's columns; a customer that could not be read shows its error where the evidence goes. */
const LIST_COLUMNS: readonly Column<CustomerReport>[] = [
  column('Customer', 20, 'left', (row) => row.customer),
  column('Risk', 6, 'left', (row) => (row.error === undefined ? row.risk : 'error')),
  column('Score', 5, 'right', (row) => (row.error === undefined ? String(row.score) : '')),
  column('Sessions', 8, 'right', (row) => (row.error === undefined ? String(row.sessions) : '')),
  column(
    'Evidence',
    12,
    'left',
    (row) => (row.error === undefined ? signalsOf(row).join(', ') || '-' : `✖ ${row.error}`),
    true,
  ),
];

/** What is going on: the audit reading (a bar), or the problem with the customer list, or the last notice. */
function StatusRow({ audit, width }: { readonly audit: AuditState; readonly width: number }) {
  if (audit.job) {
    const progress = audit.progress;
    if (!progress) return <Spinner label="Reading the customers…" />;
    const failed = progress.failed > 0 ? ` · ${progress.failed} failed` : '';
    return (
      <Bar
        done={progress.done}
        total={Math.max(progress.total, 1)}
        width={Math.min(30, Math.floor(width / 3))}
        label={`audited ${progress.done} of ${plural(progress.total, 'customer')}${failed}`}
      />
    );
  }
  if (audit.error !== undefined) {
    return <Text color="red">✖ {printable(audit.error)}</Text>;
  }
  return audit.notice ? (
    <Text color={audit.notice.ok ? 'green' : 'yellow'} wrap="truncate-end">
      {printable(audit.notice.text)}
    </Text>
  ) : null;
}

function SetupLine({
  label,
  focused,
  children,
}: {
  readonly label: string;
  readonly focused: boolean;
  readonly children: React.ReactNode;
}) {
  return (
    <Text wrap="truncate-end">
      <Text {...(focused && { color: 'cyan', bold: true })}>
        {focused ? '› ' : '  '}
        {label.padEnd(11)}
      </Text>
      {children}
    </Text>
  );
}

/** The period and the customers to audit. */
function Setup({ audit, demoCustomers, today }: Omit<AuditViewProps, 'width' | 'height'>) {
  const period = auditPeriod(audit.preset, today);
  const fields = setupFields(audit, demoCustomers !== undefined);
  const { text, caret } = audit.path;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        Sharing audit: is a customer’s password shared?
      </Text>
      <SetupLine label="Period" focused={audit.focus === 'period'}>
        ‹ {audit.preset} › {period.start} → {period.end}
      </SetupLine>
      {fields.includes('customers') ? (
        <SetupLine label="Customers" focused={audit.focus === 'customers'}>
          ‹{' '}
          {audit.from === 'demo'
            ? `the demo’s ${plural(demoCustomers ?? 0, 'customer')}`
            : 'a CSV file'}{' '}
          ›
        </SetupLine>
      ) : null}
      {fields.includes('path') ? (
        <SetupLine label="CSV file" focused={audit.focus === 'path'}>
          <Text underline>
            {audit.focus === 'path' ? `${text.slice(0, caret)}▏${text.slice(caret)}` : text || ' '}
          </Text>
          <Text dimColor> code,hash[,label] lines</Text>
        </SetupLine>
      ) : null}
      <Text dimColor wrap="wrap">
        Ranks customers by the risk that their password is shared, with the evidence, over Moscow
        days. IPs are masked; customers are named by label or a keyed fingerprint, never by
        password.
      </Text>
    </Box>
  );
}

/** The customers, highest risk first, and the networks many of them share. */
function List({ audit, width, height }: Omit<AuditViewProps, 'demoCustomers' | 'today'>) {
  const report = audit.result?.report;
  if (!report) return null;
  const { period, customers, sharedNetworks } = report;
  const shared =
    sharedNetworks.length === 0
      ? 'No network is shared by many customers.'
      : `Shared networks (evidence on them counts 0): ${sharedNetworks
          .map((network) => `${network.network} (${plural(network.customers.length, 'customer')})`)
          .join(', ')}`;
  return (
    <TitledTable
      title={`${plural(customers.length, 'customer')} · ${period.start} → ${period.end} (Moscow) · highest risk first`}
      columns={LIST_COLUMNS}
      rows={customers}
      cursor={audit.cursor}
      note={shared}
      width={width}
      height={height}
    />
  );
}

/** The sharing audit: its setup, its progress, the ranked customers, a customer, a session. */
export function AuditView({ audit, demoCustomers, today, width, height }: AuditViewProps) {
  // The status line is drawn below whatever view is shown.
  const viewHeight = height - 1;
  return (
    <Box flexDirection="column">
      {audit.view === 'setup' ? (
        <Setup audit={audit} demoCustomers={demoCustomers} today={today} />
      ) : audit.view === 'list' ? (
        <List audit={audit} width={width} height={viewHeight} />
      ) : (
        <AuditTimeline audit={audit} width={width} height={viewHeight} />
      )}
      <StatusRow audit={audit} width={width} />
    </Box>
  );
}
