import { render } from 'ink';

import { App } from './App.js';
import { methodRegistry } from './generated/registry.js';

const instance = render(<App methods={methodRegistry} />);
await instance.waitUntilExit();
