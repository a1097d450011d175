/**
 * The architecture rules CI holds the code to (npm run lint:deps):
 * features never import each other in a circle, routes never reach the database, the framework
 * stays at the edge, and common/ runs anywhere.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a circle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'routes-no-database',
      severity: 'error',
      comment: 'A route validates, authenticates and calls one command or query; it never touches the database.',
      from: { path: '^server/features/.+\\.routes\\.ts$' },
      to: { path: ['^server/db/', '^node_modules/drizzle-orm', '^node_modules/pg/', '^node_modules/@electric-sql/'] },
    },
    {
      name: 'framework-at-the-edge',
      severity: 'error',
      comment: 'Domain code (commands, queries, documents, db, jobs) never imports Fastify or server/http.',
      from: {
        path: '^server/(features|documents|db|jobs|mail|demo|policies)/',
        pathNot: ['\\.routes\\.ts$', '\\.test\\.ts$', '\\.test-support\\.ts$'],
      },
      to: { path: ['^server/http/', '^node_modules/fastify', '^node_modules/@fastify/'] },
    },
    {
      name: 'common-is-portable',
      severity: 'error',
      comment: 'common/ is shared by server and web: no Node built-ins, no server or web code.',
      from: { path: '^common/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^server/', '^web/'], dependencyTypesNot: [] },
    },
    {
      name: 'common-no-node',
      severity: 'error',
      from: { path: '^common/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      comment: 'The web app talks to the server through the API and common/contracts only.',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist', '^dist/', '^node_modules'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
