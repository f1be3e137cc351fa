import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { customerFingerprint } from '@boomstream/insights';
import { startMockServer, type MockServer } from '@boomstream/mocks';
import { moscowToday } from '@boomstream/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseCsv } from '../../../test/parse-csv.js';
import { runBin } from '../../../test/run-bin.js';

/** The expected risk of each demo case, as the mocks' README documents them (`demo.audit`). */
const DOCUMENTED_RISK: Readonly<Record<string, string>> = {
  'group-buy': 'high',
  'two-cities': 'high',
  'activations-run-out': 'medium',
  'office-commuter': 'low',
  'phone-and-laptop': 'none',
  'office-colleague-1': 'none',
  'office-colleague-2': 'none',
  'office-colleague-3': 'none',
};
const SHARERS = ['group-buy', 'two-cities', 'activations-run-out'];
const OFFICE = '203.0.113.0/24';
const OFFICE_CASES = [
  'office-commuter',
  'office-colleague-1',
  'office-colleague-2',
  'office-colleague-3',
];
/** A media code the mock's world has not got: its customer's read fails with `Media not found`. */
const MISSING_CODE = 'Zz9Zz9Zz';
const MISSING_HASH = 'password-of-no-media';

interface Report {
  period: { start: string; end: string };
  customers: {
    customer: string;
    code: string;
    risk: string;
    evidence: { signal: string; detail: string; sessions: { ip: string }[] }[];
    sessions: number;
    error?: string;
  }[];
  sharedNetworks: { network: string; customers: string[] }[];
}

/** Whether `ip` shows in `text` as a whole address, not as part of a longer one. */
function showsIp(text: string, ip: string): boolean {
  const escaped = ip.replace(/[.]/g, '\\.');
  return new RegExp(`(?<![0-9a-fA-F.:])${escaped}(?![0-9a-fA-F.:])`).test(text);
}

let config: string;
let otherConfig: string;
/** The mock `--mock` starts in the bin (the default seed, the real today), started here too to know its secrets. */
let demoTwin: MockServer;
/** A mock server of our own, reached through BOOMSTREAM_BASE_URL. */
let server: MockServer;
let env: Record<string, string>;

beforeAll(async () => {
  config = await mkdtemp(join(tmpdir(), 'boomstream-audit-'));
  otherConfig = await mkdtemp(join(tmpdir(), 'boomstream-audit-other-'));
  const now = new Date();
  demoTwin = await startMockServer({ today: moscowToday(now), now });
  server = await startMockServer({ today: '2024-06-30', seed: 7 });
  env = {
    BOOMSTREAM_API_KEY: server.demo.apiKey,
    BOOMSTREAM_BASE_URL: server.url,
    XDG_CONFIG_HOME: config,
  };
});
afterAll(async () => {
  await Promise.all([demoTwin.close(), server.close()]);
  await rm(config, { recursive: true, force: true });
  await rm(otherConfig, { recursive: true, force: true });
});

/** Every IP address of the audit customers' sessions in `mock`'s world. */
function sessionIps(mock: MockServer): string[] {
  const { start, end, customers } = mock.demo.audit;
  return [
    ...new Set(
      customers.flatMap(({ code, hash }) =>
        mock.world.sessions({ code, hash, start, end }).map((session) => session.ip),
      ),
    ),
  ];
}

/** The audit customers of our server as CSV lines, without labels, one with a media that does not exist. */
function customersCsv(extra = ''): string {
  const lines = server.demo.audit.customers.map(({ code, hash }) => `${code},${hash}`);
  return `${[...lines, `${MISSING_CODE},${MISSING_HASH}`].join('\n')}\n${extra}`;
}

const period = () => ['--start', server.demo.audit.start, '--end', server.demo.audit.end];

