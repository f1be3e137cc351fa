import { listOf } from '../format.js';
import { SIGNAL_POINTS } from '../points.js';
import { MS_PER_DAY } from '../units.js';
import { busiestWindow, type Signal } from './signal.js';

/**
 * More than `deviceFamilies` device families (browser, system, device class) within
 * `deviceWindowDays`: one row, for the busiest window. A phone and a laptop are two.
 */
export const deviceSpread: Signal = (sessions, { options }) => {
  const window = busiestWindow(
    sessions,
    options.deviceWindowDays * MS_PER_DAY,
    ({ ref }) => ref.device,
  );
  if (window.length <= options.deviceFamilies) return [];
  const families = window.map(({ ref }) => ref.device ?? '');
  return [
    {
      signal: 'device-spread',
      detail:
        `${families.length} device families within ${options.deviceWindowDays} d ` +
        `(more than ${options.deviceFamilies}): ${listOf(families)}`,
      sessions: window.map(({ ref }) => ref),
      points: SIGNAL_POINTS['device-spread'],
      discountedBy: [],
    },
  ];
};
