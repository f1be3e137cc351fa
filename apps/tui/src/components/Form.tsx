import { isSecretValue } from '@boomstream/spec';
import { Box, Text } from 'ink';

import { PERIOD_PRESETS } from '../dates.js';
import type { FieldEntry, MethodEntry } from '../registry.js';
import { formRows, type FormState } from '../state/form.js';

export interface FormProps {
  readonly method: MethodEntry;
  readonly form: FormState;
  /** Whether demo codes can be picked with ←/→. */
  readonly demo: boolean;
}

const LABEL_WIDTH = 20;
const MASK = '••••••••';

/** The options in a row, the chosen one in brackets: readable without colour too. */
function Choices({
  options,
  value,
}: {
  readonly options: readonly string[];
  readonly value: string;
}) {
  return (
    <Text>
      {options.map((option) => (
        <Text key={option} {...(option === value && { color: 'cyan', bold: true })}>
          {option === value ? `[${option}]` : ` ${option} `}{' '}
        </Text>
      ))}
    </Text>
  );
}

function shown(field: FieldEntry, value: string): string {
  return value !== '' && isSecretValue(field.param, value) ? MASK : value;
}

function hint(field: FieldEntry, demo: boolean): string {
  if (demo && (field.name === 'code' || field.name === 'hash')) return '←/→ demo data';
  if (field.param.kind === 'enum') return '←/→';
  if (field.serverDefault !== undefined) return `empty: ${field.serverDefault.text}`;
  return field.param.description;
}

/** The method's parameters as a form: defaults filled in, errors under their fields. */
export function Form({ method, form, demo }: FormProps) {
  const issues = form.issues ?? [];
  const general = issues.filter(
    (issue) => !method.fields.some((field) => field.name === issue.param),
  );
  return (
    <Box flexDirection="column">
      <Text bold>
        {method.title} <Text dimColor>GET {method.path}</Text>
      </Text>
      {formRows(method).map((row, index) => {
        const focused = index === form.focus;
        const marker = <Text color="cyan">{focused ? '❯ ' : '  '}</Text>;
        if (row.kind === 'period') {
          return (
            <Text key="period">
              {marker}
              {'  '}
              {'Period'.padEnd(LABEL_WIDTH)}
              <Choices options={PERIOD_PRESETS} value={form.preset} />
            </Text>
          );
        }
        const { field } = row;
        const value = form.values[field.name] ?? '';
        const fieldIssues = issues.filter((issue) => issue.param === field.name);
        return (
          <Box key={field.name} flexDirection="column">
            <Text wrap="truncate-end">
              {marker}
              <Text color="red">{field.required ? '* ' : '  '}</Text>
              <Text bold={focused}>{field.param.label.padEnd(LABEL_WIDTH)}</Text>
              {field.param.kind === 'enum' ? (
                <Choices options={field.options} value={value} />
              ) : (
                <Text {...(focused && { underline: true })}>
                  {shown(field, value)}
                  {focused ? '▏' : ''}
                </Text>
              )}
              <Text dimColor>
                {'  '}
                {focused ? hint(field, demo) : ''}
              </Text>
            </Text>
            {fieldIssues.map((issue) => (
              <Text key={issue.message} color="red">
                {' '.repeat(4 + LABEL_WIDTH)}↳ {field.param.label} {issue.message}
              </Text>
            ))}
          </Box>
        );
      })}
      {general.map((issue) => (
        <Text key={`${issue.param}:${issue.message}`} color="red">
          ✖ {issue.param ? `${issue.param}: ` : ''}
          {issue.message}
        </Text>
      ))}
      <Text dimColor>* required · enter runs the query</Text>
    </Box>
  );
}