describe('boomstream audit --mock: the demo customers', () => {
  it('lists every demo customer with its documented risk and evidence, sharers on top, the office shared', async () => {
    const result = await runBin(['audit', '--mock', '--json'], { XDG_CONFIG_HOME: config });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const risks = Object.fromEntries(report.customers.map((row) => [row.customer, row.risk]));
    expect(risks).toEqual(DOCUMENTED_RISK);
    expect(
      report.customers
        .slice(0, SHARERS.length)
        .map((row) => row.customer)
        .sort(),
    ).toEqual([...SHARERS].sort());
    for (const row of report.customers) {
      expect(row.code).toBe(demoTwin.demo.audit.customers[0]!.code);
      expect(row.sessions).toBeGreaterThan(0);
      expect(row.evidence.length > 0, row.customer).toBe(row.risk !== 'none');
      for (const evidence of row.evidence) expect(evidence.detail).not.toBe('');
    }
    const office = report.sharedNetworks.find((shared) => shared.network === OFFICE);
    expect([...(office?.customers ?? [])].sort()).toEqual([...OFFICE_CASES].sort());
  });

  it('shows no password and no whole IP address, on stdout or stderr, in any format', async () => {
    const hashes = demoTwin.demo.audit.customers.map((customer) => customer.hash);
    const ips = sessionIps(demoTwin);
    expect(ips.length).toBeGreaterThan(10);
    for (const format of [[], ['--json'], ['--csv']]) {
      const result = await runBin(['audit', '--mock', ...format], { XDG_CONFIG_HOME: config });
      expect(result.code).toBe(0);
      const output = result.stdout + result.stderr;
      for (const hash of hashes) expect(output).not.toContain(hash);
      for (const ip of ips) expect(showsIp(output, ip), ip).toBe(false);
      expect(output).not.toContain(demoTwin.demo.apiKey);
    }
  });

  it('shows whole IP addresses with --show-ips', async () => {
    const result = await runBin(['audit', '--mock', '--json', '--show-ips'], {
      XDG_CONFIG_HOME: config,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const shown = report.customers.flatMap((row) =>
      row.evidence.flatMap((evidence) => evidence.sessions.map((session) => session.ip)),
    );
    expect(shown.length).toBeGreaterThan(0);
    const ips = sessionIps(demoTwin);
    for (const ip of shown) expect(ips).toContain(ip);
  });

  it('prints a ranked table for people, and one CSV row per customer', async () => {
    const text = await runBin(['audit', '--mock'], { XDG_CONFIG_HOME: config });
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    const header = lines.findIndex((line) =>
      /^customer\s+code\s+risk\s+sessions\s+signals$/.test(line),
    );
    expect(header).toBeGreaterThan(-1);
    const rows = lines.slice(header + 1, header + 1 + Object.keys(DOCUMENTED_RISK).length);
    for (const row of rows) {
      const [name, , risk] = row.split(/\s+/);
      expect(risk, row).toBe(DOCUMENTED_RISK[name!]);
    }
    expect(SHARERS).toContain(rows[0]!.split(/\s+/)[0]);
    expect(text.stdout).toContain(`${OFFICE}: 4 customers`);

    const csv = await runBin(['audit', '--mock', '--csv'], { XDG_CONFIG_HOME: config });
    const [head, ...records] = parseCsv(csv.stdout);
    expect(head).toEqual(['customer', 'code', 'risk', 'score', 'sessions', 'signals', 'error']);
    expect(Object.fromEntries(records.map((record) => [record[0], record[2]]))).toEqual(
      DOCUMENTED_RISK,
    );
  });
});

describe('boomstream audit: customers from a CSV', () => {
  it('lists a customer whose media does not exist with its error, the others judged; exit 1', async () => {
    const result = await runBin(['audit', '--json', ...period()], env, customersCsv());
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.period).toEqual({ start: server.demo.audit.start, end: server.demo.audit.end });
    expect(report.customers).toHaveLength(server.demo.audit.customers.length + 1);
    const failed = report.customers.filter((row) => row.error !== undefined);
    expect(failed.map((row) => row.code)).toEqual([MISSING_CODE]);
    expect(failed[0]!.error).toContain('Media not found');
    expect(report.customers.at(-1)).toBe(failed[0]);
    expect(result.stderr).toContain('Media not found');
    expect(result.stderr).toContain('1 customer of 9 could not be read');

    // Unlabelled customers are named by the HMAC of their password under the key file's key.
    const key = (await readFile(join(config, 'boomstream', 'audit-key'), 'utf8')).trim();
    const byName = new Map(report.customers.map((row) => [row.customer, row]));
    for (const { hash, case: name } of server.demo.audit.customers) {
      const row = byName.get(customerFingerprint(hash, key).slice(0, 16));
      expect(row?.risk, name).toBe(DOCUMENTED_RISK[name]);
    }

    const secrets = [
      server.demo.apiKey,
      MISSING_HASH,
      ...server.demo.audit.customers.map((c) => c.hash),
    ];
    const keyFile = await readFile(join(config, 'boomstream', 'audit-key'), 'utf8');
    for (const secret of secrets) {
      expect(result.stdout).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
      expect(keyFile).not.toContain(secret);
    }
    expect(keyFile).toMatch(/^[0-9a-f]{64}\n$/);
    // Owner only (the toolkit's CI runs on Linux, where modes apply).
    expect((await stat(join(config, 'boomstream', 'audit-key'))).mode & 0o777).toBe(0o600);
  });

  it('reads a header row in any order, quoted fields and labels, and skips blank lines', async () => {
    const [first, second] = server.demo.audit.customers;
    const csv = `label,hash,code\r\n\r\n"Anna, ""group"" buyer","${first!.hash}",${first!.code}\r\n  \r\nBoris,${second!.hash},${second!.code}\r\n`;
    const result = await runBin(['audit', '--json', ...period()], env, csv);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.customers.map((row) => row.customer).sort()).toEqual([
      'Anna, "group" buyer',
      'Boris',
    ]);
  });

  it('refuses a malformed line with exit 2, naming its line and never echoing the password', async () => {
    const secret = 'hunter2-secret-password';
    const cases = [
      {
        input: customersCsv(`not-a-code,${secret}\n`),
        line: 'stdin, line 10',
        rule: 'the code must be 8 letters',
      },
      {
        input: `code,hash\n\nAbCd1234,${secret},label,extra\n`,
        line: 'stdin, line 3',
        rule: '4 fields',
      },
      { input: `AbCd1234,"${secret}\n`, line: 'stdin, line 1', rule: 'not closed' },
      { input: `${secret},AbCd1234\n`, line: 'stdin, line 1', rule: 'header row' },
    ];
    for (const { input, line, rule } of cases) {
      const result = await runBin(['audit', ...period()], env, input);
      expect(result.code, line).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(line);
      expect(result.stderr).toContain(rule);
      expect(result.stderr).not.toContain(secret);
    }
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-audit-csv-'));
    try {
      const file = join(dir, 'customers.csv');
      await writeFile(file, `AbCd1234,${secret}\nAbCd12,${secret}\n`);
      const result = await runBin(['audit', '--customers', file, ...period()], env);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--customers ${file}, line 2: the code must be`);
      expect(result.stderr).not.toContain(secret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a customer the same in every run with one key file, and differently with another', async () => {
    const names = async (xdg: string) => {
      const result = await runBin(
        ['audit', '--csv', ...period()],
        { ...env, XDG_CONFIG_HOME: xdg },
        customersCsv(),
      );
      expect(result.code).toBe(1);
      return parseCsv(result.stdout)
        .slice(1)
        .map((record) => record[0])
        .sort();
    };
    const first = await names(config);
    expect(await names(config)).toEqual(first);
    const other = await names(otherConfig);
    expect(other).toHaveLength(first.length);
    for (const name of other) expect(first).not.toContain(name);
  });
});

describe('boomstream audit: bad input and help', () => {
  it.each([
    [['--concurrency', '0'], '--concurrency: must be a whole number from 1 to 16'],
    [['--start', '2024-13-01'], '--start: must be a calendar date'],
    [['--start', '2024-06-30', '--end', '2024-06-01'], '--start: must be on or before end'],
    [['--code', 'short'], '--code: "short" must be 8 letters or digits'],
    [['--json', '--csv'], '--json and --csv: choose one format'],
    [['--hash', 'x'], '--hash: is not an option'],
    [['AbCd1234,pass-word-9'], 'audit takes no arguments'],
  ])('%j is exit 2: %s', async (args, message) => {
    const result = await runBin(['audit', '--mock', ...args], { XDG_CONFIG_HOME: config });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('pass-word-9');
  });

  it('needs the API key without --mock, and customers from a file or stdin', async () => {
    const result = await runBin(['audit'], {}, customersCsv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('BOOMSTREAM_API_KEY is not set');
    const empty = await runBin(['audit', ...period()], env, '\n\n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('stdin: no customers');
  });

  it('has help with demo examples, and the main help lists it', async () => {
    const help = await runBin(['help', 'audit']);
    expect(help.code).toBe(0);
    expect((await runBin(['audit', '--help'])).stdout).toBe(help.stdout);
    for (const example of [
      'boomstream audit --mock',
      'boomstream audit --mock --json',
      'boomstream audit --customers customers.csv',
    ]) {
      expect(help.stdout).toContain(`  ${example}`);
    }
    for (const line of help.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect((await runBin(['--help'])).stdout).toContain('boomstream audit');
  });
});
