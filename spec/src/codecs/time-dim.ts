import { z } from 'zod';

// The OpenAPI document shows this pattern as written here, group and all.
const WIRE_HOURS = /^(\d+(?:[.,]\d+)?)\s*hours?$/;

/** Milliseconds of viewing to hours, rounded as Boomstream rounds `time_dim`: two decimals. */
export function hoursOf(timeMs: number): number {
  return Math.round(timeMs / 36_000) / 100;
}

/**
 * The hours of a text `WIRE_HOURS` matched: its number, read up to the unit, a
 * decimal comma read as a point.
 */
function hoursIn(text: string): number {
  return Number.parseFloat(text.includes(',') ? text.replace(',', '.') : text);
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
    decode: hoursIn,
    encode: (hours) => `${hours.toFixed(2)} hours`,
  },
);
