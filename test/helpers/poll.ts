/**
 * Asks `check` again and again until it answers something other than undefined. Gives up after `within` ms with an
 * error naming `what`, so a stuck job or a file that never comes says so itself instead of the test timing out.
 * The limit only bounds a failure: nothing passes or fails by how fast the machine is.
 */
export async function pollUntil<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  options: { within?: number; every?: number } = {},
): Promise<T> {
  const { within = 30_000, every = 20 } = options;
  const deadline = performance.now() + within;
  for (;;) {
    const answer = await check();
    if (answer !== undefined) return answer;
    if (performance.now() > deadline) throw new Error(`Waited ${within / 1000} s for ${what}, in vain`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
