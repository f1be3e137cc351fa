import { COMPARISONS, GROUPINGS } from '@boomstream/insights/periods';
import {
  methods,
  params,
  type MethodSpec,
  type Param,
  type ParamUse,
  type ServerDefault,
} from '@boomstream/spec';

/**
 * The registry of methods and form fields is derived from the spec when the UI
 * starts, not generated: each field holds the spec's own declaration of its
 * parameter (schema, kind, label, secret rule), so the UI asks the spec instead
 * of re-implementing it, and a method added to the spec shows up with no step.
 */

/** A form field: one parameter of the spec as one method uses it. */
export interface FieldEntry {
  readonly name: string;
  /** The spec's declaration: label, description, kind, schema and which values are secret. */
  readonly param: Param;
  readonly required: boolean;
  /** What the server does when the field is left empty. */
  readonly serverDefault?: ServerDefault;
  /** The choices of an enum field; empty otherwise. */
  readonly options: readonly string[];
}

/**
 * A choice the UI makes with the answer, not a parameter sent to the API: which earlier
 * period to compare with (insights' `COMPARISONS`), or `none`.
 */
export interface ChoiceEntry {
  readonly name: 'compare';
  readonly label: string;
  /** What the choice does, for the form's hint. */
  readonly description: string;
  readonly options: readonly string[];
}

/** The compare choice's value for no comparison. */
export const NO_COMPARISON = 'none';

/** A method the UI offers. */
export interface MethodEntry {
  readonly name: string;
  readonly title: string;
  readonly path: string;
  /** The spec's declaration: validation, decoding and the kind of items come from it. */
  readonly spec: MethodSpec;
  readonly fields: readonly FieldEntry[];
  /** The UI's own choices after the fields: `compare` for the methods that list viewing time. */
  readonly choices: readonly ChoiceEntry[];
}

/** Whether a field is the spec's `group`, which the UI widens with insights' local groupings. */
export function isGroupField(field: FieldEntry): boolean {
  return field.param === params.group;
}

function enumOptions(param: Param): readonly string[] {
  // `group` also offers what insights sums from the API's days (`week`, `month`).
  if (param === params.group) return GROUPINGS;
  const { schema } = param;
  return 'options' in schema && Array.isArray(schema.options) ? schema.options.map(String) : [];
}

/** The compare choice: every mode insights declares, after `none`. */
const COMPARE_CHOICE: ChoiceEntry = {
  name: 'compare',
  label: 'Compare with',
  description: 'the same totals for an earlier period',
  options: [NO_COMPARISON, ...COMPARISONS],
};

function fieldOf(name: string, use: ParamUse): FieldEntry {
  return {
    name,
    param: use.param,
    required: use.required,
    ...(use.serverDefault && { serverDefault: use.serverDefault }),
    options: enumOptions(use.param),
  };
}

/** An entry for one method of the spec. */
export function methodEntry(spec: MethodSpec): MethodEntry {
  return {
    name: spec.name,
    title: spec.title,
    path: spec.path,
    spec,
    fields: Object.entries(spec.params).map(([name, use]) => fieldOf(name, use)),
    // Only viewing time has earlier periods to compare with.
    choices: spec.items === 'stats' ? [COMPARE_CHOICE] : [],
  };
}

/** Every method the UI offers, in the spec's order. */
export const methodRegistry: readonly MethodEntry[] =
  Object.values<MethodSpec>(methods).map(methodEntry);
