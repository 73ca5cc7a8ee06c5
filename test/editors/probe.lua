-- Run after the user's init.lua (a recipe of README.md or docs/editors.md) opened the draft given
-- on the command line: waits for the server's diagnostics, hovers a citation, and writes what
-- Neovim saw as JSON to $UNRES_OUT. test/editors/installed.test.ts asserts on it.
local result = { diagnostics = {} }
local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(result.diagnostics, { line = d.lnum, code = code, message = d.message })
  end
  for _, c in pairs(vim.lsp.get_active_clients()) do
    result.client = c.name
    result.cmd = c.config.cmd
  end
  vim.fn.search('73/27')
  local params = vim.lsp.util.make_position_params()
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  for _, r in pairs(responses) do
    if r.result and r.result.contents then result.hover = r.result.contents end
  end
end)
if not ok then result.error = tostring(err) end
local f = io.open(os.getenv('UNRES_OUT'), 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
