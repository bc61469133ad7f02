#!/usr/bin/env bash
# Real-editor tests: VS Code (code-server 4.100.3 from npm) driven by Playwright and Debian's
# Chromium. Everything comes from the npm registry and Debian's packages, nothing else.
#
#   scripts/editor-test.sh                 install what is missing, build, package, run the suite
#   scripts/editor-test.sh install-system  apt packages (as root): build tools for code-server, ripgrep, chromium, neovim, emacs
#   scripts/editor-test.sh install         code-server into the cache folder (reused when present)
#   scripts/editor-test.sh electron        the same suite with @vscode/test-electron (needs VS Code downloads)
#
# code-server is ~300 MB with native builds, so it is not a devDependency: it lives in
# $CLAIMCHECK_CODE_SERVER_DIR (default ~/.cache/claimcheck-code-server), pinned below.
# Screenshots and logs go to test-results/editor/.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
# What code-server 4.100.3's @vscode/ripgrep wants: it fetches ripgrep from GitHub unless this
# tarball is already in its cache, so Debian's ripgrep (the same 13.0.0) is packed there.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_VERSION=v13.0.0-10
CACHE_DIR=${CLAIMCHECK_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/claimcheck-code-server}
CODE_SERVER="$CACHE_DIR/node_modules/.bin/code-server"
STAMP="$CACHE_DIR/.installed-$CODE_SERVER_VERSION"

# neovim: test/editors/neovim.test.ts (npm test) drives claimcheck-language-server from Neovim's built-in LSP client.
# emacs-nox, elpa-eglot, elpa-markdown-mode: test/editors/emacs.test.ts (npm test) does the same from Emacs with Eglot.
APT_PACKAGES=(libsecret-1-dev libkrb5-dev libx11-dev libxkbfile-dev build-essential pkg-config python3 ripgrep chromium neovim emacs-nox elpa-eglot elpa-markdown-mode)

log() { echo "editor-test: $*" >&2; }

install_system() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "apt packages present"; return; fi
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${missing[*]} (run as root: apt-get install ${missing[*]})"; exit 1
  fi
  log "apt-get install ${missing[*]} (about a minute)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_code_server() {
  if [ -f "$STAMP" ] && [ -x "$CODE_SERVER" ]; then log "code-server $CODE_SERVER_VERSION cached in $CACHE_DIR"; return; fi
  command -v rg >/dev/null || { log "ripgrep is missing: run '$0 install-system' (as root) first"; exit 1; }
  local arch
  case "$(uname -m)" in
    x86_64) arch=x86_64-unknown-linux-musl ;;
    aarch64) arch=aarch64-unknown-linux-musl ;;
    *) log "unsupported machine $(uname -m)"; exit 1 ;;
  esac
  local started=$SECONDS
  log "installing code-server $CODE_SERVER_VERSION into $CACHE_DIR (about 90 s, ~300 MB)"
  rm -rf "$CACHE_DIR"
  mkdir -p "$CACHE_DIR"
  local tmp
  tmp=$(mktemp -d)
  local rgcache="$tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  mkdir -p "$rgcache" "$tmp/rg"
  cp "$(command -v rg)" "$tmp/rg/rg"
  tar -C "$tmp/rg" -czf "$rgcache/ripgrep-$RIPGREP_VERSION-$arch.tar.gz" rg
  local unsafe=()
  [ "$(id -u)" = 0 ] && unsafe=(--unsafe-perm)
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp` and must not prompt.
  # A local install in its own folder: a global one (--global --prefix) leaks npm_config_global
  # into code-server's postinstall, whose nested `npm install` then breaks the tree (ENOTEMPTY).
  echo '{ "name": "claimcheck-code-server", "private": true }' >"$CACHE_DIR/package.json"
  if ! (cd "$CACHE_DIR" && TMPDIR="$tmp" npm_config_yes=true npm install "${unsafe[@]}" --no-save \
    --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2); then
    rm -rf "$tmp"; log "code-server install failed"; exit 1
  fi
  rm -rf "$tmp"
  "$CODE_SERVER" --version >/dev/null
  touch "$STAMP"
  log "code-server $CODE_SERVER_VERSION installed in $((SECONDS - started)) s"
}

case "${1:-run}" in
  install-system) install_system ;;
  install) install_code_server ;;
  electron)
    npm run build >&2
    exec node out-test/editor/harness/electron.js
    ;;
  run)
    install_code_server
    [ -x /usr/bin/chromium ] || { log "Debian's chromium is missing: run '$0 install-system' (as root) first"; exit 1; }
    log "build and package (npm run build, npm run package)"
    npm run build >&2
    pkglog=$(mktemp)
    if ! npm run package >"$pkglog" 2>&1; then cat "$pkglog" >&2; rm -f "$pkglog"; exit 1; fi
    grep -E 'DONE|WARNING' "$pkglog" >&2 || true
    rm -f "$pkglog"
    CLAIMCHECK_CODE_SERVER="$CODE_SERVER" exec node out-test/editor/harness/main.js
    ;;
  *) log "usage: $0 [run|install|install-system|electron]"; exit 2 ;;
esac
