/**
 * The social preview cards (src/lib/output/social-card.ts), drawn by a process of their own.
 *
 * Why not Astro endpoints: sharp in Astro's process drew a thousand report cards on the core
 * that Node's thread pool and garbage collector share with the rendering thread, and the
 * benchmark's build took about 20 s longer with them than without. In a child at the lowest
 * CPU priority (draw-social-cards.ts), started once the content is checked, they use what the
 * rest of the build leaves over: the same build took about 9 s longer than without them.
 *
 * The child writes into Astro's cache folder, outside dist/ (which Astro empties as it starts);
 * once Astro has written the pages (astro:build:done) the cards are moved in. `npm run dev` draws a card when
 * it is asked for.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawCard, type CardFile } from '../lib/output/social-card.ts';

const DRAW = fileURLToPath(new URL('./draw-social-cards.ts', import.meta.url));

/** Runs the drawing child; resolves when every card is written to `folder`. */
function drawInChild(cards: readonly CardFile[], folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DRAW, folder], { stdio: ['pipe', 'ignore', 'pipe'] });
    // A build that fails before its pages are written does not leave the child drawing.
    const stop = () => child.kill();
    process.once('exit', stop);
    child.on('close', () => process.off('exit', stop));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`drawing the social cards failed (exit ${code}):\n${stderr}`))));
    child.stdin.end(JSON.stringify(cards));
  });
}

/** Moves every file under `from` to the same place under `to`; copies where a rename cannot cross file systems. */
function moveInto(from: string, to: string): number {
  let moved = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      moved += moveInto(source, target);
      continue;
    }
    try {
      renameSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(source, target);
    }
    moved++;
  }
  return moved;
}

/**
 * `use(cards)` gives the integration its cards once the content is checked (astro.config.mjs
 * calls it from the content guard, whose hook runs first).
 */
export default function socialCards(): { use: (cards: CardFile[]) => void; integration: AstroIntegration } {
  let cards: CardFile[] = [];
  let staging = '';
  let base = '/';
  let drawn: Promise<void> | undefined;
  let started = 0;
  let building = false;
  return {
    use: (list) => {
      cards = list;
    },
    integration: {
      name: 'colony:social-cards',
      hooks: {
        'astro:config:setup': ({ command }) => {
          building = command === 'build';
        },
        // Started as soon as the content is checked: while Astro syncs the content and bundles
        // the code, mostly on one thread, the other core is free for the cards.
        'astro:config:done': ({ config }) => {
          staging = join(fileURLToPath(config.cacheDir), 'social-cards');
          base = config.base;
          if (!building) return;
          rmSync(staging, { recursive: true, force: true });
          started = performance.now();
          drawn = drawInChild(cards, staging);
          // Awaited in astro:build:done; a failure is reported there, not also as unhandled.
          drawn.catch(() => undefined);
        },
        'astro:build:done': async ({ dir, logger }) => {
          if (!drawn) return;
          const waited = performance.now();
          await drawn;
          const moved = cards.length ? moveInto(staging, fileURLToPath(dir)) : 0;
          rmSync(staging, { recursive: true, force: true });
          const ms = (from: number) => Math.round(performance.now() - from);
          logger.info(`drew ${moved} social cards alongside the build in ${ms(started)} ms (waited ${ms(waited)} ms for them)`);
        },
        'astro:server:setup': ({ server }) => {
          server.middlewares.use((req, res, next) => {
            // Vite strips the base from req.url before later middlewares; originalUrl keeps it.
            const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0]!;
            const file = cards.find((c) => base.replace(/\/$/, '') + c.path === path);
            if (!file) return next();
            drawCard(file.card).then(
              (png) => {
                res.setHeader('Content-Type', 'image/png');
                res.setHeader('Cache-Control', 'no-store');
                res.end(png);
              },
              (error: unknown) => next(error),
            );
          });
        },
      },
    },
  };
}
