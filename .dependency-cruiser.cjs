/**
 * Architecture rules, checked in `npm run lint` (see docs/architecture.md).
 * Dependencies point inward: domain <- application <- infrastructure / interface.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain layer imports nothing from application, infrastructure or interface.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/[^/]+/domain/' },
      to: { path: '^apps/api/src/modules/[^/]+/(application|infrastructure|interface)/' },
    },
    {
      name: 'domain-has-no-frameworks',
      comment:
        'No Nest, database driver, AWS SDK, HTTP, Redis, OpenID, telemetry or schema library in the domain layer. ' +
        "Aggregates extend the kernel's AggregateRoot, which alone reaches @nestjs/cqrs (ADR 0031).",
      severity: 'error',
      from: { path: '^apps/api/src/modules/[^/]+/domain/' },
      to: { path: 'node_modules/(@nestjs|mongoose|mongodb|@aws-sdk|axios|ioredis|express|passport|@opentelemetry|openid-client|zod)(/|$)' },
    },
    {
      name: 'domain-uses-only-the-kernel',
      comment: 'Of the shared code, the domain layer uses the kernel only: not the persistence library, the CML client, the platform or the config.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/[^/]+/domain/' },
      to: { path: '^(libs/(persistence|cml-client)|apps/api/src/(platform|config|bootstrap))/' },
    },
    {
      name: 'application-does-not-reach-out',
      comment: 'Application code talks to outside systems through ports, not adapters.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/[^/]+/application/' },
      to: { path: '^apps/api/src/modules/[^/]+/(infrastructure|interface)/' },
    },
    {
      name: 'application-uses-ports',
      comment:
        'Application code reaches the platform (key-value store, telemetry, CML connector), the persistence library, the CML client and ' +
        "outside systems' SDKs only through ports (its module's application/ports, or the kernel's Clock, KeyValueStore, retryOnConflict).",
      severity: 'error',
      from: { path: '^apps/api/src/modules/[^/]+/application/' },
      to: {
        path: [
          '^apps/api/src/platform/',
          '^libs/(persistence|cml-client)/',
          'node_modules/(mongoose|mongodb|@aws-sdk|axios|ioredis|express|passport|@opentelemetry|openid-client)(/|$)',
        ],
      },
    },
    {
      name: 'modules-talk-through-contracts',
      comment: "A module never imports another module's domain, application or infrastructure; use the bus or its public facade.",
      severity: 'error',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: {
        path: '^apps/api/src/modules/([^/]+)/(domain|application|infrastructure|interface)/',
        pathNot: '^apps/api/src/modules/$1/',
      },
    },
    {
      name: 'public-files-export-contracts',
      comment:
        "A module's <module>.public.ts offers its facade, commands, queries, ports, types and wire shapes (DTOs and their presenter), " +
        'never a controller, guard, handler, aggregate, repository, adapter or anything of its infrastructure.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/[^/]+/[^/]+[.]public[.]ts$' },
      to: {
        path: [
          '^apps/api/src/modules/[^/]+/infrastructure/',
          '^apps/api/src/modules/[^/]+/.+[.](controller|guard|handler|aggregate|repository[.]port|module)[.]ts$',
        ],
      },
    },
    {
      name: 'kernel-is-framework-free',
      comment: 'The shared kernel is pure TypeScript; its one package is @nestjs/cqrs, for the AggregateRoot and event bases (ADR 0031).',
      severity: 'error',
      from: { path: '^libs/kernel/' },
      to: { path: 'node_modules/', pathNot: 'node_modules/@nestjs/cqrs/' },
    },
    {
      name: 'libs-do-not-depend-on-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-features-are-independent',
      comment: 'A web console feature never imports another feature; shared code lives in web/src/components and web/src/lib, and web/src/app composes features.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'web-shared-code-is-feature-free',
      comment: 'web/src/components and web/src/lib are shared by every feature, so they import no feature and not the app shell.',
      severity: 'error',
      from: { path: '^web/src/(components|lib)/' },
      to: { path: '^web/src/(features|app)/' },
    },
    {
      name: 'web-features-do-not-import-the-app',
      severity: 'error',
      from: { path: '^web/src/features/' },
      to: { path: '^web/src/app/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts$|\\.test\\.tsx?$|^dist/|^web/src/test/)' },
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['types', 'import', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
