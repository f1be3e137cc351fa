import { readFile } from 'node:fs/promises';

import type { DemoData } from '../data/source.js';
import type { CustomerRow } from './customers-csv.js';
import { CustomersError } from './customers-error.js';

/** The text of a customers' CSV file, or a `CustomersError` naming the file and why not. */
export async function readCustomersFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CustomersError(
      `cannot read ${path} (${reason}); give a CSV file of code,hash[,label] lines`,
    );
  }
}

/**
 * The demo's audit customers as rows of a customers' CSV: the seeded cases, each
 * labelled by its case (`group-buy`, `office-colleague-1`, …), then, with `crowd`, the
 * honest viewers (`viewer-001`, …) that make 200 customers of them.
 */
export function demoCustomerRows(demo: DemoData | undefined, crowd: boolean): CustomerRow[] {
  const audit = demo?.audit;
  const named = [
    ...(audit?.customers ?? []).map(({ code, hash, case: label }) => ({ code, hash, label })),
    ...(crowd ? (audit?.crowd ?? []) : []).map(({ code, hash, label }) => ({ code, hash, label })),
  ];
  return named.map((customer, index) => ({ line: index + 1, ...customer }));
}

/** `rows`, or a `CustomersError` saying that `where` holds no customer. */
export function requireCustomers<T>(rows: readonly T[], where: string): readonly T[] {
  if (rows.length === 0) {
    throw new CustomersError(`${where}: no customers; give code,hash[,label] lines`);
  }
  return rows;
}
