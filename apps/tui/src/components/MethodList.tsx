import { Box, Text } from 'ink';

import type { MethodEntry } from '../registry.js';

export interface MethodListProps {
  /** The methods to offer, in order. */
  readonly methods: readonly MethodEntry[];
  /** Index of the highlighted method. */
  readonly selected: number;
}

/** The list of API methods, one per line, the highlighted one marked. */
export function MethodList({ methods, selected }: MethodListProps) {
  return (
    <Box flexDirection="column">
      {methods.map((method, index) => (
        <Text key={method.name} {...(index === selected && { color: 'cyan', bold: true })}>
          {index === selected ? '❯ ' : '  '}
          {method.name.padEnd(10)}
          <Text dimColor>
            {method.title} · GET {method.path}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
