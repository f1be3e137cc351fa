import { entry } from '../usage.js';
import { KEY_FILE } from '../../audit/fingerprint-key.js';
import { DEFAULT_CONCURRENCY } from '../../audit/read-sessions.js';
import { DEFAULT_DAYS } from './options.js';

/** `boomstream audit --help` and `boomstream help audit`: every example runs as it is. */
export const AUDIT_USAGE = `boomstream audit: is a customer's password shared?

Usage: boomstream audit [--customers <file>] [flags]

Reads each customer's sessions for a period and ranks the customers by the risk
that their password is shared (high, medium, low, none), with the evidence
behind each level: sessions starting close together from different networks,
many networks in a day, travel faster than a plane, many devices, activations
used up fast. Networks that many customers share (an office, a school, a
carrier's NAT) are listed, and evidence on them counts 0.

Customers come from a CSV file or stdin, one per line: code,hash[,label] (a
header row may name the columns; quoted fields; blank lines ignored); never
from the command line, where ps would show the passwords. A customer is named
by its label, else by a keyed fingerprint of its password (HMAC-SHA-256, the key
made once and kept as ${KEY_FILE} in the configuration folder, mode 0600): no
output shows a password. IP addresses are masked (203.0.113.x) unless
--show-ips.

Flags:
${[
  entry('--customers <file>', 'The CSV of customers; - or none: stdin.'),
  entry('--mock', 'Audit the demo\u2019s customers on the built-in mock server.'),
  entry('--code <code>', 'Audit only the customers of this media code.'),
  entry(
    '--start <YYYY-MM-DD>',
    `First day (default: the ${DEFAULT_DAYS} days that end with --end).`,
  ),
  entry('--end <YYYY-MM-DD>', 'Last day, included (default: today, Moscow time).'),
  entry(
    '--concurrency <n>',
    `Customers read at once, 1\u201316 (default: ${DEFAULT_CONCURRENCY}).`,
  ),
  entry(
    '--json',
    'Print one object: period, customers (customer, code, risk, score, evidence, sessions, error), sharedNetworks, skipped.',
  ),
  entry('--csv', 'Print one row per customer (RFC 4180).'),
  entry('--show-ips', 'Show whole IP addresses (personal data: 152-FZ, GDPR).'),
  entry(
    '--timeout <seconds>',
    'How long one page of a customer may take, retries included (default: 45 s).',
  ),
  entry('--retries <n>', 'Tries again after a network fault or 5xx, 0\u201310 times (default: 2).'),
].join('\n')}

A customer whose sessions cannot be read is listed with the error (secrets
masked) and the others still come out. A risk is worth a look, not a proof: the
API gives no end time, duration or view count of a session.

Environment: BOOMSTREAM_API_KEY, BOOMSTREAM_BASE_URL, XDG_CONFIG_HOME (where the
fingerprint key is kept; default ~/.config/boomstream).

Exit codes:
  0    every customer was read
  1    a customer's sessions could not be read (the others are still listed)
  2    bad input: the flag or the CSV line, and the rule, are on stderr
  130  interrupted (Ctrl-C)

Examples:
  boomstream audit --mock
  boomstream audit --mock --json | jq '.customers[] | {customer, risk}'
  boomstream demo --csv > customers.csv
  boomstream audit --customers customers.csv --mock
  boomstream audit --mock --code PTwre8RB --start 2024-06-01 --csv
`;
