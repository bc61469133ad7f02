/**
 * The README's screenshots (`npm run docs:screenshots`, i.e. CLAIMCHECK_DOCS_SCREENSHOTS=docs/images):
 * one cropped PNG per editor feature, taken in the real workbench on a fresh copy of examples/.
 * Each step waits for the feature's widget to show what the README says it shows, then crops to
 * that region; a step that cannot is reported as a failed check (and a full-window shot of what
 * the page looked like goes to test-results/editor/docs-failed-NAME.png), never saved as a docs image.
 *
 * The copy's .vscode/settings.json (hidden from the Explorer) turns the minimap, auto save and
 * stale-review off: the examples' 2018 review dates would crowd every picture with infos.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { forwardConsole } from './browser';
import type { UiCheck } from './ui';

const STEP_MS = 30_000;
/** Widgets fade in (hover, suggest, peek): let the animation finish before the shot. */
const SETTLE_MS = 400;

interface Box { x: number; y: number; width: number; height: number }

/** Settings of the docs workspace copy; `.vscode` itself is hidden from the Explorer. */
export const DOCS_WORKSPACE_SETTINGS = {
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'claimcheck.staleReviewDays': 0,
  'files.exclude': { '**/.vscode': true },
  'workbench.editor.enablePreview': false,
  // code-server saves edits after a delay by default: the completion step must not change the copy.
  'files.autoSave': 'off',
};

/** A copy of `examples` at `dest` with the docs settings. */
export function docsWorkspace(examples: string, dest: string): string {
  fs.cpSync(examples, dest, { recursive: true });
  fs.mkdirSync(path.join(dest, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dest, '.vscode', 'settings.json'), `${JSON.stringify(DOCS_WORKSPACE_SETTINGS, null, 2)}\n`);
  return dest;
}

