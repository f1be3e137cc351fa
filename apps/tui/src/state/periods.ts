import {
  apiGroupingOf,
  isComparisonMode,
  isGrouping,
  isLocalGrouping,
  type ComparisonMode,
  type LocalGrouping,
} from '@boomstream/insights/periods';

import { isGroupField, type MethodEntry } from '../registry.js';

/**
 * What the results screen does with a stats answer beyond showing it, as the CLI's
 * `--group week|month` and `--compare` do: sum days into weeks or months, and compare
 * with an earlier period. Both read every page (and the comparison the earlier period's).
 */
export interface PeriodView {
  readonly grouping: LocalGrouping | undefined;
  readonly compare: ComparisonMode | undefined;
}

export const PLAIN_VIEW: PeriodView = { grouping: undefined, compare: undefined };

/** Whether a view needs every page of the period, rather than one. */
export function readsEverything(view: PeriodView): boolean {
  return view.grouping !== undefined || view.compare !== undefined;
}

/** The view the form's values ask for: a local grouping in `group`, a mode in `compare`. */
export function periodView(
  method: MethodEntry,
  values: Readonly<Record<string, string>>,
): PeriodView {
  const group = method.fields.find(isGroupField);
  const grouping = group ? values[group.name] : undefined;
  const compare = method.choices.length > 0 ? values['compare'] : undefined;
  return {
    grouping:
      grouping !== undefined && isGrouping(grouping) && isLocalGrouping(grouping)
        ? grouping
        : undefined,
    compare: compare !== undefined && isComparisonMode(compare) ? compare : undefined,
  };
}

/**
 * The form's values as the API takes them: a week or month asks for the days it is
 * summed from (insights' `apiGroupingOf`), as the CLI sends them.
 */
export function apiValues(
  method: MethodEntry,
  values: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const group = method.fields.find(isGroupField);
  const grouping = group ? values[group.name] : undefined;
  if (!group || grouping === undefined || !isGrouping(grouping)) return values;
  return { ...values, [group.name]: apiGroupingOf(grouping) };
}
