import type { ParamUse } from '@boomstream/spec';

/** One line of documentation for a parameter as a method uses it. */
export function describeParamUse(name: string, use: ParamUse): string {
  const parts = [`\`${name}\`${use.required ? ' (required)' : ''}: ${use.param.description}.`];
  if (use.serverDefault) parts.push(`Server default: ${use.serverDefault.text}.`);
  if (use.param.secret) {
    const shown = use.param.secret.publicValues.map((value) => `\`${value}\``).join(', ');
    parts.push(shown ? `Secret unless ${shown}.` : 'Secret.');
  }
  return parts.join(' ');
}
