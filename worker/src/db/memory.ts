// What one isolate remembers of sites and surveys for a few seconds, so hot public routes (the
// collector, the widget's survey definition) skip D1 (issues #6, #11). Bounded in entries and bytes.
//
// Staleness: a change made through the API calls forgetSite() and is seen at once by the isolate that
// made it. Other isolates (a Worker runs many, in many places) and direct D1 writes (the `npm run admin`
// CLI) are seen when their entry expires: at most TTL_MS after the change.

/** How long any isolate may answer from what it read before a change made elsewhere. */
export const TTL_MS = 5000;

interface Entry<T> {
  at: number;
  site: string;
  value: T;
  bytes: number;
}

const memories: IsolateMemory<unknown>[] = [];

/**
 * A Map of values (never promises: a promise made by one request must not be awaited by another) that
 * expire after TTL_MS. Over `maxEntries` or `maxBytes` (as the caller counts them), the oldest entries
 * are forgotten first: a flood of distinct keys costs D1 reads, never unbounded memory.
 */
export class IsolateMemory<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    memories.push(this as IsolateMemory<unknown>);
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.at < TTL_MS) return entry.value;
    this.drop(key, entry);
    return undefined;
  }

  /** Remembers `value` for `site` (forgetSite drops it), counting `bytes` towards maxBytes. */
  set(key: string, site: string, value: T, bytes = 0): void {
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { at: Date.now(), site, value, bytes });
    this.bytes += bytes;
    this.trim();
  }

  /** Counts `bytes` more for an entry whose value grew in place (a rendered variant added to it). */
  grow(key: string, value: T, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry || entry.value !== value) return;
    entry.bytes += bytes;
    this.bytes += bytes;
    this.trim();
  }

  forgetSite(site: string): void {
    for (const [key, entry] of this.entries) if (entry.site === site) this.drop(key, entry);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private drop(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private trim(): void {
    while (this.entries.size > this.maxEntries || (this.bytes > this.maxBytes && this.entries.size > 0)) {
      const [key, entry] = this.entries.entries().next().value!;
      this.drop(key, entry);
    }
  }
}

/** Forgets what this isolate remembers of a site, in every memory, after a change made through the API. */
export function forgetSite(site: string): void {
  for (const memory of memories) memory.forgetSite(site);
}

/** Forgets everything (the worker tests: their storage is rolled back after each test). */
export function forgetAll(): void {
  for (const memory of memories) memory.clear();
}
