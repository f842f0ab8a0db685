import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The engine (src/) is pure TypeScript over plain data: it must not reach for React, zustand,
// Monaco, React Flow, the app (web/) or DOM globals. The same engine runs in a worker, the CLI and tests.
const engineBoundary = {
  files: ['src/**/*.ts'],
  ignores: ['src/cli/**'],
  languageOptions: { globals: { ...globals.es2022 } },
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/ is the engine: no React.' },
        { group: ['zustand', 'zustand/*'], message: 'src/ is the engine: no UI state.' },
        { group: ['monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*'], message: 'src/ is the engine: no editor.' },
        { group: ['@xyflow/*'], message: 'src/ is the engine: graph models only, no React Flow.' },
        { group: ['**/web/**', '../web', '../../web'], message: 'src/ must not import the app (web/).' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/ runs in the browser too: no Node built-ins outside src/cli.' },
      ],
    }],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'HTMLElement'],
    'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'The engine is deterministic: use a seeded hash.' }],
  },
};

export default tseslint.config(
  { ignores: ['.scratch/**', 'dist/**', 'node_modules/**', 'web/generated/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['bin/**', 'scripts/**', 'bench/**', 'e2e/**', '*.config.*', 'src/cli/**'], languageOptions: { globals: { ...globals.node } } },
  engineBoundary,
);
