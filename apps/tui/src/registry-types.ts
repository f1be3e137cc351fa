import type { MethodSpec, ParamKind } from '@boomstream/spec';

/** A form field, generated from a parameter of the spec. */
export interface FieldEntry {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly kind: ParamKind;
  readonly required: boolean;
  /** Shown masked; values in `publicValues` (`all`) are not secret. */
  readonly secret: boolean;
  readonly publicValues: readonly string[];
  /** The choices of an enum field; empty otherwise. */
  readonly options: readonly string[];
  /** What the server does when the field is left empty, in the reference's words. */
  readonly serverDefault?: string;
  /** The value the server uses when the field is left empty, when it is a constant. */
  readonly defaultValue?: string | number;
}

/** A method the UI offers. */
export interface MethodEntry {
  readonly name: string;
  readonly title: string;
  readonly path: string;
  /** The spec's declaration: validation and decoding come from it. */
  readonly spec: MethodSpec;
  readonly fields: readonly FieldEntry[];
}
