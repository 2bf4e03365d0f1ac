/**
 * The layer rules of README.md ("Architecture"), checked by tests/architecture/dependencies.test.ts
 * on every `npm test`: a rule that nothing checks drifts.
 */
/** One forbidden dependency; `comment` is what a failure prints. */
const forbid = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid('no-cycles', 'A cycle makes two modules one: merge them or move what both need into a third.',
      {},
      { circular: true }),
    forbid('domain-is-pure', 'src/domain runs in the app and in the functions alike: it imports only zod, dayjs and itself.',
      { path: '^src/domain/' },
      { pathNot: ['^src/domain/', '^node_modules/(zod|dayjs)/'] }),
    forbid('contracts-only-domain', 'src/contracts names actions and their types from the domain schemas, and nothing else.',
      { path: '^src/contracts/' },
      { pathNot: ['^src/contracts/', '^src/domain/', '^node_modules/zod/'] }),
    forbid('feature-not-another-feature', 'A feature does not reach into another: move the shared part to src/features/shared or src/domain.',
      { path: '^src/features/([^/]+)/', pathNot: '^src/features/shared/' },
      { path: '^src/features/([^/]+)/', pathNot: ['^src/features/$1/', '^src/features/shared/'] }),
    forbid('shared-feature-is-shared', 'src/features/shared serves every feature, so it imports none of them.',
      { path: '^src/features/shared/' },
      { path: '^src/features/', pathNot: '^src/features/shared/' }),
    forbid('features-not-pages', 'Pages (src/pages, and organiser pages in src/admin) compose features; a feature never imports a page.',
      { path: '^src/(features|components|services|domain|contracts)/' },
      { path: '^src/(pages|admin)/' }),
    forbid('backend-calls-in-features', 'A page calls the backend through a feature (a hook, a loader or the component that submits), never itself.',
      { path: '^src/(pages|admin)/' },
      { path: '^src/services/cloud' }),
    forbid('app-not-error-table', 'The app takes AppError and the codes it branches on from src/domain/shared/app-error.ts; the full code table (errors.ts) stays with the functions, out of the weapp main package.',
      { path: '^src/(app\\.|services/|features/|pages/|admin/|components/)' },
      { path: '^src/domain/shared/errors\\.ts$', dependencyTypesNot: ['type-only'] }),
    forbid('function-not-another-function', 'A function imports its own folder, cloudfunctions/shared, src/domain and src/contracts: never another function\'s.',
      { path: '^cloudfunctions/([^/]+)/', pathNot: '^cloudfunctions/shared/' },
      { path: '^cloudfunctions/[^/]+/', pathNot: ['^cloudfunctions/$1/', '^cloudfunctions/shared/'] }),
    forbid('shared-not-a-function', 'cloudfunctions/shared serves every function, so it imports none of them.',
      { path: '^cloudfunctions/shared/' },
      { path: '^cloudfunctions/[^/]+/', pathNot: '^cloudfunctions/shared/' }),
    forbid('function-not-app', 'Functions share src/domain and src/contracts with the app, nothing else of it.',
      { path: '^cloudfunctions/' },
      { path: '^src/', pathNot: ['^src/domain/', '^src/contracts/'] }),
    forbid('localcloud-not-app', 'The local cloud runs function bundles as CloudBase would; it imports no app or function code.',
      { path: '^localcloud/' },
      { path: '^(src|cloudfunctions)/' }),
    forbid('not-to-unresolvable', 'An import nothing resolves: a typo, or a package missing from package.json.',
      {},
      { couldNotResolve: true }),
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
