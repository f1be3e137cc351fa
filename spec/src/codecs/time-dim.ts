import { z } from 'zod';

const WIRE_HOURS = /^(\d+(?:[.,]\d+)?)\s*hours?$/;

/** Milliseconds of viewing to hours, rounded as Boomstream rounds `time_dim`: two decimals. */
export function hoursOf(timeMs: number): number {
  return Math.round(timeMs / 36_000) / 100;
}

/**
 * `time_dim` as the XML carries it: `0.27 hours` ↔ `0.27`.
 * **Assumption**: always two decimals on the wire (`12.00 hours`); the decoder
 * reads any decimal number followed by `hour` or `hours`, with a decimal point or,
 * as Russian-locale formatting writes it, a decimal comma (`0,27 hours`).
 */
export const wireHours = z.codec(
  z.string().trim().regex(WIRE_HOURS, { error: 'must be hours as "0.27 hours"' }),
  z.number().min(0),
  {
    decode: (text) => Number(WIRE_HOURS.exec(text)?.[1]?.replace(',', '.')),
    encode: (hours) => `${hours.toFixed(2)} hours`,
  },
);
