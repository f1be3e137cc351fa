import {
  methods,
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

/** A method the UI offers. */
export interface MethodEntry {
  readonly name: string;
  readonly title: string;
  readonly path: string;
  /** The spec's declaration: validation, decoding and the kind of items come from it. */
  readonly spec: MethodSpec;
  readonly fields: readonly FieldEntry[];
}

function enumOptions(param: Param): readonly string[] {
  const { schema } = param;
  return 'options' in schema && Array.isArray(schema.options) ? schema.options.map(String) : [];
}

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
  };
}

/** Every method the UI offers, in the spec's order. */
export const methodRegistry: readonly MethodEntry[] =
  Object.values<MethodSpec>(methods).map(methodEntry);
