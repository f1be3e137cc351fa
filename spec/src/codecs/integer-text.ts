import { z } from 'zod';

const COUNT = /^\d+$/;
const INTEGER = /^-?\d+$/;

/**
 * What a whole-number codec below decodes `text` to, or `undefined` where it
 * refuses it (`z.int()` wants a safe integer): the same rule without a parse, for
 * the response readers (`../responses/read.ts`).
 */
function readWholeNumber(text: unknown, pattern: RegExp): number | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (!pattern.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * An integer as the XML carries it: decimal digits, no sign, no padding meaning.
 * Kept as text until here so that no parser guesses numbers for us.
 */
export const countText = z.codec(
  z.string().trim().regex(COUNT, { error: 'must be a non-negative whole number' }),
  z.int().min(0),
  { decode: (text) => Number(text), encode: (value) => String(value) },
);

/** `countText`'s rule without a parse: its value, or `undefined` where it refuses `text`. */
export const readCount = (text: unknown) => readWholeNumber(text, COUNT);

/** A signed integer as the XML carries it (`LeftActivations` may go below zero). */
export const integerText = z.codec(
  z.string().trim().regex(INTEGER, { error: 'must be a whole number' }),
  z.int(),
  { decode: (text) => Number(text), encode: (value) => String(value) },
);

/** `integerText`'s rule without a parse: its value, or `undefined` where it refuses `text`. */
export const readInteger = (text: unknown) => readWholeNumber(text, INTEGER);
