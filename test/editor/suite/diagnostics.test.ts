/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { activate, openArticle, rangeOf, rangeText, waitForDiagnostics, withCode } from './util';

suite('Diagnostics', () => {
  suiteSetup(activate);

  test('English draft: date-mismatch on exactly "August 2012"', async () => {
    const editor = await openArticle('articles', 'en', 'relations-draft.md');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, d => withCode(d, 'date-mismatch').length > 0, 'a date-mismatch');
    const expected = rangeOf(doc, 'August 2012');
    const [d] = withCode(ds, 'date-mismatch');
    assert.equal(rangeText(d.range), rangeText(expected));
    assert.equal(doc.getText(d.range), 'August 2012');
    // The CLI prints 9:83 (1-based) for the same finding.
    assert.deepEqual([d.range.start.line + 1, d.range.start.character + 1], [9, 83]);
    assert.match(d.message, /last-2plus2-meeting/);
  });

  test('Arabic draft: date-mismatch on exactly "شباط/ فبراير ٢٠١٤"', async () => {
    const editor = await openArticle('articles', 'ar', 'crimea-draft.md');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, d => withCode(d, 'date-mismatch').length > 0, 'a date-mismatch');
    const [d] = withCode(ds, 'date-mismatch');
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, 'شباط/ فبراير ٢٠١٤')));
    assert.equal(doc.getText(d.range), 'شباط/ فبراير ٢٠١٤');
    assert.match(d.message, /crimea-accession/);
  });
});
