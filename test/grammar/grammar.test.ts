/**
 * Tokenizes Markdown with the claim-block injection grammar, wired as package.json wires it
 * (injectTo text.html.markdown), over stand-ins for VS Code's markdown and YAML grammars.
 */
import { test, suite, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';

/** The repository root: the compiled test's output folder may move, so walk up to package.json. */
function findRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'syntaxes'))) return d;
    if (dirname(d) === d) throw new Error(`no repository root above ${dir}`);
  }
}
const root = findRoot(__dirname);
const fixtures = join(root, 'test/grammar/fixtures');
const EMBEDDED = 'meta.embedded.block.claim.yaml';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: GrammarContribution[] };
};
const contribution = manifest.contributes.grammars.find(g => g.injectTo?.includes('text.html.markdown'));

const grammarFiles: Record<string, string> = {
  'text.html.markdown': join(fixtures, 'markdown.stub.tmLanguage.json'),
  'source.yaml': join(fixtures, 'yaml.stub.tmLanguage.json'),
};
if (contribution) grammarFiles[contribution.scopeName] = join(root, contribution.path);

let markdown: IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
      createOnigString: s => new oniguruma.OnigString(s),
    }),
    loadGrammar: async scopeName => {
      const file = grammarFiles[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: scopeName =>
      manifest.contributes.grammars.filter(g => g.injectTo?.includes(scopeName)).map(g => g.scopeName),
  });
  const g = await registry.loadGrammar('text.html.markdown');
  assert.ok(g, 'markdown grammar loads');
  markdown = g;
});

interface Token { text: string; scopes: string[] }

