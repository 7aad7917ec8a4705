/** Delivers pushed items to subscribers; items pushed while nobody listens wait for the first one. */
export class LinkBuffer<T> {
  private readonly waiting: T[] = [];
  private readonly listeners = new Set<(item: T) => void>();

  push(item: T): void {
    if (this.listeners.size === 0) {
      if (this.waiting.length < 10) this.waiting.push(item);
      return;
    }
    for (const listener of this.listeners) listener(item);
  }

  subscribe(listener: (item: T) => void): () => void {
    this.listeners.add(listener);
    for (const item of this.waiting.splice(0)) listener(item);
    return () => void this.listeners.delete(listener);
  }
}
