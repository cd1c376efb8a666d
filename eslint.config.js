// One flat config for the whole repo; packages add their own rules by file glob.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const clockAndRandomness = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'The domain never reads the clock: take `now` as an input.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'The domain never reads the clock: take `now` as an input.',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'The domain takes randomness as an input.',
  },
  {
    selector: "MemberExpression[object.name='crypto']",
    message: 'The domain takes ids and randomness as inputs.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Plain Node scripts (test runners and the like).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...clockAndRandomness] },
  },
);
