import { BoomstreamClient } from '@boomstream/client';
import { createMockAgent } from '@boomstream/mocks';

import { today, weeklyHoursContract } from './weekly-hours.contract.js';

// No sockets: an undici MockAgent answering from the mock's world, given to the client as its dispatcher.
const agent = createMockAgent({ seed: 42, today });

weeklyHoursContract('mock agent', {
  start: () =>
    Promise.resolve({
      mock: agent,
      client: (options) =>
        new BoomstreamClient({ apiKey: agent.demo.apiKey, dispatcher: agent, ...options }),
    }),
  stop: () => agent.close(),
});
