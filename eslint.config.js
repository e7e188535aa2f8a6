import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'dist-e2e/', 'node_modules/', 'public/', '.tmp/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...folderRules(),
);

/**
 * Which folders of src may import which (relative imports, so a path climbing out with `../`
 * names the folder it reaches): calendar code depends on nothing of ours, the model on the
 * calendar, the views on the model, and only src/lib/map talks to MapLibre. Nothing in src
 * reads geo/, which is the data build, not the app.
 */
function folderRules() {
  const into = (...folders) => `^(\\.\\./)+(lib/)?(${folders.join('|')})(/|$)`;
  const rule = (regex, message) => ({ regex, message });
  const maplibre = {
    group: ['maplibre-gl', 'maplibre-gl/*'],
    message: 'Only src/lib/map imports MapLibre.',
  };
  const geo = rule(
    '^(\\.\\./)+geo(/|$)',
    'src never imports geo/: read the published data instead.',
  );
  const layers = [
    {
      files: ['src/lib/time/**'],
      patterns: [rule('^\\.\\./', 'src/lib/time imports nothing of ours outside time/.')],
    },
    {
      files: ['src/lib/domain/**'],
      patterns: [
        rule(
          into('details', 'state', 'data', 'map', 'style', 'ui'),
          'src/lib/domain imports only time/.',
        ),
      ],
    },
    {
      files: ['src/lib/details/**'],
      patterns: [
        rule(
          into('state', 'data', 'map', 'style', 'ui'),
          'src/lib/details imports only domain/ and time/.',
        ),
      ],
    },
    {
      files: ['src/lib/state/**'],
      patterns: [
        rule(
          into('details', 'data', 'map', 'style', 'ui'),
          'src/lib/state imports only domain/ and time/.',
        ),
      ],
    },
    {
      files: ['src/lib/data/**'],
      patterns: [
        rule(
          into('details', 'state', 'map', 'style', 'ui'),
          'src/lib/data imports only domain/ and time/.',
        ),
      ],
    },
    {
      files: ['src/lib/share/**'],
      patterns: [
        rule(
          into('details', 'state', 'data', 'map', 'style', 'ui'),
          'src/lib/share imports only domain/ and time/.',
        ),
      ],
    },
    {
      files: ['src/ui/**'],
      patterns: [
        rule(into('map'), 'src/ui never imports src/lib/map: App.svelte wires the map in.'),
      ],
    },
  ];
  return [
    {
      files: ['src/**/*.ts', 'src/**/*.svelte'],
      ignores: ['src/lib/map/**'],
      rules: { 'no-restricted-imports': ['error', { patterns: [maplibre, geo] }] },
    },
    {
      files: ['src/lib/map/**'],
      rules: { 'no-restricted-imports': ['error', { patterns: [geo] }] },
    },
    // Later entries replace the rule's options for their files, so each repeats the common ones.
    ...layers.map(({ files, ignores = [], patterns }) => ({
      files,
      ignores,
      rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, maplibre, geo] }] },
    })),
  ];
}
