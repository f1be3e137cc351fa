import type { Round } from './result.js';

/** A measurement: returns the figure of one run (a rate, a time, a size). */
export type Measure = () => Promise<number>;

/**
 * `rounds` rounds of the case and its baseline back to back, after one warm-up
 * of each that is not counted. The order flips every round, so that a machine
 * getting busier or quieter weighs on both alike.
 */
export async function interleave(
  rounds: number,
  measure: Measure,
  baseline?: Measure,
): Promise<Round[]> {
  await measure();
  await baseline?.();
  const results: Round[] = [];
  for (let round = 0; round < rounds; round++) {
    if (!baseline) {
      results.push({ value: await measure() });
    } else if (round % 2 === 0) {
      const value = await measure();
      results.push({ value, baseline: await baseline() });
    } else {
      const base = await baseline();
      results.push({ value: await measure(), baseline: base });
    }
  }
  return results;
}
