import { z } from 'zod';

const WIRE_HOURS = /^(\d+(?:[.,]\d+)?)\s*hours?$/;

/** Milliseconds of viewing to hours, rounded as Boomstream rounds `time_dim`: two decimals. */
export function hoursOf(timeMs: number): number {
  return Math.round(timeMs / 36_000) / 100;
}

/** The hours of a text `WIRE_HOURS` matched; a decimal comma reads as a point. */
function hoursIn(match: RegExpExecArray | null): number {
  return Number(match?.[1]?.replace(',', '.'));
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
    decode: (text) => hoursIn(WIRE_HOURS.exec(text)),
    encode: (hours) => `${hours.toFixed(2)} hours`,
  },
);

/**
 * `wireHours`'s rule without a parse: the hours, or `undefined` where it refuses
 * `text` (`z.number()` refuses the `Infinity` of a thousand digits).
 */
export function readHours(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = WIRE_HOURS.exec(text.trim());
  if (match === null) return undefined;
  const hours = hoursIn(match);
  return Number.isFinite(hours) && hours >= 0 ? hours : undefined;
}
