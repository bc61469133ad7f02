-- Claimcheck in Neovim 0.8 or newer (built-in LSP client, vim.lsp.start).
-- Put this in ~/.config/nvim/init.lua (or source it from there). It needs
-- `claimcheck-language-server` on PATH: in a clone of Claimcheck, `npm ci && npm install -g .`
-- (or set cmd to { 'node', '/path/to/claimcheck/bin/claimcheck-language-server.js', '--stdio' }).
vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('claimcheck', { clear = true }),
  pattern = { 'markdown', 'yaml', 'json' },
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    -- Registers are claims.yaml / .yml / .json (add the names of files they `include:`).
    local registers = { ['claims.yaml'] = true, ['claims.yml'] = true, ['claims.json'] = true }
    if vim.bo[args.buf].filetype ~= 'markdown' and not registers[vim.fn.fnamemodify(file, ':t')] then return end
    -- The workspace root: the repository, else the folder of the nearest claims register.
    local marker = vim.fs.find({ '.git' }, { upward = true, path = vim.fs.dirname(file) })[1]
      or vim.fs.find({ 'claims.yaml', 'claims.yml', 'claims.json' }, { upward = true, path = vim.fs.dirname(file) })[1]
    vim.lsp.start({
      name = 'claimcheck',
      cmd = { 'claimcheck-language-server', '--stdio' },
      root_dir = marker and vim.fs.dirname(marker) or vim.fs.dirname(file),
      -- The `claimcheck` section, as in VS Code's settings (answers workspace/configuration).
      settings = {
        claimcheck = {
          level = 'hint',          -- lowest severity shown: error, warning, info, hint
          locale = 'en',           -- language of hovers, code actions and code lenses: en or ar
          severity = { ['unlinked-claim'] = 'off' },
          staleReviewDays = 365,
          -- register = 'desks/world/claims.yaml',
        },
      },
    }, { bufnr = args.buf })
  end,
})
