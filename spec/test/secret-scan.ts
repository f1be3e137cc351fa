/**
 * The secret scan shared by the packages' tests: every form in which a secret travels
 * or is echoed, and every fragment of four characters of those forms. A test that
 * finds none of the fragments in what a user sees knows no secret, whole or cut,
 * showed.
 */

/** Each way a secret travels or is echoed: the forms the scan looks for fragments of. */
export const SECRET_FORMS: Readonly<Record<string, (secret: string) => string>> = {
  raw: (s) => s,
  percent: (s) => encodeURIComponent(s),
  form: (s) => new URLSearchParams({ s }).toString().slice(2),
  JSON: (s) => JSON.stringify(s).slice(1, -1),
  'JSON, PHP style': (s) =>
    JSON.stringify(s)
      .slice(1, -1)
      .replace(/\//g, '\\/')
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  XML: (s) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;'),
};

/** Every fragment of `length` characters of every form of every secret. */
export function secretFragments(secrets: readonly string[], length = 4): string[] {
  return [
    ...new Set(
      secrets.flatMap((secret) =>
        Object.values(SECRET_FORMS).flatMap((form) => {
          const text = form(secret);
          return Array.from({ length: text.length - length + 1 }, (_, i) =>
            text.slice(i, i + length),
          );
        }),
      ),
    ),
  ];
}

/** `text` wrapped every `width` characters onto an indented new line, as some servers echo. */
export function wrapped(text: string, width: number): string {
  return text.replace(new RegExp(`(.{${width}})`, 'gsu'), '$1\n    ');
}

/** What a careless server echoes of secrets: each in every form, plain and wrapped. */
export function echoes(secrets: readonly string[]): string {
  const forms = secrets.flatMap((secret) =>
    Object.values(SECRET_FORMS).map((form) => form(secret)),
  );
  return [...forms, ...forms.map((form) => wrapped(form, 5))].join(' | ');
}
