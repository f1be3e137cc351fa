import { applyServerDefaults, validateParams, type ParamIssue } from '@boomstream/spec';

import { toQueryParams } from '../data/params.js';
import type { DemoData, QueryParams } from '../data/source.js';
import { PERIOD_PRESETS, presetRange, type PeriodPreset } from '../dates.js';
import { NO_COMPARISON, type ChoiceEntry, type FieldEntry, type MethodEntry } from '../registry.js';
import type { KeyPress, UiContext } from './context.js';
import { editLine } from './line-edit.js';
import { apiValues, periodView, type PeriodView } from './periods.js';

/** A line of the form: the period presets, one field of the spec, or one of the UI's choices. */
export type FormRow =
  | { readonly kind: 'period' }
  | { readonly kind: 'field'; readonly field: FieldEntry }
  | { readonly kind: 'choice'; readonly choice: ChoiceEntry };

export interface FormState {
  /** The text of every field, by parameter name; `''` means "leave it to the server". */
  readonly values: Readonly<Record<string, string>>;
  /** Index into `formRows(method)`. */
  readonly focus: number;
  /** Where the caret is in the focused text field (a code-unit index). */
  readonly caret: number;
  readonly preset: PeriodPreset;
  /** Which demo code (or session) fills the code fields. */
  readonly demoIndex: number;
  /** Shown once the user tried to run the query; kept current as they type. */
  readonly issues: readonly ParamIssue[] | undefined;
}

export type FormOutcome =
  | { readonly type: 'edit'; readonly form: FormState }
  | {
      readonly type: 'submit';
      readonly form: FormState;
      readonly params: QueryParams;
      /** Weeks or months, and a comparison: what the results do with the answer. */
      readonly view: PeriodView;
    }
  | { readonly type: 'back' }
  | { readonly type: 'quit' }
  | { readonly type: 'help' };

/** Fields that demo data fills, with Ctrl+N / Ctrl+P. */
export const DEMO_FIELDS: ReadonlySet<string> = new Set(['code', 'hash']);

/** The period row goes just before the first date field, when a method has dates. */
export function formRows(method: MethodEntry): FormRow[] {
  const rows: FormRow[] = method.fields.map((field) => ({ kind: 'field', field }));
  const firstDate = rows.findIndex(
    (row) => row.kind === 'field' && row.field.param.kind === 'date',
  );
  if (firstDate >= 0) rows.splice(firstDate, 0, { kind: 'period' });
  return [...rows, ...method.choices.map((choice) => ({ kind: 'choice' as const, choice }))];
}

/** The demo choices of a method: customer sessions when it needs a hash, else media codes. */
function demoChoices(method: MethodEntry, demo: DemoData | undefined): Record<string, string>[] {
  if (!demo) return [];
  const names = new Set(method.fields.map((field) => field.name));
  if (names.has('hash')) return demo.sessions.map(({ code, hash }) => ({ code, hash }));
  if (names.has('code')) return demo.codes.map((code) => ({ code }));
  return [];
}

function withDemo(form: FormState, method: MethodEntry, demo: DemoData | undefined, step: number) {
  const choices = demoChoices(method, demo);
  if (choices.length === 0) return form;
  const demoIndex = (form.demoIndex + step + choices.length) % choices.length;
  return withCaretAtEnd(
    { ...form, demoIndex, values: { ...form.values, ...choices[demoIndex] } },
    method,
  );
}

/** The caret after the text of the focused field, where it goes when a field gets focus or a new value. */
function withCaretAtEnd(form: FormState, method: MethodEntry): FormState {
  const row = formRows(method)[form.focus];
  const value = row?.kind === 'field' ? (form.values[row.field.name] ?? '') : '';
  return { ...form, caret: value.length };
}

function moveFocus(form: FormState, method: MethodEntry, step: number): FormState {
  const count = formRows(method).length;
  return withCaretAtEnd({ ...form, focus: (form.focus + step + count) % count }, method);
}

/** Defaults filled in: what the server would use, and in demo mode a code that has data. */
export function initialForm(method: MethodEntry, ctx: UiContext): FormState {
  const defaults = applyServerDefaults(method.spec, {}, ctx.today);
  const values: Record<string, string> = Object.fromEntries([
    ...method.fields.map((field): [string, string] => [
      field.name,
      String(defaults[field.name] ?? ''),
    ]),
    ...method.choices.map((choice): [string, string] => [choice.name, NO_COMPARISON]),
  ]);
  const form = {
    values,
    focus: 0,
    caret: 0,
    preset: 'default' as const,
    demoIndex: 0,
    issues: undefined,
  };
  return withCaretAtEnd(withDemo(form, method, ctx.demo, 0), method);
}

/** The spec's check of what would be sent: a week or month is sent as the days it sums. */
export function validateForm(method: MethodEntry, values: FormState['values']) {
  return validateParams(method.spec, toQueryParams(method.fields, apiValues(method, values)));
}

