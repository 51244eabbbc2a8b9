/**
 * The one MDX processor: astro.config.mjs compiles reports with it, and the content check
 * reads the tree it parses. Two parsers with different options disagree exactly where an
 * attacker hides markup (a code span GFM splits at a table cell, an autolink that swallows a
 * backtick), so the rules never parse MDX any other way.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { mdxToHast } from 'satteri';
import { externalLinks } from '../markdown/external-links.ts';

/**
 * Parser features, written out rather than left to defaults so the check and the build cannot
 * drift: @astrojs/mdx passes these to Sätteri's mdxToJs (GFM and smart punctuation on).
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The Markdown/MDX processor for astro.config.mjs (MDX inherits it). */
export function reportProcessor() {
  return satteri({ hastPlugins: [externalLinks()], features: { ...MDX_FEATURES } });
}

export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: HastNode[];
  position?: { start: { line: number } };
}

/**
 * The tree the build compiles for a report body (the file with its frontmatter blanked, as
 * Astro passes it), or the syntax error the build would stop on.
 */
export function reportTree(body: string): { tree: HastNode } | { error: { line: number; message: string } } {
  try {
    return { tree: mdxToHast(body, { features: { ...MDX_FEATURES } }) as unknown as HastNode };
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    const m = /^(\d+):(\d+):\s*/.exec(message);
    return { error: { line: m ? Number(m[1]) : 1, message: (m ? message.slice(m[0].length) : message).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '') } };
  }
}
