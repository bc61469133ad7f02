-- Driven by test/editors/neovim.test.ts: Neovim's built-in LSP client (0.7.2, Debian 12) talks to
-- claimcheck-language-server over stdio, opens one article, waits until its diagnostics arrive
-- and writes them as JSON. Always quits: 0 when diagnostics were written, 1 otherwise.
--
--   CLAIMCHECK_SERVER     the command, as JSON: ["node", ".../bin/claimcheck-language-server.js", "--stdio"];
--                         unset: the client comes from the init file (docs/editors/neovim-0.7.lua)
--   CLAIMCHECK_WORKSPACE  the workspace folder (a copy of examples/)
--   CLAIMCHECK_ARTICLE    the article to open, relative to the workspace
--   CLAIMCHECK_OUT        where to write the JSON
--   CLAIMCHECK_WAIT_MS    how long to wait for diagnostics (default 8000)

local function fail(message)
  io.stderr:write('neovim-diagnostics.lua: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local root = assert(vim.env.CLAIMCHECK_WORKSPACE, 'CLAIMCHECK_WORKSPACE is not set')
  local article = root .. '/' .. (assert(vim.env.CLAIMCHECK_ARTICLE, 'CLAIMCHECK_ARTICLE is not set'))
  local out = assert(vim.env.CLAIMCHECK_OUT, 'CLAIMCHECK_OUT is not set')
  local wait_ms = tonumber(vim.env.CLAIMCHECK_WAIT_MS or '8000')

  local exited, client_id
  if vim.env.CLAIMCHECK_SERVER then
    -- The same call as docs/editors/neovim-0.7.lua, with the test's command and paths.
    client_id = vim.lsp.start_client({
      name = 'claimcheck',
      cmd = vim.fn.json_decode(vim.env.CLAIMCHECK_SERVER),
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = 'examples' } },
      settings = { claimcheck = { level = 'hint' } },
      on_exit = function(code, signal) exited = string.format('exited with code %s, signal %s', code, signal) end,
    })
    assert(client_id, 'vim.lsp.start_client returned nil')
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local buf = vim.api.nvim_get_current_buf()
  if client_id then
    vim.bo[buf].filetype = 'markdown'
    assert(vim.lsp.buf_attach_client(buf, client_id), 'vim.lsp.buf_attach_client failed')
  else
    -- The init file's FileType autocommand started (or reused) the client and attached it; it
    -- is listed for the buffer once it has answered `initialize`.
    vim.wait(wait_ms, function()
      for id, c in pairs(vim.lsp.buf_get_clients(buf)) do
        if c.name == 'claimcheck' then client_id = id end
      end
      return client_id ~= nil
    end, 20)
    if not client_id then error('no claimcheck client is attached to the buffer (filetype "' .. vim.bo[buf].filetype .. '")') end
  end

  local arrived = vim.wait(wait_ms, function()
    return exited ~= nil or #vim.diagnostic.get(buf) > 0
  end, 20)
  if exited then error('the language server ' .. exited) end
  if not arrived then error('no diagnostics within ' .. wait_ms .. ' ms') end

  local client = vim.lsp.get_client_by_id(client_id)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, code = d.code or lsp.code, message = d.message,
    })
  end
  vim.fn.writefile({ vim.fn.json_encode({
    client = client and client.name or vim.NIL,
    root = client and client.config and client.config.root_dir or vim.NIL,
    hover = client and client.server_capabilities and client.server_capabilities.hoverProvider or vim.NIL,
    diagnostics = list,
  }) }, out)
  vim.lsp.stop_client(client_id)
end)

if not ok then fail(tostring(err)) else vim.cmd('qall!') end
