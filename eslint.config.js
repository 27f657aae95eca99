import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // .cache holds local scratch work (gitignored), never shipped or checked.
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'utils/nlp/models/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The layering rule: pure NLP never reaches for the DOM, the extension API or storage.
    files: ['utils/nlp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt*',
            'webextension-polyfill',
            'idb',
            '*/article/*',
            '*/db/*',
            '*/highlight/*',
            '*/anchoring/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'indexedDB'],
    },
  },
);
