import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loadApp, newAppPage } from './browser.js';
import { startHarness, type HarnessOptions, type RunningHarness } from './harness.js';

/** One test's own harness (over its own copy of the episode) and a page on it. */
export interface AppUnderTest {
  readonly harness: RunningHarness;
  readonly page: Page;
  /** The page's uncaught errors and console errors so far. */
  readonly errors: string[];
  /** Closes the page, stops the harness and removes its folder. */
  stop(): Promise<void>;
}

/** What a test's app starts with. */
export interface AppOptions extends HarnessOptions {
  /** False leaves the page blank, for a test that watches the first load itself; true (the default) loads the app and waits for its first turn. */
  readonly open?: boolean;
  /** The page's timeout for each action (15 s by default). */
  readonly timeout?: number;
}

/** How long a test's `beforeEach` may take to start its app: above the page's 15 s, so that its own timeout says what it waited for. */
export const START_APP_TIMEOUT = 30_000;

/** Starts a fresh harness and a fresh page in `browser` (at the same time), so that a test depends on no other test's edits. */
export async function startApp(browser: Browser, options: AppOptions = {}): Promise<AppUnderTest> {
  const [started, opened] = await Promise.allSettled([startHarness(options), newAppPage(browser, options.timeout)]);
  const stop = async () => {
    if (opened.status === 'fulfilled') await opened.value.page.close();
    if (started.status === 'fulfilled') {
      await started.value.stop();
      await rm(started.value.dir, { recursive: true, force: true });
    }
  };
  try {
    if (started.status === 'rejected') throw started.reason;
    if (opened.status === 'rejected') throw opened.reason;
    const harness = started.value;
    const { page, errors } = opened.value;
    if (options.open !== false) await loadApp(page, harness.url);
    return { harness, page, errors, stop };
  } catch (err) {
    // A renderer that fails to start usually says why in its console.
    const errors = opened.status === 'fulfilled' ? opened.value.errors : [];
    await stop();
    if (errors.length === 0) throw err;
    throw new Error(`${err instanceof Error ? err.message : String(err)}\nerrors raised in the page:\n${errors.join('\n')}`, { cause: err });
  }
}

/** Stops a test's app (if it started) and fails the test when its page raised errors. */
export async function stopCheckingErrors(app: AppUnderTest | undefined): Promise<void> {
  if (!app) return; // its start failed, and said why
  await app.stop();
  expect(app.errors, 'errors raised in the page').toEqual([]);
}

/**
 * The hooks of a describe block whose tests each start their own app: one browser for the block,
 * and each test's app stopped after it, failing the test when its page raised errors.
 */
export function appPerTest(): { start(options?: AppOptions): Promise<AppUnderTest> } {
  let browser: Browser | undefined;
  let app: AppUnderTest | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const stopping = app;
    app = undefined;
    await stopCheckingErrors(stopping);
  });
  return { start: async (options) => (app = await startApp(browser!, options)) };
}
