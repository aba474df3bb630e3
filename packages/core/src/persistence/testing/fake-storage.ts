import type { StorageLike } from '../guarded-storage';

/** An in-memory `Storage` whose writes can be made to fail, as a full or blocked one does. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  writeAttempts = 0;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.writeAttempts += 1;
    if (this.failWrites) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}
