import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import tseslint from 'typescript-eslint';

/** Packages the core must never reach: it decides, React renders. */
const RENDERING_PACKAGES = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@floating-ui/*',
  'framer-motion',
  'framer-motion/*',
  'motion',
  'motion/*',
];

/**
 * The folders of packages/react/src, lowest first. A folder imports only from its own and lower
 * layers, never upward (hooks never import components); the components of one layer never import
 * each other. `dom/` is the framework-free layer, as `@floating-ui/dom` sits under
 * `@floating-ui/react`: no React, no floating-ui, no framer-motion.
 */
const REACT_LAYERS = [
  ['dom'],
  ['register', 'i18n'],
  ['content', 'motion', 'a11y'],
  ['parts'],
  ['positioning'],
  ['overlay'],
  ['targeting'],
  ['provider'],
  ['hooks'],
  ['tour', 'tooltip', 'checklist', 'announcement', 'guide-center', 'survey'],
  ['devtools'],
  ['test-kit'],
  ['contract'],
  ['entries', 'script-tag'],
];

/** One config a folder: the folders above it (and beside it) it may not import. */
function layerRules() {
  const all = REACT_LAYERS.flat();
  return REACT_LAYERS.flatMap((layer, rank) =>
    layer.map((folder) => {
      const below = new Set([folder, ...REACT_LAYERS.slice(0, rank).flat()]);
      const forbidden = all.filter((other) => !below.has(other));
      const patterns = [];
      if (forbidden.length > 0) {
        patterns.push({
          regex: `^\\.\\./(${forbidden.join('|')})(/|$)`,
          message: `packages/react/src/${folder}/ may import only from its own and lower layers (${[...below].join(', ')}): see REACT_LAYERS in eslint.config.js.`,
        });
      }
      if (folder === 'dom') {
        patterns.push({
          group: RENDERING_PACKAGES,
          message:
            'packages/react/src/dom/ is framework-free: no React, floating-ui or framer-motion.',
        });
      }
      return {
        files: [`packages/react/src/${folder}/**/*.{ts,tsx}`],
        ignores: [
          '**/*.test.{ts,tsx}',
          '**/*.test-d.{ts,tsx}',
          '**/*.test-helpers.{ts,tsx}',
          '**/testing/**',
        ],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      };
    }),
  );
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      // Apps as users write them, built by their own tools in the consumer tests.
      'consumers/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: Guidepost runs under a strict CSP.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: Guidepost runs under a strict CSP.',
        },
      ],
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: RENDERING_PACKAGES,
              message: '@guidepost/core knows nothing of React, floating-ui or framer-motion.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/react/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['packages/react/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...layerRules(),
  ...storybook.configs['flat/recommended'],
);