export async function captureDocsScreenshots(browser: Browser, base: string, folder: string, imagesDir: string, resultsDir: string): Promise<UiCheck[]> {
  fs.mkdirSync(imagesDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  forwardConsole(page, '  [docs] ', path.join(resultsDir, 'console-docs.log'), { quiet: true });
  const checks: UiCheck[] = [];

  /** CLAIMCHECK_DOCS_ONLY=hover.png,rename.png retakes only those. */
  const only = process.env.CLAIMCHECK_DOCS_ONLY?.split(',').map(f => f.trim()).filter(Boolean);
  /** One screenshot: `body` sets the scene and returns the region to keep. */
  const shot = async (file: string, name: string, body: () => Promise<Box>) => {
    if (only?.length && !only.includes(file)) return;
    const target = path.join(imagesDir, file);
    try {
      const clip = clamp(await body(), page);
      await page.waitForTimeout(SETTLE_MS);
      await page.screenshot({ path: target, clip });
      const kb = Math.round(fs.statSync(target).size / 1024);
      checks.push({ name: `docs: ${name}`, ok: true, detail: `${clip.width}×${clip.height}, ${kb} KB`, screenshot: target });
    } catch (error) {
      const failed = path.join(resultsDir, `docs-failed-${file}`);
      await page.screenshot({ path: failed }).catch(() => undefined);
      checks.push({ name: `docs: ${name}`, ok: false, detail: error instanceof Error ? error.message.split('\n')[0] : String(error), screenshot: failed });
    }
    await reset(page);
  };

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    await shot('diagnostics.png', 'diagnostics in the Arabic draft and the Problems panel', async () => {
      await openFile(page, 'ar/crimea-draft.md', 'شبه جزيرة القرم');
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'date-mismatch' }).filter({ hasText: 'شباط' }).first().waitFor({ timeout: STEP_MS });
      // Workspace diagnostics: the articles that are not open are listed too.
      await rows.filter({ hasText: 'relations-draft.md' }).first().waitFor({ timeout: STEP_MS });
      await page.locator('.part.editor .squiggly-error').first().waitFor({ timeout: STEP_MS });
      return union(await box(page.locator('.part.editor')), await box(page.locator('.part.panel')));
    });

    await shot('hover.png', 'hover on a claim ref, with Arabic labels', async () => {
      await openFile(page, 'ar/crimea-draft.md', 'شبه جزيرة القرم');
      const word = await findText(page, 'crimea-accession');
      await hoverAt(page, word);
      const hover = page.locator('.monaco-hover:visible', { hasText: 'crimea-accession' }).filter({ hasText: 'الحالة' });
      await hover.first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      const h = await box(hover.first());
      return pad(union(h, word, { x: editor.x, y: word.y - 40, width: 1, height: 1 }), 12);
    });

    await shot('definition.png', 'go to definition: claims.yaml opened at the claim', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      await clickOn(page, 'last-2plus2-meeting');
      // F12 can land before the editor has its providers: press again until claims.yaml opens.
      const opened = page.locator('.part.editor .tab.active', { hasText: 'claims.yaml' });
      for (let i = 0; ; i++) {
        await page.keyboard.press('F12');
        if (await opened.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
        if (i === 3) throw new Error('F12 on the claim id did not open claims.yaml');
      }
      await page.locator('.part.editor .monaco-editor .view-lines', { hasText: 'last-2plus2-meeting:' }).first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor'));
      const cursor = await box(page.locator('.part.editor .monaco-editor .cursor').first());
      // The tab and breadcrumbs, then the claim's entry (the key is revealed in the middle).
      const top = { x: editor.x, y: editor.y, width: Math.min(editor.width, 900), height: 60 };
      return union(top, { x: editor.x, y: cursor.y - 120, width: 1, height: 400 });
    });

    await shot('references.png', 'find references: the peek view', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      const word = await clickOn(page, 'last-2plus2-meeting');
      await page.keyboard.press('Shift+F12');
      const peek = page.locator('.peekview-widget:visible');
      await peek.first().waitFor({ timeout: STEP_MS });
      await peek.locator('.ref-tree .monaco-list-row', { hasText: 'claims.yaml' }).first().waitFor({ timeout: STEP_MS });
      await peek.locator('.ref-tree .monaco-list-row', { hasText: 'huntsman-2plus2.md' }).first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor'));
      const p = await box(peek.first());
      return union({ x: editor.x, y: word.y - 60, width: editor.width, height: 1 }, p);
    });

    await shot('rename.png', 'rename: the refactor preview', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      await clickOn(page, 'last-2plus2-meeting');
      await page.keyboard.press('F2');
      const input = page.locator('.rename-box input').first();
      await input.waitFor({ timeout: STEP_MS });
      await input.fill('last-2plus2-meeting-washington');
      // Ctrl+Enter: rename with a preview of every file it touches (nothing is changed yet).
      await page.keyboard.press('Control+Enter');
      const preview = page.locator('.part.panel .monaco-list-row', { hasText: 'claims.yaml' });
      await preview.first().waitFor({ timeout: STEP_MS });
      await page.locator('.part.panel .monaco-list-row', { hasText: 'huntsman-2plus2.md' }).first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor'));
      const ref = await findText(page, 'ref: last-2plus2-meeting');
      return union({ x: editor.x, y: ref.y - 70, width: editor.width, height: 1 }, await box(page.locator('.part.panel')));
    });
    // Throw the preview away: the workspace stays as it was.
    await discardRefactorPreview(page);

    await shot('completion.png', 'completion after `ref: ` in a claim block', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      await clickOn(page, 'lavrov-tillerson-viena');
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type('ref: ');
      const suggest = page.locator('.suggest-widget.visible');
      const row = suggest.locator('.monaco-list-row', { hasText: 'lavrov-tillerson-vienna' });
      await row.first().waitFor({ timeout: 5_000 }).catch(async () => {
        await page.keyboard.press('Control+Space');
        await row.first().waitFor({ timeout: STEP_MS });
      });
      // The details of the focused item: the claim itself.
      const details = page.locator('.suggest-details-container:visible, .suggest-details:visible');
      if (await details.count() === 0) await page.keyboard.press('Control+Space');
      await details.first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      const line = await box(page.locator('.part.editor .monaco-editor .cursor').first());
      const parts = [await box(suggest.first()), line];
      if (await details.count() > 0) parts.push(await box(details.first()));
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      return pad(union(...parts, { x: editor.x, y: line.y - 60, width: 1, height: 1 }), 12);
    });
    await revert(page);

    await shot('quick-fix.png', 'quick fix menu on the wrong date', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      const date = await clickOn(page, 'August 2012');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget:visible');
      await menu.first().waitFor({ timeout: STEP_MS });
      await menu.locator('.monaco-list-row', { hasText: 'Change to "August 2013"' }).first().waitFor({ timeout: STEP_MS });
      await menu.locator('.monaco-list-row', { hasText: 'Disable date-mismatch for the next line' }).first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      return pad(union(await box(menu.first()), date, { x: editor.x, y: date.y - 40, width: 1, height: 1 }), 12);
    });

    await shot('quick-fix-link.png', 'quick fix on a sentence no claim block links: link to the claim it states', async () => {
      await openFile(page, 'en/huntsman-2plus2.md', 'Lavrov–Tillerson');
      const words = await clickOn(page, 'Syria and North Korea');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget:visible');
      await menu.first().waitFor({ timeout: STEP_MS });
      await menu.locator('.monaco-list-row', { hasText: 'Link to claim huntsman-syria-north-korea' }).first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      return pad(union(await box(menu.first()), words, { x: editor.x, y: words.y - 40, width: Math.min(editor.width, 880), height: 1 }), 12);
    });

    await shot('code-lens.png', 'code lens above a claim block', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      const lens = page.locator('.part.editor .codelens-decoration:visible', { hasText: 'cited by' });
      await lens.first().waitFor({ timeout: STEP_MS });
      const text = await findText(page, 'The last "2+2" meeting of foreign and defence ministers was held in Washington in August 2012.');
      const close = await findText(page, 'ref: 2plus2-meeting-2016');
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      // From the passage to the second block's closing fence (a line below its ref).
      return { x: editor.x, y: text.y - 6, width: text.x + text.width - editor.x + 30, height: close.y + 2 * close.height - text.y + 14 };
    });

    await shot('grammar.png', 'a claim block highlighted as YAML', async () => {
      await openFile(page, 'en/huntsman-2plus2.md', 'Lavrov–Tillerson');
      // The cursor on the empty line after the block (no word highlighted in it), the block in view.
      await goToLine(page, 55);
      await page.locator('.part.editor .view-lines', { hasText: 'place: washington' }).first().waitFor({ timeout: STEP_MS });
      // Code lenses arrive after the scroll and push the lines down: measure once they are in.
      await page.locator('.part.editor .codelens-decoration:visible', { hasText: 'cited by' }).first().waitFor({ timeout: STEP_MS });
      await page.waitForTimeout(SETTLE_MS);
      const first = await findText(page, 'The last 2+2 meeting was held');
      const last = await findText(page, 'place: washington');
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      return pad({ x: editor.x, y: first.y - 4, width: Math.min(editor.width, 620), height: last.y + 2 * last.height - first.y + 14 }, 8);
    });

    await shot('register.png', 'diagnostics in the register itself, while typing', async () => {
      // A typo in a claim's status: the first `status: verified` of the copy's claims.yaml.
      const line = fs.readFileSync(path.join(folder, 'claims.yaml'), 'utf8').split('\n').findIndex(l => /^\s+status: verified\s*$/.test(l)) + 1;
      if (line === 0) throw new Error('no "status: verified" line in claims.yaml');
      await openFile(page, 'claims.yaml', 'status:');
      await goToLine(page, line);
      // "verified" → "verifed" with a Backspace (typing letters would open the status completion list).
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Backspace');
      await page.locator('.part.editor .squiggly-error').first().waitFor({ timeout: STEP_MS });
      const word = await findText(page, 'status: verifed');
      await hoverAt(page, { ...word, x: word.x + word.width * 0.75, width: 1 });
      const hover = page.locator('.monaco-hover:visible', { hasText: 'must be one of' });
      await hover.first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor .monaco-editor').first());
      return pad(union(await box(hover.first()), word, { x: editor.x, y: word.y - 60, width: 1, height: 100 }), 12);
    });
    await revert(page);

    await shot('outline.png', 'outline of an article (document symbols)', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      await runCommand(page, 'Explorer: Focus on Outline View');
      await collapseFolder(page, folder);
      const pane = paneTitled(page, 'Outline');
      await pane.locator('.monaco-list-row', { hasText: '2plus2-meeting-2016' }).first().waitFor({ timeout: STEP_MS });
      // Expand every node (the claims under each block).
      await pane.locator('.monaco-list').first().click();
      await page.keyboard.press('Control+Home');
      await runCommand(page, 'Outline: Expand All').catch(() => page.keyboard.press('Escape'));
      await pane.locator('.monaco-list-row', { hasText: /false|verified/ }).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      return sidebarUpTo(page, pane);
    });

    await shot('claims-view.png', 'the Claims view in the Explorer', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      await runCommand(page, 'Explorer: Focus on Claims View');
      await collapseFolder(page, folder);
      await collapsePane(page, 'Outline');
      const pane = paneTitled(page, 'Claims');
      const row = pane.locator('.monaco-list-row', { hasText: 'last-2plus2-meeting' });
      await row.first().waitFor({ timeout: STEP_MS });
      // Open one claim: its citations are listed under it.
      await row.first().click();
      await page.keyboard.press('ArrowRight');
      await pane.locator('.monaco-list-row', { hasText: 'relations-draft.md' }).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      return sidebarUpTo(page, pane);
    });

    await shot('status-bar.png', 'the status bar item and its tooltip', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      const item = page.locator('.statusbar-item', { has: page.locator('.codicon-checklist') })
        .or(page.locator('.statusbar-item[aria-label^="Claimcheck"]'));
      await item.first().waitFor({ timeout: STEP_MS });
      await page.locator('[aria-label^="Claimcheck: 3 errors"]').first().waitFor({ timeout: STEP_MS });
      await item.first().hover();
      const tip = page.locator('.monaco-hover:visible, .workbench-hover:visible', { hasText: 'Problems panel' });
      await tip.first().waitFor({ timeout: STEP_MS });
      const bar = await box(page.locator('.part.statusbar'));
      return pad(union(await box(tip.first()), await box(item.first()), { x: bar.x, y: bar.y, width: 560, height: bar.height }), 6);
    });

    await shot('preview.png', 'the Markdown preview with claim badges', async () => {
      await openFile(page, 'en/relations-draft.md', 'five years of Russia');
      await runCommand(page, 'Markdown: Open Preview to the Side');
      const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await frame.locator('.claimcheck-claim[data-claim="last-2plus2-meeting"]').first().waitFor({ timeout: STEP_MS });
      await frame.locator('.claimcheck-claim[data-claim="2plus2-meeting-2016"]').first().waitFor({ timeout: STEP_MS });
      const editor = await box(page.locator('.part.editor'));
      const last = await findText(page, 'lavrov-tillerson-viena');
      return { x: editor.x, y: editor.y, width: editor.width, height: Math.min(editor.height, last.y - editor.y + 80) };
    });
  } finally {
    await context.close();
  }
  return checks;
}

