import {
  apiGroupingOf,
  COMPARISONS,
  GROUPINGS,
  isComparisonMode,
  isGrouping,
  isLocalGrouping,
  type ComparisonMode,
  type Grouping,
  type LocalGrouping,
} from '@boomstream/insights';
import { isGroupField, type MethodEntry } from '../registry.js';

/** What a query does with its answer beyond printing it: sum, compare, write a workbook. */
export interface QueryOptions {
  /** `--group` when it is one the API lacks (`week`, `month`): summed here from days. */
  readonly grouping: LocalGrouping | undefined;
  /** `--compare`: the earlier period to read and compare with. */
  readonly compare: ComparisonMode | undefined;
  /** `--xlsx`: the workbook to write. */
  readonly xlsx: string | undefined;
  /** `--excel` (with `--csv`): CSV as Excel reads it. */
  readonly excel: boolean;
}

type Problem = (message: string) => Error;

/**
 * Reads `--group`, `--compare`, `--xlsx` and `--excel` for `method` from the parsed
 * `flags`; `values` are the method's parameters as typed, and `--group week|month` is
 * replaced there by the API grouping it is summed from. Throws `problem(message)` for
 * anything to fix, naming the flag and the rule, before any request.
 */
export function queryOptions(
  method: MethodEntry,
  values: Record<string, string>,
  flags: Readonly<Record<string, unknown>>,
  problem: Problem,
): QueryOptions {
  const groupField = method.fields.find(isGroupField);
  let grouping: Grouping | undefined;
  const group = groupField ? values[groupField.name] : undefined;
  if (groupField && group !== undefined) {
    if (!isGrouping(group)) {
      throw problem(`--${groupField.name}: must be one of: ${GROUPINGS.join(', ')}`);
    }
    grouping = group;
    values[groupField.name] = apiGroupingOf(group);
  }
  let compare: ComparisonMode | undefined;
  if (typeof flags['compare'] === 'string') {
    if (method.spec.items !== 'stats') {
      throw problem(
        `--compare: ${method.name} lists ${method.spec.items}, not viewing time; compare project or target`,
      );
    }
    if (!isComparisonMode(flags['compare'])) {
      throw problem(`--compare: must be one of: ${COMPARISONS.join(', ')}`);
    }
    compare = flags['compare'];
  }
  const local = grouping !== undefined && isLocalGrouping(grouping) ? grouping : undefined;
  if (flags['page'] !== undefined && (local ?? compare)) {
    throw problem(
      `--page: ${local ? `--group ${local}` : '--compare'} reads every page of the period; leave --page out`,
    );
  }
  const xlsx = typeof flags['xlsx'] === 'string' ? flags['xlsx'].trim() : undefined;
  if (xlsx === '') throw problem('--xlsx: needs a file name, e.g. --xlsx stats.xlsx');
  const excel = flags['excel'] === true;
  if (excel && !flags['csv']) {
    throw problem(
      '--excel: only with --csv (CSV for Excel: BOM, ";", decimal comma); for a workbook use --xlsx <file>',
    );
  }
  return { grouping: local, compare, xlsx, excel };
}
