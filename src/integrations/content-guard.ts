/**
 * Runs the content check before Astro touches the content, so a build fails on every problem
 * at once (Astro would stop at the first bad entry, and only logs broken references). In dev,
 * problems are logged and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { ContentError, formatProblems } from '../lib/content/problem.ts';
import type { ValidContent } from '../lib/content/validate.ts';

export default function contentGuard(options: { root: string; contentDir: string; onChecked?: (content: ValidContent) => void }): AstroIntegration {
  return {
    name: 'colony:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const { problems, content } = checkContent(options);
        options.onChecked?.(content);
        // The benchmark reads this line to report the check's share of the build.
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms`);
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        logger.warn(`content problems (the build will refuse these):\n${formatProblems(problems)}`);
      },
    },
  };
}