/** Runs a command by its exact title through the command palette (F1). */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_MS });
  await input.fill(`>${title}`);
  // Rows are labelled "Title, Keybinding": pick the one with exactly this title, not a longer one.
  const row = page.locator('.quick-input-list .monaco-list-row')
    .and(page.locator(`[aria-label="${title}"], [aria-label^="${title}, "]`));
  await row.first().waitFor({ timeout: STEP_MS });
  await row.first().click();
}

/** Quick Open (Ctrl+P) on `file` ("en/relations-draft.md"); waits until the editor shows `expectText`. */
async function openFile(page: Page, file: string, expectText: string): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_MS });
  await input.fill(file);
  const name = path.posix.basename(file), dir = path.posix.dirname(file);
  // Rows read "relations-draft.md articles/en": the name, then the folder.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name })
    .filter(dir === '.' ? {} : { has: page.locator('.label-description', { hasText: new RegExp(`(^|/)${dir}$`) }) });
  await row.first().waitFor({ timeout: STEP_MS });
  await row.first().click();
  await page.locator('.part.editor .monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: STEP_MS });
  // Editors remember their cursor: start from the top, with no word highlighted.
  await page.keyboard.press('Control+Home');
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${String(locator)} is not visible`);
  return b;
}

function union(...boxes: Box[]): Box {
  const x = Math.min(...boxes.map(b => b.x)), y = Math.min(...boxes.map(b => b.y));
  const right = Math.max(...boxes.map(b => b.x + b.width)), bottom = Math.max(...boxes.map(b => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

function pad(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/** Whole pixels inside the viewport. */
function clamp(b: Box, page: Page): Box {
  const v = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, Math.floor(b.x)), y = Math.max(0, Math.floor(b.y));
  const right = Math.min(v.width, Math.ceil(b.x + b.width)), bottom = Math.min(v.height, Math.ceil(b.y + b.height));
  if (right - x < 10 || bottom - y < 10) throw new Error(`the region to keep is empty: ${JSON.stringify(b)}`);
  return { x, y, width: right - x, height: bottom - y };
}

/** Monaco starts its hover timer on a mousemove inside the word: two moves. */
async function hoverAt(page: Page, b: Box): Promise<void> {
  await page.mouse.move(b.x + b.width / 2 - 2, b.y + b.height / 2);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
}

/**
 * The on-screen box of `needle` in the editors' rendered lines, the topmost when it shows more than
 * once. The line's text nodes are joined first (Monaco splits a line into one span per token and
 * renders spaces as no-break spaces), so a needle may cross tokens; right-to-left text works too.
 */
async function findText(page: Page, needle: string): Promise<Box> {
  // Runs in the page; this project compiles without the DOM library, hence `any`.
  const found = await page.evaluate((n: string) => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const doc = (globalThis as any).document;
    const SHOW_TEXT = 4;
    const hits: { x: number; y: number; width: number; height: number }[] = [];
    for (const line of Array.from(doc.querySelectorAll('.part.editor .view-lines .view-line')) as any[]) {
      const nodes: { node: any; start: number }[] = [];
      let text = '';
      const walker = doc.createTreeWalker(line, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += (node.textContent ?? '').replace(/\u00a0/g, ' ');
      }
      const at = text.indexOf(n);
      if (at < 0) continue;
      const locate = (offset: number, end: boolean) => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          if (nodes[i].start < offset || (!end && nodes[i].start === offset)) return { node: nodes[i].node, offset: offset - nodes[i].start };
        }
        return { node: nodes[0].node, offset: 0 };
      };
      const a = locate(at, false), b = locate(at + n.length, true);
      const range = doc.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const r = range.getBoundingClientRect();
      if (r.width > 0) hits.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    }
    hits.sort((p, q) => p.y - q.y);
    return hits[0];
  }, needle);
  if (!found) throw new Error(`"${needle}" is not visible in the editor`);
  return found;
}

/** Puts the cursor in the middle of `needle` (its topmost rendering in the editor). */
async function clickOn(page: Page, needle: string): Promise<Box> {
  const b = await findText(page, needle);
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  return b;
}

async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_MS });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
}

function paneTitled(page: Page, title: string): Locator {
  return page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}\\s*$`, 'i') }) });
}

