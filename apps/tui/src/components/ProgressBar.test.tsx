import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { ProgressBar } from './ProgressBar.js';

describe('ProgressBar', () => {
  it('fills in proportion to the pages read, and counts when the total is unknown', () => {
    const known = render(<ProgressBar done={1} total={4} items={1000} width={8} />);
    expect(known.lastFrame()).toBe('██░░░░░░ page 1 of 4 · 1,000 items');
    known.unmount();
    const unknown = render(<ProgressBar done={3} total={undefined} items={250} width={8} />);
    expect(unknown.lastFrame()).toBe('Loading every page: page 3 · 250 items');
    unknown.unmount();
    const one = render(<ProgressBar done={1} total={undefined} items={1} width={8} />);
    expect(one.lastFrame()).toBe('Loading every page: page 1 · 1 item');
    one.unmount();
  });
});
