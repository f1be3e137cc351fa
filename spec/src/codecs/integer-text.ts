import { z } from 'zod';

const COUNT = /^\d+$/;
const INTEGER = /^-?\d+$/;

/**
 * An integer as the XML carries it: decimal digits, no sign, no padding meaning.
 * Kept as text until here so that no parser guesses numbers for us.
 */
export const countText = z.codec(
  z.string().trim().regex(COUNT, { error: 'must be a non-negative whole number' }),
  z.int().min(0),
  { decode: (text) => Number(text), encode: (value) => String(value) },
);

/** A signed integer as the XML carries it (`LeftActivations` may go below zero). */
export const integerText = z.codec(
  z.string().trim().regex(INTEGER, { error: 'must be a whole number' }),
  z.int(),
  { decode: (text) => Number(text), encode: (value) => String(value) },
);
