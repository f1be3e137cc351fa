import { formatDuration } from '../format.js';
import { FAST_ACTIVATIONS_POINTS, SIGNAL_POINTS } from '../points.js';
import type { Signal } from './signal.js';
import { MS_PER_HOUR } from '../units.js';

/**
 * The password's activations used up: the first session that leaves none, and how
 * long after the customer's first session it came. Used up within
 * `fastActivationsHours` weighs more.
 */
export const activationsUsedUp: Signal = (sessions, { options }) => {
  const hit = sessions.findIndex(({ ref }) => ref.leftActivations <= 0);
  const [first] = sessions;
  const last = sessions[hit];
  if (!first || !last) return [];
  const took = last.time - first.time;
  const fast = took <= options.fastActivationsHours * MS_PER_HOUR;
  return [
    {
      signal: 'activations-used-up',
      detail:
        `activations used up: ${last.ref.leftActivations} left after session ${hit + 1}, ` +
        (hit === 0 ? 'the first one seen' : `${formatDuration(took)} after the first session`) +
        (fast ? ` (within ${options.fastActivationsHours} h)` : ''),
      sessions: hit === 0 ? [first.ref] : [first.ref, last.ref],
      points: fast ? FAST_ACTIVATIONS_POINTS : SIGNAL_POINTS['activations-used-up'],
      discountedBy: [],
    },
  ];
};
