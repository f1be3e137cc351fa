// orval's mutator, as orval.config.ts names it: orval reads this file for an exported
// function (a re-export it does not see), and passes its RequestInit when it takes two.
import { orvalMutator } from '@boomstream/openapi/decode';

export const boomstreamFetch = <T>(url: string, init?: RequestInit): Promise<T> =>
  orvalMutator<T>(url, init);
