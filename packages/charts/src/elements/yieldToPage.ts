// The elements' way of giving the page a turn (slicedRead.ts between slices, the elements before drawing).

/** Lets the page run (input, rendering) before the next slice: a new task, not a microtask. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
