/**
 * The content model: one zod schema per collection and per registry. Types are
 * inferred from the schemas (`z.input` for what authors write, `z.output` for
 * what code receives). No Node and no React here, so the site, the toolkit and
 * the tests can all import it. Components import the zod-free modules directly
 * (`levels`, `status`, `today`, `siteData/*`), never this index, which pulls in zod.
 */
export * from './schemas/common';
export * from './schemas/sources';
export * from './schemas/chapter';
export * from './schemas/module';
export * from './schemas/consultation';
export * from './schemas/overview';
export * from './schemas/pressPost';
export * from './schemas/registries';
export * from './schemas/timeline';
export * from './collections';
export * from './issueMessages';
export * from './levels';
export * from './status';
export * from './actionState';
export * from './assignees';
