/**
 * `work` applied to every item, at most `limit` at a time, each worker taking the
 * next item as soon as its last one settles; the results in the items' order. The
 * first rejection rejects the whole, as `Promise.all` does.
 */
export async function boundedMap<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
