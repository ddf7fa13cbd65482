/** Runs a stepwise job (a generator that yields between steps) to its end in one go, as a worker does. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a stepwise job on the page's main thread, resuming it only while a slice of `sliceMs` lasts and then
 * letting the page paint and answer input before the next slice. Stops (rejects) when `signal` aborts.
 */
export async function inSlices<T>(steps: Generator<void, T>, signal?: AbortSignal, sliceMs = 12): Promise<T> {
  for (;;) {
    const end = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= end) break;
    }
    await nextTask();
    signal?.throwIfAborted();
  }
}

/** A new task after the browser has had its turn (a message on a channel is not clamped like a timer). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
