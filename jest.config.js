/**
 * One jest run, several projects: node tests (domain, functions, localcloud, bench sanity),
 * jsdom UI tests, miniprogram-simulate tests of the built weapp, and browser e2e tests.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@shared/(.*)$': '<rootDir>/cloudfunctions/shared/$1',
    // The app imports zod's ESM locale file (the weapp build compiles it to ES2019); jest loads the same file's CommonJS build.
    '^zod/v4/locales/(.*)\\.js$': '<rootDir>/node_modules/zod/v4/locales/$1.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!(mingo|@faker-js)/)'],
};

module.exports = {
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  projects: [
    { ...base, displayName: 'domain', testEnvironment: 'node', testMatch: ['<rootDir>/tests/domain/**/*.test.ts'] },
    // The layer rules (dependency-cruiser) and the linter, over the whole tree.
    { ...base, displayName: 'architecture', testEnvironment: 'node', testMatch: ['<rootDir>/tests/architecture/**/*.test.ts'] },
    { ...base, displayName: 'localcloud', testEnvironment: 'node', testMatch: ['<rootDir>/tests/localcloud/**/*.test.ts'] },
    { ...base, displayName: 'security', testEnvironment: 'node', testMatch: ['<rootDir>/tests/security/**/*.test.ts'] },
    { ...base, displayName: 'functions', testEnvironment: 'node', testMatch: ['<rootDir>/tests/functions/**/*.test.ts'] },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      // Pages render through DOM stand-ins of Taro's components and APIs (tests/ui/helpers).
      moduleNameMapper: {
        ...base.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/tests/ui/helpers/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/ui/helpers/taro.ts',
        '\\.css$': '<rootDir>/tests/ui/helpers/style-stub.js',
      },
    },
    { ...base, displayName: 'weapp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'] },
    { ...base, displayName: 'faults', testEnvironment: 'node', testMatch: ['<rootDir>/tests/faults/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    { ...base, displayName: 'bench', testEnvironment: 'node', testMatch: ['<rootDir>/tests/bench/**/*.test.ts'] },
  ],
};
