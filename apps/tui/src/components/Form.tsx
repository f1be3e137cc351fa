import { isSecretValue } from '@boomstream/spec';
import { Box, Text } from 'ink';

import { PERIOD_PRESETS } from '../dates.js';
import { cells } from '../format.js';
import type { FieldEntry, MethodEntry } from '../registry.js';
import { DEMO_FIELDS, formRows, type FormState } from '../state/form.js';

export interface FormProps {
  readonly method: MethodEntry;
  readonly form: FormState;
  /** Whether demo codes can be picked with Ctrl+N / Ctrl+P. */
  readonly demo: boolean;
  /** Columns the form may take. */
  readonly width: number;
}

const LABEL_WIDTH = 20;
/** The focus marker, the required mark and the label, before a value. */
const PREFIX_WIDTH = 4 + LABEL_WIDTH;
const BULLET = '•';

/** Cells the choices take when all are shown: each option padded or bracketed, and a space. */
const allChoicesWidth = (options: readonly string[]) =>
  options.reduce((sum, option) => sum + cells(option) + 3, 0);

/**
 * The options in a row, the chosen one in brackets: readable without colour too.
 * When they do not all fit, only the chosen one shows, between arrows, with its place.
 */
function Choices({
  options,
  value,
  width,
}: {
  readonly options: readonly string[];
  readonly value: string;
  readonly width: number;
}) {
  if (allChoicesWidth(options) > width) {
    const index = options.indexOf(value);
    return (
      <Text>
        {'‹ '}
        <Text color="cyan" bold>
          [{value}]
        </Text>
        {` › ${index + 1}/${options.length}`}
      </Text>
    );
  }
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

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemeCount = (text: string) => [...graphemes.segment(text)].length;

/** A field's value as shown, split at the caret: a secret as one bullet a character typed. */
function shown(field: FieldEntry, value: string, caret: number): [string, string] {
  const before = value.slice(0, caret);
  const after = value.slice(caret);
  if (value === '' || !isSecretValue(field.param, value)) return [before, after];
  return [BULLET.repeat(graphemeCount(before)), BULLET.repeat(graphemeCount(after))];
}

function hint(field: FieldEntry, demo: boolean): string {
  if (demo && DEMO_FIELDS.has(field.name)) return 'ctrl+n/p demo data';
  if (field.param.kind === 'enum') return '←/→';
  if (field.serverDefault !== undefined) return `empty: ${field.serverDefault.text}`;
  return field.param.description;
}

/** The method's parameters as a form: defaults filled in, errors under their fields. */
export function Form({ method, form, demo, width }: FormProps) {
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
            <Text key="period" wrap="truncate-end">
              {marker}
              {'  '}
              {'Period'.padEnd(LABEL_WIDTH)}
              <Choices options={PERIOD_PRESETS} value={form.preset} width={width - PREFIX_WIDTH} />
            </Text>
          );
        }
        if (row.kind === 'choice') {
          const { choice } = row;
          return (
            <Text key={choice.name} wrap="truncate-end">
              {marker}
              {'  '}
              <Text bold={focused}>{choice.label.padEnd(LABEL_WIDTH)}</Text>
              <Choices
                options={choice.options}
                value={form.values[choice.name] ?? ''}
                width={width - PREFIX_WIDTH}
              />
              <Text dimColor>
                {'  '}
                {focused ? choice.description : ''}
              </Text>
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
                <Choices options={field.options} value={value} width={width - PREFIX_WIDTH} />
              ) : (
                <Text {...(focused && { underline: true })}>
                  {focused
                    ? shown(field, value, form.caret).join('▏')
                    : shown(field, value, value.length)[0]}
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
