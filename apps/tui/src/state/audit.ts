import type { AuditPeriod, ReadProgress } from '../audit/read-sessions.js';
import type { AuditRequest, AuditResult } from '../audit/run-audit.js';
import { presetRange, type PeriodPreset } from '../dates.js';
import type { KeyPress } from './context.js';
import { cursorMove } from './cursor.js';
import { editLine, lineAtEnd, type LineEdit } from './line-edit.js';

/** The periods the audit offers with ←/→: the CLI's default (the last 30 days) first. */
export const AUDIT_PRESETS = ['last 30 days', 'last 7 days', 'this month'] as const;
export type AuditPreset = (typeof AUDIT_PRESETS)[number] & PeriodPreset;

/** Where the customers come from: the demo's (200, with a known answer), or a CSV file. */
export type CustomersFrom = AuditRequest['from'];

/** The setup's lines, in order; the file line only when the customers come from a file. */
export type SetupField = 'period' | 'customers' | 'path';

/** The audit's screens below the setup, each a level deeper: `esc` goes back one. */
export type AuditView = 'setup' | 'list' | 'timeline' | 'session';

/** A run of the audit, numbered like the other jobs, with what it reads. */
export interface AuditJob extends AuditRequest {
  readonly id: number;
}

export interface AuditState {
  readonly view: AuditView;
  readonly preset: AuditPreset;
  readonly from: CustomersFrom;
  /** The CSV file's path as typed. */
  readonly path: LineEdit;
  readonly focus: SetupField;
  readonly job: AuditJob | undefined;
  readonly progress: ReadProgress | undefined;
  /** The last audit; it stays on screen while another runs. */
  readonly result: AuditResult | undefined;
  /** The highlighted customer in the ranked list. */
  readonly cursor: number;
  /** The highlighted session in the customer's timeline (and the one the detail shows). */
  readonly session: number;
  /** A customer list that could not be read: the file, the CSV line, and why. */
  readonly error: string | undefined;
  readonly notice: { readonly text: string; readonly ok: boolean } | undefined;
}

/** The audit as first opened: the demo's customers when there are some, else a file to name. */
export function initialAudit(demo: boolean): AuditState {
  return {
    view: 'setup',
    preset: AUDIT_PRESETS[0],
    from: demo ? 'demo' : 'file',
    path: lineAtEnd(''),
    focus: 'period',
    job: undefined,
    progress: undefined,
    result: undefined,
    cursor: 0,
    session: 0,
    error: undefined,
    notice: undefined,
  };
}

/** The setup's lines as shown: no choice of customers without demo data, no path without a file. */
export function setupFields(audit: AuditState, demo: boolean): SetupField[] {
  return [
    'period',
    ...(demo ? (['customers'] as const) : []),
    ...(audit.from === 'file' ? (['path'] as const) : []),
  ];
}

/** The days a preset covers, from Moscow's `today`. */
export function auditPeriod(preset: AuditPreset, today: string): AuditPeriod {
  return presetRange(preset, today) ?? { start: today, end: today };
}

/** Whether keys go into a line of text (the file's path): then `q` and `?` are letters. */
export function auditTyping(audit: AuditState): boolean {
  return audit.view === 'setup' && audit.focus === 'path' && !audit.job;
}

export type AuditOutcome =
  | { readonly type: 'edit'; readonly audit: AuditState }
  /** Start the audit; the reducer numbers the job. */
  | { readonly type: 'run'; readonly audit: AuditState; readonly job: Omit<AuditJob, 'id'> }
  | { readonly type: 'back' }
  | { readonly type: 'quit' }
  | { readonly type: 'help' };

/** Rows the cursor keys move over: customers in the list, sessions in a timeline or a detail. */
function rowsOf(audit: AuditState): number {
  const report = audit.result?.report;
  if (audit.view === 'list') return report?.customers.length ?? 0;
  const name = report?.customers[audit.cursor]?.customer;
  const read = name === undefined ? undefined : audit.result?.reads.get(name);
  return read?.ok ? read.sessions.length : 0;
}