/** Collapses the workspace folder's tree in the Explorer, so the views below it have room. */
async function collapseFolder(page: Page, folder: string): Promise<void> {
  const header = page.locator('.part.sidebar .pane-header', { hasText: path.basename(folder) }).first();
  if (await header.getAttribute('aria-expanded') === 'true') await header.click();
}

async function collapsePane(page: Page, title: string): Promise<void> {
  const header = page.locator('.part.sidebar .pane-header', { hasText: new RegExp(`^\\s*${title}\\s*$`, 'i') }).first();
  if (await header.count() > 0 && await header.getAttribute('aria-expanded') === 'true') await header.click();
}

/** The side bar from its top to a little below the last row of `pane`. */
async function sidebarUpTo(page: Page, pane: Locator): Promise<Box> {
  const bar = await box(page.locator('.part.sidebar'));
  const rows = pane.locator('.monaco-list-row');
  const n = await rows.count();
  const last = n > 0 ? await box(rows.nth(n - 1)) : await box(pane);
  return { x: bar.x, y: bar.y, width: bar.width, height: Math.min(bar.height, last.y + last.height - bar.y + 16) };
}

async function discardRefactorPreview(page: Page): Promise<void> {
  const discard = page.locator('.part.panel .action-label[aria-label="Discard"], .part.panel a[aria-label^="Discard"], .part.panel .monaco-button', { hasText: /Discard/ })
    .or(page.locator('.part.panel [aria-label^="Discard"]'));
  if (await discard.count() > 0) await discard.first().click().catch(() => undefined);
  else await runCommand(page, 'Discard Refactoring').catch(() => page.keyboard.press('Escape'));
  await reset(page);
}

async function revert(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await runCommand(page, 'File: Revert File').catch(() => page.keyboard.press('Escape'));
}

/** Back to a plain workbench: widgets closed, editors closed, panel hidden, the mouse out of the way. */
async function reset(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.mouse.move(640, 4);
  await runCommand(page, 'View: Close All Editors').catch(() => page.keyboard.press('Escape'));
  // An edited file that was not reverted: never save it.
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don't Save/ });
  if (await dontSave.first().waitFor({ timeout: 500 }).then(() => true, () => false)) await dontSave.first().click();
  await page.locator('.part.panel:visible').first().waitFor({ state: 'attached', timeout: 1 }).catch(() => undefined);
  if (await page.locator('.part.panel:visible').count() > 0) {
    await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
  }
}
