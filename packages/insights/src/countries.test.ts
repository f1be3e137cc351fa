import { describe, expect, it } from 'vitest';

import { countryPoint, distanceKm } from './countries.js';

describe('countryPoint', () => {
  it('knows the countries the API writes, in any letter case and by other names', () => {
    expect(countryPoint('Russia')).toBeDefined();
    expect(countryPoint('russia')).toBe(countryPoint('Russia'));
    expect(countryPoint('Russian Federation')).toBe(countryPoint('Russia'));
    expect(countryPoint(' Germany ')).toBeDefined();
  });

  it('does not know a country outside its table', () => {
    expect(countryPoint('Atlantis')).toBeUndefined();
    expect(countryPoint('')).toBeUndefined();
  });
});

describe('distanceKm', () => {
  it('measures great circles: a quarter of the equator, a point to itself', () => {
    // 2π × 6371 km / 4.
    expect(distanceKm([0, 0], [0, 90])).toBeCloseTo(10_007.5, 0);
    expect(distanceKm([0, 0], [90, 0])).toBeCloseTo(10_007.5, 0);
    expect(distanceKm([55.5, 40.5], [55.5, 40.5])).toBe(0);
  });
});
