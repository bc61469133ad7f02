/**
 * What a writer sees: the Arabic draft open in the workbench, its date-mismatch in the Problems
 * panel, the hover over the wrong Arabic date, the status-bar counts. Screenshots are kept.
 */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { forwardConsole } from './browser';

export interface UiCheck { name: string; ok: boolean; detail?: string; screenshot?: string }

const STEP_MS = 30_000;

export async function runUiChecks(browser: Browser, base: string, folder: string, outDir: string): Promise<UiCheck[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  forwardConsole(page, '  [ui] ', path.join(outDir, 'console-ui.log'), { quiet: true });
  const checks: UiCheck[] = [];
  const check = async (name: string, shot: string | undefined, body: () => Promise<string | void>) => {
    const screenshot = shot ? path.join(outDir, shot) : undefined;
    try {
      const detail = await body();
      checks.push({ name, ok: true, detail: detail || undefined, screenshot });
    } catch (error) {
      checks.push({ name, ok: false, detail: error instanceof Error ? error.message.split('\n')[0] : String(error), screenshot });
    }
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
  };
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    await check('Problems panel lists the Arabic date-mismatch', 'problems-ar.png', async () => {
      await openFile(page, 'crimea-draft.md', 'شبه جزيرة القرم');
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'date-mismatch' }).filter({ hasText: 'شباط' });
      await row.first().waitFor({ timeout: STEP_MS });
      return squash(await row.first().innerText());
    });

    await check('hover over the Arabic date shows the finding', 'hover-ar.png', async () => {
      const box = await textBox(page, '٢٠١٤');
      // Two moves: Monaco starts its hover timer on mousemove inside the word.
      await page.mouse.move(box.x + box.width / 2 - 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover:visible', { hasText: 'crimea-accession' });
      await hover.first().waitFor({ timeout: STEP_MS });
      return squash(await hover.first().innerText());
    });

    await check('status bar shows the article\'s counts', 'statusbar-ar.png', async () => {
      const item = page.locator('.statusbar-item[aria-label^="Claimcheck"]')
        .or(page.locator('.statusbar-item').filter({ has: page.locator('[aria-label^="Claimcheck"]') }));
      await item.first().waitFor({ timeout: STEP_MS });
      const label = (await item.first().getAttribute('aria-label'))
        ?? (await item.first().locator('[aria-label^="Claimcheck"]').first().getAttribute('aria-label')) ?? '';
      if (!/\b1 error\b/.test(label)) throw new Error(`status bar item says "${label}", expected 1 error`);
      await item.first().hover();
      await page.locator('.monaco-hover:visible, .workbench-hover:visible', { hasText: 'Problems panel' }).first()
        .waitFor({ timeout: STEP_MS }).catch(() => undefined);
      return label;
    });

    await check('Markdown preview draws the claim blocks as badges', 'preview-en.png', async () => {
      await page.keyboard.press('Escape');
      await openFile(page, 'relations-draft.md', 'five years of Russia');
      await runCommand(page, 'Markdown: Open Preview to the Side');
      const badge = page.frameLocator('iframe.webview').frameLocator('#active-frame')
        .locator('.claimcheck-claim[data-claim="last-2plus2-meeting"]');
      await badge.first().waitFor({ timeout: STEP_MS });
      const style = await badge.first().getAttribute('style');
      if (!style || !/border-radius/.test(style)) throw new Error(`the badge lost its inline style in the preview: ${style}`);
      return squash(await badge.first().innerText());
    });

    await check('Claims view lists the register by status', 'claims-view.png', async () => {
      // Room for the view in the screenshot: hide the panel (Problems), keep the preview beside.
      await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
      await runCommand(page, 'Explorer: Focus on Claims View');
      const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^\s*Claims\s*$/i }) });
      // And collapse the folder tree above it.
      await page.locator('.pane-header', { hasText: 'workspace-ui' }).first().click().catch(() => undefined);
      const rows = pane.locator('.monaco-list-row');
      const message = pane.getByText(/does not list claims|Could not list the claims|language server is not running/);
      await rows.or(message).first().waitFor({ timeout: STEP_MS });
      if (await message.count() > 0) throw new Error(`the view shows: ${squash(await message.first().innerText())}`);
      // Problems first: the false claim's group leads, the verified ones follow.
      await rows.filter({ hasText: '2plus2-meeting-2016' }).first().waitFor({ timeout: STEP_MS });
      await rows.filter({ hasText: 'last-2plus2-meeting' }).first().waitFor({ timeout: STEP_MS });
      const labels = (await rows.allInnerTexts()).map(squash);
      if (!/^False/.test(labels[0] ?? '')) throw new Error(`the first group is not False: ${labels.join(' | ')}`);
      if (!labels.some(l => /^Verified/.test(l))) throw new Error(`no Verified group: ${labels.join(' | ')}`);
      return labels.join(' | ');
    });
  } finally {
    await context.close();
  }
  return checks;
}

export function squash(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}

/** Runs a command by its title through the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_MS });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
}

/** Quick Open (Ctrl+P), pick the file, wait until the editor shows `expectText`. */
export async function openFile(page: Page, name: string, expectText: string): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_MS });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: STEP_MS });
}

/** The on-screen box of `needle` inside the editor's rendered lines (works for right-to-left text). */
export async function textBox(page: Page, needle: string): Promise<{ x: number; y: number; width: number; height: number }> {
  // Runs in the page; this project compiles without the DOM library, hence `any`.
  const box = await page.evaluate((n: string) => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const doc = (globalThis as any).document;
    const SHOW_TEXT = 4;
    for (const line of Array.from(doc.querySelectorAll('.monaco-editor .view-lines .view-line')) as any[]) {
      const walker = doc.createTreeWalker(line, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at: number = node.textContent?.indexOf(n) ?? -1;
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + n.length);
        const r = range.getBoundingClientRect();
        return { x: r.x as number, y: r.y as number, width: r.width as number, height: r.height as number };
      }
    }
    return undefined;
  }, needle);
  if (!box || box.width === 0) throw new Error(`"${needle}" is not visible in the editor`);
  return box;
}
