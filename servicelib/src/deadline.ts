// One way to bound a wait: the work's result, or the given error once `ms` have passed. The timer is
// always cleared, so a finished request leaves nothing behind on the event loop. One promise and one
// timer per call (every request makes two: its handler's and its read's), not a race of two
// promises and a finally.
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
