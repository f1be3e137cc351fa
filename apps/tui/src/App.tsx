import { Box, Text, useApp, useInput } from 'ink';
import { useState } from 'react';

import { FieldList } from './components/FieldList.js';
import { MethodList } from './components/MethodList.js';
import type { MethodEntry } from './registry-types.js';

export interface AppProps {
  /** The methods to offer; the generated registry in the real app. */
  readonly methods: readonly MethodEntry[];
}

/** The interactive UI: pick a method, see its parameters. */
export function App({ methods }: AppProps) {
  const { exit } = useApp();
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState<MethodEntry | undefined>(undefined);

  useInput((input, key) => {
    if (input === 'q') exit();
    else if (open) {
      if (key.escape) setOpen(undefined);
    } else if (key.downArrow || input === 'j')
      setSelected((index) => Math.min(index + 1, methods.length - 1));
    else if (key.upArrow || input === 'k') setSelected((index) => Math.max(index - 1, 0));
    else if (key.return) setOpen(methods[selected]);
  });

  return (
    <Box flexDirection="column">
      <Text bold color="magenta">
        Boomstream statistics
      </Text>
      {open ? <FieldList method={open} /> : <MethodList methods={methods} selected={selected} />}
      <Text dimColor>{open ? 'esc back · q quit' : '↑/↓ j/k move · enter select · q quit'}</Text>
    </Box>
  );
}
