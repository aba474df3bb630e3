/**
 * Commands the `react-browser` test project adds (see `vitest.config.ts`), for
 * `commands` from `vitest/browser`.
 */
declare module 'vitest/browser' {
  interface BrowserCommands {
    /**
     * Emulates the user's media settings for the page; `null` puts one back to the default.
     *
     * @example
     * await commands.emulateMedia({ reducedMotion: 'reduce' });
     */
    emulateMedia: (features: {
      reducedMotion?: 'reduce' | 'no-preference' | null;
      colorScheme?: 'light' | 'dark' | 'no-preference' | null;
      forcedColors?: 'active' | 'none' | null;
    }) => Promise<void>;
  }
}

export {};
