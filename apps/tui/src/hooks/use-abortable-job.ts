import { useEffect, useEffectEvent } from 'react';

/**
 * Runs `start` for each new job with a signal that aborts when a newer job takes
 * over or the screen goes away; `start` reads the latest props without restarting.
 */
export function useAbortableJob<J>(
  job: J | undefined,
  start: (job: J, signal: AbortSignal) => void,
): void {
  const run = useEffectEvent(start);
  useEffect(() => {
    if (!job) return;
    const controller = new AbortController();
    run(job, controller.signal);
    return () => {
      controller.abort();
    };
  }, [job]);
}
