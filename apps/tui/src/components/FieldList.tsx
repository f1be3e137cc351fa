import { Box, Text } from 'ink';

import type { MethodEntry } from '../registry-types.js';

export interface FieldListProps {
  /** The method whose parameters are shown. */
  readonly method: MethodEntry;
}

/** The parameters of one method, as the spec declares them. */
export function FieldList({ method }: FieldListProps) {
  return (
    <Box flexDirection="column">
      <Text bold>
        {method.title} <Text dimColor>GET {method.path}</Text>
      </Text>
      {method.fields.map((field) => (
        <Text key={field.name}>
          {field.required ? '* ' : '  '}
          {field.label.padEnd(18)}
          <Text dimColor>
            {field.options.length > 0 ? field.options.join(' | ') : field.kind}
            {field.serverDefault === undefined ? '' : ` · default: ${field.serverDefault}`}
            {field.secret ? ' · secret' : ''}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
