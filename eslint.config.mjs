// ESLint (flat config) with typescript-eslint's recommended rules, and the language service's import
// boundary (docs/architecture.md): server/src/languageService/** imports only LSP value types, the
// text-document and URI helpers, data-format parsers and its own modules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages the pure language service may import. */
const SERVICE_PACKAGES = ['vscode-languageserver-types', 'vscode-languageserver-textdocument', 'vscode-uri', 'yaml', 'jsonc-parser', 'diff'];
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SERVICE = 'server/src/languageService';

/**
 * The boundary for files `depth` folders below the service's root: a package not in the list, or a
 * relative path that climbs out of the service (more `../` than the file is deep).
 */
function serviceBoundary(depth) {
  const files = [`${SERVICE}/${'*/'.repeat(depth)}*.ts`];
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.|(?:${SERVICE_PACKAGES.map(escape).join('|')})$)`,
              caseSensitive: true,
              message:
                'The language service is pure (docs/architecture.md): it imports no Node built-ins, no LSP transport, no vscode, only the packages listed in eslint.config.mjs.',
            },
            {
              regex: `^(?:\\.\\./){${depth + 1},}`,
              caseSensitive: true,
              message: 'The language service imports only its own modules: this path leaves server/src/languageService.',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**', 'test/e2e/vscode-workspace/**', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      // Unused names are the compiler's business (noUnusedLocals, noUnusedParameters); `_` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Two type-aware rules, for the mistakes that cost most in a server: a promise nobody awaits
    // (an error lost, an edit applied out of order) and an await of something that is no promise.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  ...[0, 1, 2, 3, 4, 5].map(serviceBoundary),
);
