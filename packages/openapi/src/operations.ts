import { methods, type MethodSpec } from '@boomstream/spec';

/**
 * One HTTP operation and the spec's methods it serves. OpenAPI keys an operation by HTTP
 * method and path; the reference's `project` and `target` are both `GET /stats` (`code`
 * makes a request a `target` one), so they are one operation, and the document's
 * `x-boomstream-methods` extension keeps the three methods visible. The document's
 * generator and `decodeAnswer` both read the operations from here, so an operationId
 * a generated client calls is one `decodeAnswer` knows.
 */
export interface HttpOperation {
  readonly path: string;
  readonly operationId: string;
  /** `StatsResponse`: the component schema of its success answer. */
  readonly response: string;
  readonly methods: readonly MethodSpec[];
}

/** `/ppv/sessions` → `Sessions`. */
function pathName(path: string): string {
  const last = path.split('/').at(-1) ?? '';
  return `${last[0]?.toUpperCase() ?? ''}${last.slice(1)}`;
}

/** The spec's methods grouped by path, in the spec's order. */
export function httpOperations(): HttpOperation[] {
  const byPath = new Map<string, MethodSpec[]>();
  for (const method of Object.values<MethodSpec>(methods)) {
    byPath.set(method.path, [...(byPath.get(method.path) ?? []), method]);
  }
  return [...byPath].map(([path, serving]) => {
    if (serving.some(({ response }) => response !== serving[0]?.response)) {
      throw new Error(`GET ${path}: its methods answer differently, one operation cannot say so`);
    }
    const name = pathName(path);
    return { path, operationId: `get${name}`, response: `${name}Response`, methods: serving };
  });
}
