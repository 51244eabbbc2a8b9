/**
 * Collections: the content folder, validated by the shared schemas in src/schema.
 * The build guard (src/integrations/content-guard.ts) has already checked references,
 * ids and MDX safety before these loaders run.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema, claimSchema, entitySchema, eventSchema, findingSchema, sourceSchema } from './schema/index.ts';
import { yamlRecords } from './lib/content/astro-loader.ts';
import { publishedReportPatterns, publishedTranslationPatterns } from './lib/content/read-files.ts';
import { contentDir, projectRoot } from './config/paths.ts';

export const collections = {
  reports: defineCollection({
    // Drafts are left out here, not only filtered by pages: a loaded draft's photos would be copied to dist/.
    loader: glob({ pattern: publishedReportPatterns(projectRoot, contentDir), base: `${contentDir}/reports` }),
    schema: reportSchema,
  }),
  // Reports in another language (content/reports/ru/<id>.mdx, id "ru/<id>"), same schema and rules.
  translations: defineCollection({
    loader: glob({ pattern: publishedTranslationPatterns(projectRoot, contentDir), base: `${contentDir}/reports` }),
    schema: reportSchema,
  }),
  sources: defineCollection({
    loader: yamlRecords({ collection: 'sources', root: projectRoot, contentDir }),
    schema: sourceSchema,
  }),
  claims: defineCollection({
    loader: yamlRecords({ collection: 'claims', root: projectRoot, contentDir }),
    schema: claimSchema,
  }),
  findings: defineCollection({
    loader: yamlRecords({ collection: 'findings', root: projectRoot, contentDir }),
    schema: findingSchema,
  }),
  events: defineCollection({
    loader: yamlRecords({ collection: 'events', root: projectRoot, contentDir }),
    schema: eventSchema,
  }),
  entities: defineCollection({
    loader: yamlRecords({ collection: 'entities', root: projectRoot, contentDir }),
    schema: entitySchema,
  }),
};
