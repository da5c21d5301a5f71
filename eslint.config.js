// Lint rules, including which runtime folder may import which (shared/ is pure; main/ and renderer/ never import each other).
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads', 'node:*'];

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-output/', 'renderer/dist/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeModules, message: 'shared/ is pure: no file system or Node APIs.' },
          { group: ['electron', 'react', 'react-dom', '@codemirror/*', 'wavesurfer.js'], message: 'shared/ is pure: no Electron or UI libraries.' },
          { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports nothing from main/ or renderer/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeModules, 'electron'], message: 'The renderer talks to main only through window.api.' },
          { group: ['**/main/**'], message: 'renderer/ never imports main/.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer/.' }] }],
    },
  },
);
