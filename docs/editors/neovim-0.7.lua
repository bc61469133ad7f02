-- Claimcheck in Neovim 0.7 (Debian 12's 0.7.2): the built-in client without vim.lsp.start, so
-- one client is started per workspace root with vim.lsp.start_client and attached to each buffer.
-- Put this in ~/.config/nvim/init.lua. It needs `claimcheck-language-server` on PATH: in a clone
-- of Claimcheck, `npm ci && npm install -g .` (or point cmd at bin/claimcheck-language-server.js).
-- test/editors/neovim.test.ts runs this very file in Neovim 0.7.2 against examples/.
local clients = {} -- workspace root -> client id

local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  for _, name in ipairs({ 'claims.yaml', 'claims.yml', 'claims.json' }) do
    local register = vim.fn.findfile(name, dir .. ';')
    if register ~= '' then return vim.fn.fnamemodify(register, ':p:h') end
  end
  return dir
end

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('claimcheck', { clear = true }),
  pattern = { 'markdown', 'yaml', 'json' },
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    if file == '' then return end
    -- Registers are claims.yaml / .yml / .json (add the names of files they `include:`).
    local registers = { ['claims.yaml'] = true, ['claims.yml'] = true, ['claims.json'] = true }
    if vim.bo[args.buf].filetype ~= 'markdown' and not registers[vim.fn.fnamemodify(file, ':t')] then return end
    local root = root_of(file)
    local id = clients[root]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client({
        name = 'claimcheck',
        cmd = { 'claimcheck-language-server', '--stdio' },
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
        -- The `claimcheck` section, as in VS Code's settings (answers workspace/configuration).
        settings = {
          claimcheck = {
            level = 'hint',          -- lowest severity shown: error, warning, info, hint
            locale = 'en',           -- language of hovers, code actions and code lenses: en or ar
            severity = { ['unlinked-claim'] = 'off' },
            staleReviewDays = 365,
          },
        },
      })
      clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
