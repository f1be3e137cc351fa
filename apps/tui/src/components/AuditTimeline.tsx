import type { Evidence, SessionRef } from '@boomstream/insights';
import { Text } from 'ink';

import type { Column } from '../data/columns.js';
import { plural } from '../format.js';
import type { AuditState } from '../state/audit.js';
import { LazySessionDetail } from './LazySessionDetail.js';
import { TitledTable } from './TitledTable.js';

export interface AuditTimelineProps {
  readonly audit: AuditState;
  readonly width: number;
  /** Lines the view may take. */
  readonly height: number;
}

/** A session of the timeline with the evidence it is part of. */
interface TimelineRow {
  readonly ref: SessionRef;
  readonly evidence: readonly Evidence[];
}

/** `●` evidence that counts, `○` evidence only on a shared network (discounted), blank none. */
function markOf(row: TimelineRow): string {
  if (row.evidence.length === 0) return '';
  return row.evidence.some((evidence) => evidence.points > 0) ? '●' : '○';
}

/** `2024-06-28T20:00:13+03:00` → `2024-06-28 20:00` (Moscow time, as the API reports it). */
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

const column = (
  title: string,
  width: number,
  cell: (row: TimelineRow) => string,
  options: { readonly align?: 'left' | 'right'; readonly flex?: boolean } = {},
): Column<TimelineRow> => ({
  key: title,
  title,
  width,
  align: options.align ?? 'left',
  ...(options.flex && { flex: true }),
  cell,
  value: cell,
});

const TIMELINE_COLUMNS: readonly Column<TimelineRow>[] = [
  column('Time (Moscow)', 16, (row) => minute(row.ref.createdAt)),
  column('Ev', 2, markOf),
  column('IP (masked)', 25, (row) => row.ref.ip),
  column('Country', 10, (row) => row.ref.country),
  column('Device', 14, (row) => row.ref.device ?? 'unreadable', { flex: true }),
  column('Left', 4, (row) => String(row.ref.leftActivations), { align: 'right' }),
];

/** What the evidence row says, for the session detail. */
const evidenceLine = (evidence: Evidence) =>
  `${evidence.points > 0 ? '●' : '○'} ${evidence.signal}: ${evidence.detail}`;

/**
 * One customer's sessions, oldest first, as the audit shows them (IPs masked), the
 * evidence's sessions marked; or, in the session view, the highlighted one whole.
 */
export function AuditTimeline({ audit, width, height }: AuditTimelineProps) {
  const { result } = audit;
  const row = result?.report.customers[audit.cursor];
  if (!result || !row) return null;
  const read = result.reads.get(row.customer);
  const refs = result.timelines.get(row.customer);
  if (!read || !read.ok || !refs) return null;
  const timeline = refs.map((ref): TimelineRow => ({
    ref,
    evidence: row.evidence.filter((evidence) =>
      evidence.sessions.some((session) => session.index === ref.index),
    ),
  }));
  const chosen = timeline[audit.session];
  if (audit.view === 'session' && chosen) {
    const { ref } = chosen;
    return (
      <LazySessionDetail
        title={`${row.customer} · session ${audit.session + 1} of ${timeline.length}`}
        fields={[
          ['Time', `${ref.createdAt} (Moscow)`],
          ['IP', `${ref.ip} (masked) · network ${ref.network ?? 'unreadable'}`],
          ['Country', ref.country],
          ['Activations', `${ref.leftActivations} left`],
        ]}
        userAgent={read.sessions[ref.index]?.userAgent ?? ''}
        evidence={chosen.evidence.map(evidenceLine)}
        width={width}
        height={height}
      />
    );
  }
  const signals = [...new Set(row.evidence.map((evidence) => evidence.signal))];
  const counts = signals.map(
    (signal) =>
      `${signal} ×${row.evidence.filter((evidence) => evidence.signal === signal).length}`,
  );
  return (
    <TitledTable
      title={`${row.customer} · ${row.risk} · ${plural(row.score, 'point')} · ${plural(timeline.length, 'session')} · code ${row.code}`}
      subtitle={
        <Text
          wrap="truncate-end"
          {...(counts.length > 0 ? { color: 'yellow' } : { dimColor: true })}
        >
          {counts.length > 0 ? `Evidence: ${counts.join(' · ')}` : 'No evidence: nothing to mark.'}
        </Text>
      }
      columns={TIMELINE_COLUMNS}
      rows={timeline}
      cursor={audit.session}
      note="● evidence · ○ evidence on a shared network (counts 0) · Left: activations left"
      width={width}
      height={height}
    />
  );
}
