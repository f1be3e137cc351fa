import { assumptions } from '@boomstream/spec';

import { printable } from '../../format.js';
import type { CheckId, Finding, Verdict } from './checks.js';

export type ReportLine = Finding & { readonly id: CheckId };

/** What the run sent, against what it announced. */
export interface RequestCount {
  readonly planned: number;
  readonly max: number;
  readonly sent: number;
}

const LABEL: Readonly<Record<Verdict, string>> = {
  holds: 'holds',
  broken: 'BROKEN',
  untestable: 'not testable',
};

const LABEL_WIDTH = Math.max(...Object.values(LABEL).map((label) => label.length)) + 2;

/** The statement of a line: the assumption's, or what the wire-schemas line checks. */
export function statementOf(id: CheckId): string {
  return (
    assumptions.find((assumption) => assumption.id === id)?.statement ??
    "Every answer matches the spec's wire schemas."
  );
}

/** The announcement, before any request: how many, and the most with retries. */
export function announcement(
  command: string,
  count: Omit<RequestCount, 'sent'>,
  target: string,
): string {
  return `boomstream ${command}: ${count.planned} read-only requests (at most ${count.max} with retries) to ${target}\n`;
}

/** One line per check, verdict first, then a summary (and why the run stopped early, if it did). */
export function textReport(
  lines: readonly ReportLine[],
  count: RequestCount,
  stopped: string | undefined,
): string {
  const body = lines
    .map(
      ({ id, verdict, detail }) =>
        `${LABEL[verdict].padEnd(LABEL_WIDTH)}${id}: ${printable(detail)}`,
    )
    .join('\n');
  const tally = (verdict: Verdict) => lines.filter((line) => line.verdict === verdict).length;
  const why = stopped === undefined ? '' : `Stopped early: ${printable(stopped)}\n`;
  return `${body}\n\n${why}Sent ${count.sent} of at most ${count.max} requests. ${tally('holds')} hold, ${tally('broken')} broken, ${tally('untestable')} not testable.\n`;
}

/** The same as data, for scripts. */
export function jsonReport(
  lines: readonly ReportLine[],
  count: RequestCount,
  stopped: string | undefined,
  exitCode: number,
): string {
  return `${JSON.stringify(
    {
      requests: count,
      results: lines.map((line) => ({ ...line, statement: statementOf(line.id) })),
      stopped: stopped ?? null,
      exitCode,
    },
    null,
    2,
  )}\n`;
}
