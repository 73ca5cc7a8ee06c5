-- Headless Neovim (0.7+) as a third-party LSP client of unres: opens a faulty draft, waits for the
-- pushed diagnostics, hovers a citation, goes to its definition, and writes what it saw as JSON.
-- Run by test/neovim/neovim.test.ts with UNRES_SERVER, UNRES_ROOT, UNRES_FILE and UNRES_OUT set.
local server = os.getenv('UNRES_SERVER')
local root = os.getenv('UNRES_ROOT')
local file = os.getenv('UNRES_FILE')
local out = os.getenv('UNRES_OUT')
local result = { diagnostics = {}, steps = {} }

local function step(name)
  table.insert(result.steps, name)
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'unres'
  local client_id = vim.lsp.start_client({
    name = 'unres',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  step('attached')

  -- Diagnostics are pushed: wait until the default handler has stored some.
  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, code = code, message = d.message, severity = d.severity })
  end
  step('diagnostics')

  -- The cursor on the citation, as a user would put it there.
  vim.fn.search('73/27')
  local params = vim.lsp.util.make_position_params()
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  for _, r in pairs(responses) do
    if r.result and r.result.contents then
      local c = r.result.contents
      result.hover = type(c) == 'table' and (c.value or vim.inspect(c)) or c
    end
  end
  step('hover')

  -- Go to definition the way a user does: the buffer changes to the cited document.
  vim.lsp.buf.definition()
  vim.wait(10000, function() return vim.api.nvim_buf_get_name(0) ~= vim.api.nvim_buf_get_name(bufnr) end, 50)
  result.definition = { file = vim.api.nvim_buf_get_name(0), line = vim.api.nvim_win_get_cursor(0)[1] }
  step('definition')

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
