/**
 * The rules on files as files, before any record is read from them: one file per rule (its id,
 * statement and fixture). The reading itself is one pass in ../../read-files.ts and ../../yaml.ts,
 * which report under these ids.
 */
import type { RuleInfo } from '../../../../schema/index.ts';
import { missingContent } from './missing-content.ts';
import { unexpectedFile } from './unexpected-file.ts';
import { symlink } from './symlink.ts';
import { fileName } from './file-name.ts';
import { unreadable } from './unreadable.ts';
import { encoding } from './encoding.ts';
import { frontmatter } from './frontmatter.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { yamlDepth } from './yaml-depth.ts';
import { yamlAlias } from './yaml-alias.ts';

/** In the order content meets them, as the catalogue lists them. */
export const FILE_RULES: readonly RuleInfo[] = [
  missingContent,
  unexpectedFile,
  symlink,
  fileName,
  unreadable,
  encoding,
  frontmatter,
  yamlSyntax,
  yamlDepth,
  yamlAlias,
];
