import { listOf } from '../format.js';
import { SIGNAL_POINTS } from '../points.js';
import { busiestWindow, discountNote, sharedAmong, type Signal } from './signal.js';
import { MS_PER_HOUR } from '../units.js';

/**
 * `velocityNetworks` distinct networks or more within `velocityHours`: one row, for
 * the busiest window. When the networks that are not shared fall short of the
 * threshold, the row is shown, discounted to 0 points.
 */
export const networkVelocity: Signal = (sessions, { options, shared }) => {
  const window = busiestWindow(
    sessions,
    options.velocityHours * MS_PER_HOUR,
    ({ ref }) => ref.network,
  );
  if (window.length < options.velocityNetworks) return [];
  const networks = window.map(({ ref }) => ref.network ?? '');
  const sharedOnes = sharedAmong(networks, shared);
  const discounted = networks.length - sharedOnes.length < options.velocityNetworks;
  const discountedBy = discounted ? sharedOnes : [];
  const detail =
    `${networks.length} networks within ${options.velocityHours} h ` +
    `(threshold ${options.velocityNetworks}): ${listOf(networks)}` +
    (discounted ? discountNote(discountedBy) : '');
  return [
    {
      signal: 'network-velocity',
      detail,
      sessions: window.map(({ ref }) => ref),
      points: discounted ? 0 : SIGNAL_POINTS['network-velocity'],
      discountedBy,
    },
  ];
};
