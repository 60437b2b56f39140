/**
 * Reads `read` every 100 ms until `done` holds for its value, for tests that wait on background jobs;
 * after `timeoutMs` it fails with the last value read, so a stuck job says where it stopped.
 */
export async function waitFor<Value>(read: () => Promise<Value>, done: (value: Value) => boolean, timeoutMs = 60_000): Promise<Value> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not done after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
