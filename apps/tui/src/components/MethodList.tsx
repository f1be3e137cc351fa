import { Box, Text } from 'ink';

import type { MethodEntry } from '../registry.js';

export interface MethodListProps {
  /** The methods to offer, in order. */
  readonly methods: readonly MethodEntry[];
  /** Index of the highlighted method; the watch list's entry, then the audit's, come after the methods. */
  readonly selected: number;
  /** Whether to offer the watch list. */
  readonly watch: boolean;
}

function Entry({
  name,
  title,
  selected,
}: {
  readonly name: string;
  readonly title: string;
  readonly selected: boolean;
}) {
  return (
    <Text {...(selected && { color: 'cyan', bold: true })} wrap="truncate-end">
      {selected ? '❯ ' : '  '}
      {name.padEnd(10)}
      <Text dimColor>{title}</Text>
    </Text>
  );
}

/**
 * What a new user looks for first and the API cannot give, said where they look: at most
 * 60 columns, the UI's minimum width, so it is never cut.
 */
export const API_LIMITS = 'The API has watch time only: no view counts, no video list.';

/** The list of API methods, one per line, the highlighted one marked. */
export function MethodList({ methods, selected, watch }: MethodListProps) {
  return (
    <Box flexDirection="column">
      {methods.map((method, index) => (
        <Entry
          key={method.name}
          name={method.name}
          title={`${method.title} · GET ${method.path}`}
          selected={index === selected}
        />
      ))}
      {watch ? (
        <Entry
          name="watch"
          title="Several media codes side by side: your watch list"
          selected={selected === methods.length}
        />
      ) : null}
      <Entry
        name="audit"
        title="Is a customer's password shared? Rank customers by risk"
        selected={selected === methods.length + (watch ? 1 : 0)}
      />
      <Box marginTop={1}>
        <Text dimColor wrap="truncate-end">
          {API_LIMITS}
        </Text>
      </Box>
    </Box>
  );
}