function choosePreset(form: FormState, method: MethodEntry, ctx: UiContext, step: number) {
  const index = PERIOD_PRESETS.indexOf(form.preset);
  const preset = PERIOD_PRESETS[(index + step + PERIOD_PRESETS.length) % PERIOD_PRESETS.length];
  if (preset === undefined) return form;
  // `default` puts back what the server would use; `custom` keeps the dates as they are.
  const range: Readonly<Record<string, string | number | undefined>> =
    preset === 'default'
      ? applyServerDefaults(method.spec, {}, ctx.today)
      : (presetRange(preset, ctx.today) ?? {});
  const dates = Object.fromEntries(
    ['start', 'end'].flatMap((name) => {
      const value = range[name];
      return value === undefined ? [] : [[name, String(value)]];
    }),
  );
  return { ...form, preset, values: { ...form.values, ...dates } };
}

/** The next of an enum field's or a choice's options. */
function cycle(
  { name, options }: { readonly name: string; readonly options: readonly string[] },
  form: FormState,
  step: number,
): FormState {
  const index = options.indexOf(form.values[name] ?? '');
  const next = options[(index + step + options.length) % options.length] ?? '';
  return { ...form, values: { ...form.values, [name]: next } };
}

function editField(field: FieldEntry, form: FormState, press: KeyPress): FormState {
  const old = form.values[field.name] ?? '';
  const { text, caret } = editLine({ text: old, caret: form.caret }, press);
  if (text === old) return { ...form, caret };
  return {
    ...form,
    caret,
    preset: field.param.kind === 'date' ? 'custom' : form.preset,
    values: { ...form.values, [field.name]: text },
  };
}

/** Ctrl+N and Ctrl+P pick the next or previous demo code (or session): ←/→ move the caret. */
function demoStep({ input, key }: KeyPress): number {
  if (!key.ctrl) return 0;
  return input === 'n' ? 1 : input === 'p' ? -1 : 0;
}

/**
 * What the focused row takes: `choice` (←/→ change it, `q` and `?` work), `code` (typed
 * text that never holds `?`: codes, dates, numbers) or `text` (free text, where `?` is a
 * character too). The keys and the footer both read it, so they cannot disagree.
 */
export type FocusedInput = 'choice' | 'code' | 'text';

export function focusedInput(form: FormState, method: MethodEntry): FocusedInput {
  const row = formRows(method)[form.focus];
  if (row?.kind !== 'field' || row.field.param.kind === 'enum') return 'choice';
  return row.field.param.kind === 'text' ? 'text' : 'code';
}

/** Keys of the form screen. */
export function formKey(
  form: FormState,
  method: MethodEntry,
  ctx: UiContext,
  press: KeyPress,
): FormOutcome {
  const { input, key } = press;
  const rows = formRows(method);
  const row = rows[form.focus];
  const focused = focusedInput(form, method);
  const typing = row?.kind === 'field' && focused !== 'choice';
  const revalidate = (next: FormState): FormOutcome => ({
    type: 'edit',
    form: next.issues ? { ...next, issues: issuesOf(method, next) } : next,
  });

  if (key.escape) return { type: 'back' };
  if (key.return) {
    const result = validateForm(method, form.values);
    return result.ok
      ? {
          type: 'submit',
          form: { ...form, issues: [] },
          params: toQueryParams(method.fields, apiValues(method, form.values)),
          view: periodView(method, form.values),
        }
      : { type: 'edit', form: { ...form, issues: result.issues } };
  }
  if ((key.tab && key.shift) || key.upArrow)
    return { type: 'edit', form: moveFocus(form, method, -1) };
  if (key.tab || key.downArrow) return { type: 'edit', form: moveFocus(form, method, 1) };
  const demoChoice = demoStep(press);
  if (demoChoice !== 0 && row?.kind === 'field' && DEMO_FIELDS.has(row.field.name))
    return revalidate(withDemo(form, method, ctx.demo, demoChoice));
  const step = key.leftArrow ? -1 : key.rightArrow ? 1 : 0;
  if (!typing && (step !== 0 || input === ' ')) {
    if (row?.kind === 'period') return revalidate(choosePreset(form, method, ctx, step || 1));
    if (row?.kind === 'choice') return revalidate(cycle(row.choice, form, step || 1));
    if (row?.field.param.kind === 'enum') return revalidate(cycle(row.field, form, step || 1));
    return { type: 'edit', form };
  }
  if (!typing) {
    if (input === 'q') return { type: 'quit' };
    if (input === '?') return { type: 'help' };
    return { type: 'edit', form };
  }
  // Free text (a password, a project key) may hold `?`; codes, dates and numbers never do.
  if (input === '?' && focused === 'code') return { type: 'help' };
  return revalidate(editField(row.field, form, press));
}

function issuesOf(method: MethodEntry, form: FormState): readonly ParamIssue[] {
  const result = validateForm(method, form.values);
  return result.ok ? [] : result.issues;
}
