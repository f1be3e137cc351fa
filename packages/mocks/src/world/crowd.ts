import { addDays, MOSCOW_OFFSET, type SessionItem } from '@boomstream/spec';

import { hash32, SeededRandom } from './random.js';
import { AUDIT_CASES, AUDIT_DAYS, type SharerInput } from './sharers.js';
import { ALPHANUMERIC, USER_AGENTS } from './vocabulary.js';

/**
 * Honest viewers to audit beside the seeded cases: enough customers that an audit is
 * a list to browse and a run to watch, not eight lines. With the cases, 200 customers.
 */
export const AUDIT_CROWD_SIZE = 200 - AUDIT_CASES.length;

/** An honest customer of the crowd: a password, its media, and a label (`viewer-001`, …). */
export interface CrowdCustomer {
  readonly code: string;
  readonly hash: string;
  readonly label: string;
}

/**
 * The crowd's customers, their sessions oldest first: each watches from one home
 * network of its own (an IPv6 /64 of the documentation prefix that no case and no other
 * viewer uses) on one or two devices, a few evenings apart, with activations to spare,
 * so no signal fires and no network is shared. A stream of its own, drawn after the
 * cases: the cases (and everything else) are the same with it.
 */
export function auditCrowd(input: SharerInput): {
  customer: CrowdCustomer;
  sessions: SessionItem[];
}[] {
  const random = new SeededRandom(hash32(input.seed, 0xc40d));
  return Array.from({ length: AUDIT_CROWD_SIZE }, (_, index) => {
    const hash = input.unique(() => random.text(ALPHANUMERIC, 12));
    // 2001:db8:1000:: and up: the cases' /64s are 2001:db8:101:: to 2001:db8:1ff::.
    const home = `2001:db8:${(0x1000 + index).toString(16)}:${random.int(1, 0xffff).toString(16)}`;
    const devices = Array.from({ length: random.int(1, 2) }, () => ({
      agent: USER_AGENTS[random.int(0, USER_AGENTS.length - 1)] ?? USER_AGENTS[0],
      ip: `${home}::${random.int(1, 0xffff).toString(16)}`,
    }));
    // Distinct days, at least two apart: never two starts close together.
    const days = [
      ...new Set(Array.from({ length: random.int(1, 5) }, () => 2 * random.int(1, AUDIT_DAYS / 2))),
    ]
      .filter((day) => day <= AUDIT_DAYS)
      .sort((a, b) => b - a);
    const activations = random.int(20, 40);
    const sessions = days.map((day, i): SessionItem => {
      const device = devices[i % devices.length] ?? devices[0];
      const clock = `${random.int(18, 22)}:${String(random.int(0, 59)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
      return {
        place: input.media.name,
        ip: device?.ip ?? `${home}::1`,
        country: 'Russia',
        userAgent: device?.agent ?? USER_AGENTS[0],
        createdAt: `${addDays(input.today, -day)}T${clock}${MOSCOW_OFFSET}`,
        leftActivations: activations - i - 1,
      };
    });
    const label = `viewer-${String(index + 1).padStart(3, '0')}`;
    return { customer: { code: input.media.code, hash, label }, sessions };
  });
}
