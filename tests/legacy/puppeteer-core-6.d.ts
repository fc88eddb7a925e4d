// puppeteer-core 6 (the release paired with Chromium 89) ships no types; only what the legacy tests call.
declare module 'puppeteer-core-6' {
  interface Page {
    goto(url: string): Promise<unknown>;
    evaluateOnNewDocument(fn: () => void): Promise<void>;
    evaluate<T>(fn: () => T): Promise<T>;
    on(event: 'pageerror', handler: (error: Error) => void): void;
    on(event: 'console', handler: (message: { type(): string; text(): string }) => void): void;
    close(): Promise<void>;
  }
  interface Browser {
    newPage(): Promise<Page>;
    close(): Promise<void>;
  }
  const puppeteer: {
    launch(options: {
      executablePath: string;
      args: string[];
      headless: boolean;
      defaultViewport: { width: number; height: number };
    }): Promise<Browser>;
  };
  export default puppeteer;
}
