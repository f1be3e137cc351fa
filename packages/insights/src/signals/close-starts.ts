import { formatDuration } from '../format.js';
import { SIGNAL_POINTS } from '../points.js';
import { MS_PER_MINUTE } from '../units.js';
import { discountNote, sharedAmong, type Signal } from './signal.js';

/**
 * Consecutive sessions (among those with a readable address) that start within
 * `closeStartMinutes` of each other from different networks. The API has no end
 * time or duration, so this is "started close together", not "watched at once".
 * A pair on a shared network is shown, discounted to 0 points.
 */
export const closeStarts: Signal = (sessions, { options, shared }) => {
  const readable = sessions.filter(({ ref }) => ref.network !== null);
  return readable.flatMap((b, i) => {
    const a = readable[i - 1];
    if (!a || a.ref.network === b.ref.network) return [];
    const gap = b.time - a.time;
    if (gap > options.closeStartMinutes * MS_PER_MINUTE) return [];
    const networks = [a.ref.network ?? '', b.ref.network ?? ''];
    const discountedBy = sharedAmong(networks, shared);
    const detail =
      `2 sessions started ${formatDuration(gap)} apart ` +
      `from different networks, ${networks.join(' and ')} (window ${options.closeStartMinutes} min; ` +
      `the API gives no end time, so not proof of watching at once)` +
      (discountedBy.length > 0 ? discountNote(discountedBy) : '');
    return [
      {
        signal: 'close-starts' as const,
        detail,
        sessions: [a.ref, b.ref],
        points: discountedBy.length > 0 ? 0 : SIGNAL_POINTS['close-starts'],
        discountedBy,
      },
    ];
  });
};
