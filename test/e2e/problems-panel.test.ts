import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture } from '../support/paths.js';
import { appPerTest } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const activeLine = (page: Page) => page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent ?? '');
const kinds = (page: Page) => page.getByLabel('Problems by kind');
const list = (page: Page) => page.getByRole('listbox', { name: 'Problems' });
const listHeight = (page: Page) => list(page).evaluate((e) => Math.round(e.getBoundingClientRect().height));
const handle = (page: Page) => page.getByRole('separator', { name: 'Resize the problems panel' });
/** The list's group heads and, under each, how many problems it lists. */
const groups = (page: Page) =>
  list(page).evaluate((ul) => {
    const found: { head: string; problems: number }[] = [];
    for (const li of ul.children) {
      if (li.classList.contains('cm-problems-group')) found.push({ head: (li as HTMLElement).innerText.replace(/\s+/g, ' '), problems: 0 });
      else if (li.getAttribute('role') === 'option') found.at(-1)!.problems++;
    }
    return found;
  });

/** Opens defects.md (a problem of almost every kind) with the problems panel open. */
async function openDefects(apps: ReturnType<typeof appPerTest>): Promise<Page> {
  const { page } = await apps.start({ episode: fixture('episodes/defects.md') });
  await page.locator('.cm-lint-marker').first().waitFor();
  await line(page, 2).click();
  await page.keyboard.press('Control+Shift+M');
  await expect.poll(() => list(page).locator('[role=option]').count()).toBeGreaterThan(3);
  return page;
}

describe.skipIf(!HAS_CHROMIUM)('the problems panel', () => {
  const apps = appPerTest();

  it('lists the problems grouped under their kinds, in the kinds row’s order, each kind with its count', async () => {
    const page = await openDefects(apps);
    const row = await kinds(page).locator('button').allInnerTexts();
    const total = await list(page).locator('[role=option]').count();
    // All first, then each kind: errors first, then the most frequent.
    expect(row[0]).toBe(`All ${total}`);
    expect(row).toContain('Time and sec disagree 2');
    expect(row).toContain('Unquoted times 2');
    const listed = await groups(page);
    expect(listed.map((g) => g.head)).toEqual(row.slice(1));
    for (const g of listed) expect(g.head).toMatch(new RegExp(` ${g.problems}$`));
    expect(listed.reduce((sum, g) => sum + g.problems, 0)).toBe(total);
    expect(await list(page).getByRole('option').filter({ hasText: /is not quoted/ }).count()).toBe(2);
    await screenshot(page, 'problems-grouped');
  });

  it('shows one kind on a click, F8 then steps through that kind alone, and a second click (or All) shows every kind', async () => {
    const page = await openDefects(apps);
    const all = await list(page).getByRole('option').count();
    const unquoted = kinds(page).getByRole('button', { name: 'Unquoted times 2' });
    await unquoted.click();
    await expect.poll(() => groups(page)).toEqual([{ head: 'Unquoted times 2', problems: 2 }]);
    expect(await unquoted.getAttribute('aria-pressed')).toBe('true');
    // Every kind stays in the row, to switch to another.
    expect(await kinds(page).locator('button').count()).toBeGreaterThan(3);
    await screenshot(page, 'problems-filtered');
    // The click left the focus in the text: F8 goes to the unquoted times only, and round again.
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Thanks for having me.');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Another one.');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Thanks for having me.');
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => activeLine(page)).toContain('Another one.');

    await unquoted.click();
    await expect.poll(() => list(page).getByRole('option').count()).toBe(all);
    expect(await unquoted.getAttribute('aria-pressed')).toBe('false');
    // Unfiltered, F8 goes to the next problem of any kind.
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('unknown shape');

    await kinds(page).getByRole('button', { name: /^Suspicious speakers/ }).click();
    await expect.poll(() => groups(page)).toEqual([{ head: 'Suspicious speakers 2', problems: 2 }]);
    await kinds(page).getByRole('button', { name: /^All / }).click();
    await expect.poll(() => list(page).getByRole('option').count()).toBe(all);
    expect(await kinds(page).getByRole('button', { name: /^All / }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows every kind again once the last problem of the shown kind is fixed', async () => {
    const page = await openDefects(apps);
    await kinds(page).getByRole('button', { name: 'Empty paragraphs 1' }).click();
    await expect.poll(() => groups(page)).toEqual([{ head: 'Empty paragraphs 1', problems: 1 }]);
    // A click on the problem puts the cursor there; Enter takes the keys back to the text.
    await list(page).getByRole('option').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type('Hm.');
    await expect.poll(() => groups(page).then((g) => g.length)).toBeGreaterThan(3);
    expect((await groups(page)).map((g) => g.head)).not.toContain('Empty paragraphs 1');
  });

  it('goes through the problems with the keys in the list, kind by kind, and Escape goes back to the text', async () => {
    const page = await openDefects(apps);
    // Opening the panel puts the focus on its list, as the lint panel did.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Problems');
    await page.keyboard.press('Home');
    const first = list(page).getByRole('option').first();
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => list(page).getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBeNull();
    // The first two are the times and secs that disagree: the turns at 0:41 and 2:01.
    await expect.poll(() => activeLine(page)).toContain('2:01');
    await screenshot(page, 'problems-keys');
    await page.keyboard.press('Escape');
    await expect.poll(() => list(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
  });

  it('resizes from its top edge with the mouse and the keys, and keeps the height when opened again', async () => {
    const page = await openDefects(apps);
    expect(await listHeight(page)).toBe(160);
    const box = (await handle(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => listHeight(page)).toBe(240);
    await expect.poll(() => handle(page).getAttribute('aria-valuenow')).toBe('240');
    await screenshot(page, 'problems-resized');

    await handle(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => listHeight(page)).toBe(208);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => listHeight(page)).toBe(224);
    await screenshot(page, 'problems-resize-keys');
    // Never so tall that the text goes: End is the most, leaving the transcript its share.
    await page.keyboard.press('End');
    const most = await listHeight(page);
    expect(most).toBeGreaterThan(224);
    expect(await page.locator('.cm-scroller').evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThanOrEqual(100);
    await page.keyboard.press('Home');
    await expect.poll(() => listHeight(page)).toBe(60);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => listHeight(page)).toBe(76);

    // Closed and opened again: the same height.
    await line(page, 2).click();
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(() => list(page).count()).toBe(0);
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(() => listHeight(page)).toBe(76);
    await handle(page).dblclick();
    await expect.poll(() => listHeight(page)).toBe(160);
  });
});
