/**
 * The layer rules of README.md ("Architecture"), checked by tests/architecture/dependencies.test.ts
 * on every `npm test`. A rule that nothing checks drifts; each `comment` is what a failure prints.
 */
const fn = '^cloudfunctions/([^/]+)/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes two modules one: merge them or move what both need into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain runs in the app and in the functions alike: it imports only zod, dayjs and itself.',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/(zod|dayjs)/'] },
    },
    {
      name: 'contracts-only-domain',
      severity: 'error',
      comment: 'src/contracts names actions and their types from the domain schemas, and nothing else.',
      from: { path: '^src/contracts/' },
      to: { pathNot: ['^src/contracts/', '^src/domain/', '^node_modules/zod/'] },
    },
    {
      name: 'feature-not-another-feature',
      severity: 'error',
      comment: 'A feature does not reach into another: move the shared part to src/features/shared or src/domain.',
      from: { path: '^src/features/([^/]+)/', pathNot: '^src/features/shared/' },
      to: { path: '^src/features/([^/]+)/', pathNot: ['^src/features/$1/', '^src/features/shared/'] },
    },
    {
      name: 'shared-feature-is-shared',
      severity: 'error',
      comment: 'src/features/shared serves every feature, so it imports none of them.',
      from: { path: '^src/features/shared/' },
      to: { path: '^src/features/', pathNot: '^src/features/shared/' },
    },
    {
      name: 'features-not-pages',
      severity: 'error',
      comment: 'Pages compose features; a feature never imports a page.',
      from: { path: '^src/(features|components|services|domain|contracts)/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'backend-calls-in-features',
      severity: 'error',
      comment: 'A page calls the backend through a feature (a hook, a loader or the component that submits), never itself.',
      from: { path: '^src/pages/' },
      to: { path: '^src/services/cloud' },
    },
    {
      name: 'function-not-another-function',
      severity: 'error',
      comment: 'A function imports its own src, cloudfunctions/shared, src/domain and src/contracts: never another function\'s src.',
      from: { path: fn },
      to: { path: fn, pathNot: '^cloudfunctions/$1/src/' },
    },
    {
      name: 'function-not-app',
      severity: 'error',
      comment: 'Functions share src/domain and src/contracts with the app, nothing else of it.',
      from: { path: '^cloudfunctions/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/contracts/'] },
    },
    {
      name: 'localcloud-not-app',
      severity: 'error',
      comment: 'The local cloud runs function bundles as CloudBase would; it imports no app or function code.',
      from: { path: '^localcloud/' },
      to: { path: '^(src|cloudfunctions)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import nothing resolves: a typo, or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports shape the layers as much as runtime ones (a cycle of types is still a cycle).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    exclude: { path: ['node_modules', '^cloudfunctions/[^/]+/index\\.js$', '^dist/', '\\.d\\.ts$'] },
  },
};
