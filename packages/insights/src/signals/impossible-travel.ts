import { countryPoint, distanceKm } from '../countries.js';
import { formatDuration } from '../format.js';
import { SIGNAL_POINTS } from '../points.js';
import type { Signal } from './signal.js';
import { MS_PER_HOUR } from '../units.js';

/**
 * Consecutive sessions (among those in known countries) in two countries closer
 * in time than a plane at `travelSpeedKmh` could fly between the countries' coarse
 * points. Blind to moves inside one country; unknown countries are skipped.
 */
export const impossibleTravel: Signal = (sessions, { options }) => {
  const located = sessions.flatMap((session) => {
    const point = countryPoint(session.ref.country);
    return point ? [{ session, point }] : [];
  });
  return located.flatMap((b, i) => {
    const a = located[i - 1];
    if (!a) return [];
    const km = distanceKm(a.point, b.point);
    if (km === 0) return [];
    const gap = b.session.time - a.session.time;
    const needed = (km / options.travelSpeedKmh) * MS_PER_HOUR;
    if (gap >= needed) return [];
    const rounded = Math.max(10, Math.round(km / 10) * 10);
    return [
      {
        signal: 'impossible-travel' as const,
        detail:
          `${a.session.ref.country} then ${b.session.ref.country}: about ${rounded} km in ` +
          `${formatDuration(gap)}, where a plane at ` +
          `${options.travelSpeedKmh} km/h needs ${formatDuration(needed)} ` +
          `(coarse country points, blind to moves inside a country)`,
        sessions: [a.session.ref, b.session.ref],
        points: SIGNAL_POINTS['impossible-travel'],
        discountedBy: [],
      },
    ];
  });
};