/** Tokens of each line of `source`. */
function tokenize(source: string): Token[][] {
  let stack = INITIAL;
  return source.split('\n').map(line => {
    const r = markdown.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const isEmbedded = (t: Token) => t.scopes.includes(EMBEDDED);
/** The line's non-blank text is all claim YAML. */
const allEmbedded = (line: Token[]) => line.filter(t => t.text.trim()).every(isEmbedded);
const noneEmbedded = (line: Token[]) => !line.some(isEmbedded);
function token(line: Token[], text: string): Token {
  const t = line.find(x => x.text === text);
  assert.ok(t, `no token ${JSON.stringify(text)} in ${JSON.stringify(line.map(x => x.text))}`);
  return t;
}
const hasScope = (t: Token, scope: string) => t.scopes.some(s => s === scope || s.startsWith(scope + '.'));

suite('package.json grammar contribution', () => {
  test('injects the claim-block grammar into Markdown and maps its content to YAML', () => {
    assert.ok(contribution, 'a grammar with injectTo text.html.markdown');
    assert.ok(existsSync(join(root, contribution.path)), contribution.path);
    const grammar = JSON.parse(readFileSync(join(root, contribution.path), 'utf8'));
    assert.equal(grammar.scopeName, contribution.scopeName);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.deepEqual(contribution.embeddedLanguages, { [EMBEDDED]: 'yaml' });
  });
});

suite('```claim fenced blocks', () => {
  test('the YAML lines are embedded YAML; the fence lines are not', () => {
    const [para, open, ref, close, after] = tokenize(
      'The last 2+2 meeting was held in Washington in 2013.\n```claim\nref: last-2plus2-meeting\n```\nAfter.');
    assert.ok(noneEmbedded(para));
    assert.ok(noneEmbedded(open), 'opening fence');
    assert.ok(hasScope(token(open, '```'), 'punctuation.definition.markdown'));
    assert.ok(hasScope(token(open, '```'), 'markup.fenced_code.block.markdown'));
    assert.ok(hasScope(token(open, 'claim'), 'fenced_code.block.language.markdown'));
    assert.ok(allEmbedded(ref), 'ref line');
    assert.ok(hasScope(token(ref, 'ref'), 'entity.name.tag.yaml'), 'source.yaml is included');
    assert.ok(hasScope(token(ref, 'last-2plus2-meeting'), 'string.unquoted.plain.out.yaml'));
    assert.ok(noneEmbedded(close), 'closing fence');
    assert.ok(hasScope(token(close, '```'), 'punctuation.definition.markdown'));
    assert.ok(after.every(t => !hasScope(t, 'markup.fenced_code')), 'block is closed');
  });

  test('~~~claim, longer fences, indentation and attributes after the info word', () => {
    for (const src of ['~~~claim\nref: last-2plus2-meeting\n~~~', '````claim\nref: last-2plus2-meeting\n````',
      '  ```claim\n  ref: last-2plus2-meeting\n  ```', '``` claim title="2+2"\nref: last-2plus2-meeting\n```']) {
      const [open, ref, close] = tokenize(src);
      assert.ok(noneEmbedded(open) && allEmbedded(ref) && noneEmbedded(close), src);
      assert.ok(hasScope(token(ref, 'ref'), 'entity.name.tag.yaml'), src);
    }
  });

  test('a list of mappings stays inside the block until the fence', () => {
    const lines = tokenize('```claim\n- ref: a\n  ignore: [date-mismatch]\n- ref: b\n```\nAfter.');
    assert.ok(lines.slice(1, 4).every(allEmbedded));
    assert.ok(noneEmbedded(lines[4]) && noneEmbedded(lines[5]));
  });

  test('other info strings are not claim blocks', () => {
    for (const info of ['python', 'yaml', 'claims', 'claimcheck', 'claim-x', 'CLAIM', '']) {
      const [open, ref, close, after] = tokenize('```' + info + '\nref: last-2plus2-meeting\n```\nAfter.');
      assert.ok([open, ref, close, after].every(noneEmbedded), info);
      assert.ok(!ref.some(t => hasScope(t, 'entity.name.tag.yaml')), info);
      assert.ok(ref.every(t => hasScope(t, 'markup.fenced_code.block.markdown')), `${info}: still a code block`);
      assert.ok(after.every(t => !hasScope(t, 'markup.fenced_code')), info);
    }
  });

  test('an unclosed quote does not run past the closing fence', () => {
    const [, quote, close, after] = tokenize('```claim\nquote: "never closed\n```\nAfter.');
    assert.ok(allEmbedded(quote));
    assert.ok(noneEmbedded(close) && hasScope(token(close, '```'), 'punctuation.definition.markdown'));
    assert.ok(after.every(t => !hasScope(t, 'markup.fenced_code') && !isEmbedded(t)));
  });

  test('a ```claim example inside another code block is not a claim block', () => {
    const lines = tokenize('````markdown\n```claim\nref: last-2plus2-meeting\n```\n````\nAfter.');
    assert.ok(lines.every(noneEmbedded));
    assert.ok(lines[5].every(t => !hasScope(t, 'markup.fenced_code')));
  });
});

suite('<!-- claim ... --> comments', () => {
  test('the body is embedded YAML; the comment delimiters are not', () => {
    const [open, ref, close, after] = tokenize('<!-- claim\nref: last-2plus2-meeting\n-->\nAfter.');
    assert.ok(noneEmbedded(open));
    assert.ok(hasScope(token(open, '<!--'), 'punctuation.definition.comment.begin.html'));
    assert.ok(hasScope(token(open, 'claim'), 'keyword.other.claim.claimcheck'));
    assert.ok(allEmbedded(ref));
    assert.ok(hasScope(token(ref, 'ref'), 'entity.name.tag.yaml'));
    assert.ok(noneEmbedded(close) && hasScope(token(close, '-->'), 'punctuation.definition.comment.end.html'));
    assert.ok(after.every(t => !hasScope(t, 'comment') && !isEmbedded(t)), 'comment is closed');
  });

  test('YAML on the opening and closing lines, and the one-line form', () => {
    const [open, date] = tokenize('<!-- claim ref: last-2plus2-meeting\ndate: 2013 -->\nAfter.');
    assert.ok(isEmbedded(token(open, 'ref')) && hasScope(token(open, 'ref'), 'entity.name.tag.yaml'));
    assert.ok(!isEmbedded(token(open, '<!--')) && !isEmbedded(token(open, 'claim')));
    assert.ok(isEmbedded(token(date, 'date')) && isEmbedded(token(date, '2013')));
    assert.ok(!isEmbedded(token(date, '-->')));

    const [one, after] = tokenize('<!-- claim ref: last-2plus2-meeting -->\nAfter.');
    assert.ok(isEmbedded(token(one, 'ref')) && isEmbedded(token(one, 'last-2plus2-meeting')));
    assert.ok(hasScope(token(one, 'ref'), 'entity.name.tag.yaml'));
    assert.ok(!isEmbedded(token(one, '-->')) && hasScope(token(one, '-->'), 'punctuation.definition.comment.end.html'));
    assert.ok(after.every(t => !hasScope(t, 'comment') && !isEmbedded(t)));
  });

  test('an unclosed quote does not run past -->', () => {
    const [, quote, close, after] = tokenize('<!-- claim\nquote: "never closed\n-->\nAfter.');
    assert.ok(allEmbedded(quote));
    assert.ok(noneEmbedded(close) && hasScope(token(close, '-->'), 'punctuation.definition.comment.end.html'));
    assert.ok(after.every(t => !hasScope(t, 'comment') && !isEmbedded(t)));
  });

  test('other comments are not claim blocks', () => {
    for (const c of ['<!-- claimcheck-disable-next-line date-mismatch -->', '<!-- claimcheck-disable -->',
      '<!-- a note about a claim -->', '<!-- claims: ref: x -->']) {
      const [line, after] = tokenize(c + '\nAfter.');
      assert.ok(noneEmbedded(line), c);
      assert.ok(line.every(t => hasScope(t, 'comment.block.html')), `${c}: still a comment`);
      assert.ok(noneEmbedded(after), c);
    }
    const lines = tokenize('<!-- an ordinary comment\nref: last-2plus2-meeting\n-->');
    assert.ok(lines.every(noneEmbedded));
  });
});