/** What the audit's keys need besides its state. */
export interface AuditContext {
  /** Moscow's today, which the presets count from. */
  readonly today: string;
  /** Whether the demo's customers can be audited. */
  readonly demo: boolean;
}

/** Audits the customers the setup names, for its period; a file not named yet is said. */
function runAudit(audit: AuditState, ctx: AuditContext): AuditOutcome {
  const path = audit.path.text.trim();
  if (audit.from === 'file' && path === '') {
    const error = 'Name the CSV file of customers (code,hash[,label] lines).';
    return { type: 'edit', audit: { ...audit, view: 'setup', focus: 'path', error } };
  }
  const job = { period: auditPeriod(audit.preset, ctx.today), from: audit.from, path };
  return { type: 'run', audit: { ...audit, error: undefined, notice: undefined }, job };
}

function setupKey(audit: AuditState, ctx: AuditContext, press: KeyPress): AuditOutcome {
  const { input, key } = press;
  const edit = (next: Partial<AuditState>): AuditOutcome => ({
    type: 'edit',
    audit: { ...audit, ...next },
  });
  const fields = setupFields(audit, ctx.demo);
  const at = Math.max(fields.indexOf(audit.focus), 0);
  if (key.escape) return { type: 'back' };
  if (key.return) return runAudit(audit, ctx);
  if (key.tab || key.downArrow || key.upArrow) {
    const step = key.upArrow || key.shift ? -1 : 1;
    return edit({ focus: fields[(at + step + fields.length) % fields.length] ?? 'period' });
  }
  if (audit.focus === 'path') return edit({ path: editLine(audit.path, press), error: undefined });
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  const change = key.leftArrow ? -1 : key.rightArrow || input === ' ' ? 1 : 0;
  if (change === 0) return edit({});
  if (audit.focus === 'customers') return edit({ from: audit.from === 'demo' ? 'file' : 'demo' });
  const index = AUDIT_PRESETS.indexOf(audit.preset);
  const preset = AUDIT_PRESETS[(index + change + AUDIT_PRESETS.length) % AUDIT_PRESETS.length];
  return edit({ preset: preset ?? audit.preset });
}

/** Keys of the audit's screens: the setup, the ranked list, a customer's timeline, a session. */
export function auditKey(audit: AuditState, ctx: AuditContext, press: KeyPress): AuditOutcome {
  const { input, key } = press;
  const edit = (next: Partial<AuditState>): AuditOutcome => ({
    type: 'edit',
    audit: { ...audit, ...next },
  });
  // While reading, esc cancels: the hook aborts the requests when the job goes.
  if (audit.job && key.escape) {
    const notice = { text: 'Cancelled: no more requests are sent.', ok: false };
    return edit({ job: undefined, progress: undefined, notice });
  }
  if (audit.view === 'setup') return setupKey(audit, ctx, press);
  if (key.escape) {
    const up = { list: 'setup', timeline: 'list', session: 'timeline' } as const;
    return edit({ view: up[audit.view], notice: undefined });
  }
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  const count = rowsOf(audit);
  if (audit.view === 'list') {
    const moved = cursorMove(press, audit.cursor, count);
    if (moved !== undefined) return edit({ cursor: moved, notice: undefined });
    if (input === 'r' && !audit.job) return runAudit(audit, ctx);
    if (!key.return) return edit({});
    const row = audit.result?.report.customers[audit.cursor];
    if (row?.error !== undefined) {
      return edit({
        notice: { text: `${row.customer} could not be read: ${row.error}`, ok: false },
      });
    }
    return row ? edit({ view: 'timeline', session: 0, notice: undefined }) : edit({});
  }
  const moved = cursorMove(press, audit.session, count);
  if (moved !== undefined) return edit({ session: moved });
  if (audit.view === 'timeline' && key.return && count > 0) return edit({ view: 'session' });
  return edit({});
}
