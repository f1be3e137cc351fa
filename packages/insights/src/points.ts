import type { RiskLevel, SignalId } from './types.js';

/**
 * What each signal adds to a customer's score when it fires, counted once per
 * signal however many rows it has. Travel faster than a plane is the hardest to
 * explain away; device spread alone is a family with a tablet.
 */
export const SIGNAL_POINTS: Readonly<Record<SignalId, number>> = Object.freeze({
  'close-starts': 2,
  'network-velocity': 2,
  'impossible-travel': 3,
  'device-spread': 1,
  // Used up slowly; used up within `fastActivationsHours` adds FAST_ACTIVATIONS_POINTS instead.
  'activations-used-up': 1,
});

export const FAST_ACTIVATIONS_POINTS = 2;

/**
 * The level of a score: `high` from 4 points (two strong signals, or travel with
 * anything), `medium` from 2 (one strong signal), `low` below that when there is
 * any evidence (weak or discounted), `none` with no evidence at all.
 */
export function riskLevel(score: number, evidenceCount: number): RiskLevel {
  if (score >= 4) return 'high';
  if (score >= 2) return 'medium';
  return evidenceCount > 0 ? 'low' : 'none';
}
