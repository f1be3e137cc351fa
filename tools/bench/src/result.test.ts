import { describe, expect, it } from 'vitest';

import { notMeasured, summarize, table, type CaseInfo } from './result.js';
import { interleave } from './rounds.js';
import { median, spread } from './stats.js';

const info: CaseInfo = {
  id: 'mock-distinct',
  direction: 'at least',
  target: 0.5,
  unit: 'req/s',
  note: 'n',
};

describe('bench statistics', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('gives the spread as the largest distance from the median, as a share of it', () => {
    expect(spread([0.9, 1, 1.2])).toBeCloseTo(0.2);
  });
});

describe('bench results', () => {
  it('pairs each round: the ratio is the median of the rounds’ own ratios, not the ratio of the medians', () => {
    const result = summarize(info, [
      { value: 10, baseline: 20 },
      { value: 30, baseline: 40 },
      { value: 100, baseline: 400 },
      { value: 50, baseline: 60 },
      { value: 5, baseline: 50 },
    ]);
    expect(result).toEqual({
      id: 'mock-distinct',
      value: 30,
      baseline: 50,
      ratio: 0.5,
      target: '≥ 0.5',
      unit: 'req/s',
      spread: expect.closeTo(0.8) as number,
      rounds: 5,
      met: true,
      note: 'n',
    });
  });

  it('judges a case with no baseline by its value, and leaves its baseline and ratio null', () => {
    const memory = { ...info, id: 'iterate-memory', direction: 'at most', target: 8 } as const;
    const result = summarize(
      memory,
      [1, 9, 2, 3, 2].map((value) => ({ value })),
    );
    expect(result).toMatchObject({ value: 2, baseline: null, ratio: null, met: true, spread: 3.5 });
  });

  it('reports a figure to watch, with no target, as neither met nor missed', () => {
    const watched = summarize({ ...info, target: undefined }, [{ value: 1, baseline: 10 }]);
    expect(watched).toMatchObject({ ratio: 0.1, target: '—', met: null });
  });

  it('reports a case not measured with no number and says why', () => {
    expect(notMeasured(info, 'not built')).toMatchObject({
      value: null,
      baseline: null,
      ratio: null,
      spread: null,
      met: null,
      note: 'not measured: not built',
    });
  });

  it('prints one table row per result, a dash for a missing figure', () => {
    const rows = table([summarize(info, [{ value: 1, baseline: 4 }]), notMeasured(info, 'x')]);
    expect(rows.split('\n')).toEqual([
      '| id | value | baseline | ratio | target | met | spread | unit | note |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| mock-distinct | 1 | 4 | 0.25 | ≥ 0.5 | no | ±0 % | req/s | n |',
      '| mock-distinct | — | — | — | ≥ 0.5 | — | — | req/s | not measured: x |',
    ]);
  });
});

describe('interleaved rounds', () => {
  it('warms each side up once, uncounted, then alternates which side goes first', async () => {
    const calls: string[] = [];
    const side = (name: string, figure: number) => () => {
      calls.push(name);
      return Promise.resolve(figure);
    };
    const rounds = await interleave(3, side('case', 1), side('base', 2));
    expect(rounds).toEqual([
      { value: 1, baseline: 2 },
      { value: 1, baseline: 2 },
      { value: 1, baseline: 2 },
    ]);
    expect(calls).toEqual(['case', 'base', 'case', 'base', 'base', 'case', 'case', 'base']);
  });
});
