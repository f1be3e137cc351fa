import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';

import { NONE } from '../../test/keys.js';
import type { AuditReport } from '../audit/report.js';
import type { AuditResult } from '../audit/run-audit.js';
import { auditKey, initialAudit, type AuditOutcome, type AuditState } from './audit.js';

const ctx = { today: '2024-06-30', demo: true };
const press = (input: string, key: Partial<Key> = {}) => ({ input, key: { ...NONE, ...key } });
const ESC = press('', { escape: true });
const ENTER = press('', { return: true });

/** The state an `edit` outcome leads to; any other outcome fails the test. */
function edited(outcome: AuditOutcome): AuditState {
  if (outcome.type !== 'edit') throw new Error(`expected an edit, got ${outcome.type}`);
  return outcome.audit;
}

const customer = (name: string, sessions: number, error?: string) => ({
  customer: name,
  code: 'AbCd1234',
  risk: 'none' as const,
  score: 0,
  evidence: [],
  sessions,
  ...(error !== undefined && { error }),
});

/** Three customers read, the last one not. */
const result: AuditResult = (() => {
  const report: AuditReport = {
    period: { start: '2024-06-01', end: '2024-06-30' },
    customers: [customer('a', 2), customer('b', 1), customer('c', 0, 'media: not found')],
    sharedNetworks: [],
    skipped: { unknownCountries: [], unreadableIps: 0, unreadableTimes: 0 },
  };
  const session = {
    place: 'Lecture',
    ip: '192.0.2.1',
    country: 'Russia',
    userAgent: '',
    createdAt: '2024-06-02T10:00:00+03:00',
    leftActivations: 1,
  };
  const named = (name: string) => ({ name, code: 'AbCd1234', hash: 'never-shown' });
  return {
    report,
    reads: new Map([
      ['a', { ok: true, customer: named('a'), sessions: [session, session] }],
      ['b', { ok: true, customer: named('b'), sessions: [session] }],
      ['c', { ok: false, customer: named('c'), error: 'media: not found' }],
    ]),
    // The keys count sessions in the reads; what the timeline shows is the view's.
    timelines: new Map(),
  };
})();

const listed: AuditState = { ...initialAudit(true), view: 'list', result };

describe('the audit setup', () => {
  it('runs the demo customers for the last 30 days on enter, and goes back on esc', () => {
    const outcome = auditKey(initialAudit(true), ctx, ENTER);
    expect(outcome).toMatchObject({
      type: 'run',
      job: { period: { start: '2024-06-01', end: '2024-06-30' }, from: 'demo', path: '' },
    });
    expect(auditKey(initialAudit(true), ctx, ESC)).toEqual({ type: 'back' });
  });

  it('changes the period with ←/→, and the customers to a file whose name it then asks for', () => {
    const week = edited(auditKey(initialAudit(true), ctx, press('', { rightArrow: true })));
    expect(week.preset).toBe('last 7 days');
    const onCustomers = edited(auditKey(week, ctx, press('', { tab: true })));
    const file = edited(auditKey(onCustomers, ctx, press(' ')));
    expect(file.from).toBe('file');
    const unnamed = edited(auditKey(file, ctx, ENTER));
    expect(unnamed.focus).toBe('path');
    expect(unnamed.error).toMatch(/CSV file/);
    // In the file name, q and ? are letters: typed, not quit or help.
    const typed = edited(auditKey(unnamed, ctx, press('q?.csv')));
    expect(typed.path.text).toBe('q?.csv');
    expect(auditKey(typed, ctx, ENTER)).toMatchObject({
      type: 'run',
      job: { from: 'file', path: 'q?.csv', period: { start: '2024-06-24', end: '2024-06-30' } },
    });
  });

  it('offers only a file without demo data', () => {
    const live = initialAudit(false);
    expect(live.from).toBe('file');
    const next = edited(auditKey(live, { ...ctx, demo: false }, press('', { tab: true })));
    expect(next.focus).toBe('path');
  });
});

describe('the audit while it reads', () => {
  it('cancels on esc, from any level, and says that no more requests go out', () => {
    const job = { id: 7, period: result.report.period, from: 'demo' as const, path: '' };
    for (const view of ['setup', 'list', 'timeline', 'session'] as const) {
      const running = { ...listed, view, job };
      const cancelled = edited(auditKey(running, ctx, ESC));
      expect(cancelled).toMatchObject({ view, job: undefined, progress: undefined });
      expect(cancelled.notice?.text).toMatch(/^Cancelled: no more requests/);
    }
  });
});

describe('the ranked list, a timeline, a session', () => {
  it('moves, opens a timeline and a session, and goes back one level per esc', () => {
    const second = edited(auditKey(listed, ctx, press('j')));
    expect(second.cursor).toBe(1);
    expect(edited(auditKey(second, ctx, press('G'))).cursor).toBe(2);
    const timeline = edited(auditKey(listed, ctx, ENTER));
    expect(timeline).toMatchObject({ view: 'timeline', session: 0 });
    // Customer a has two sessions: j stops at the second.
    const last = edited(auditKey(edited(auditKey(timeline, ctx, press('j'))), ctx, press('j')));
    expect(last.session).toBe(1);
    const session = edited(auditKey(last, ctx, ENTER));
    expect(session.view).toBe('session');
    // In the session, ↑ shows the previous one.
    expect(edited(auditKey(session, ctx, press('', { upArrow: true }))).session).toBe(0);
    const back = edited(auditKey(session, ctx, ESC));
    expect(back.view).toBe('timeline');
    expect(edited(auditKey(back, ctx, ESC)).view).toBe('list');
    expect(edited(auditKey(listed, ctx, ESC)).view).toBe('setup');
  });

  it('says why a customer that could not be read has no timeline', () => {
    const onError = { ...listed, cursor: 2 };
    const said = edited(auditKey(onError, ctx, ENTER));
    expect(said.view).toBe('list');
    expect(said.notice?.text).toBe('c could not be read: media: not found');
  });

  it('audits again on r, with the same setup', () => {
    expect(auditKey(listed, ctx, press('r'))).toMatchObject({ type: 'run', job: { from: 'demo' } });
    expect(auditKey(listed, ctx, press('q'))).toEqual({ type: 'quit' });
    expect(auditKey(listed, ctx, press('?'))).toEqual({ type: 'help' });
  });
});
