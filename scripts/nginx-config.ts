/**
 * Prints an nginx server block for this site, with the security headers of
 * src/config/security.ts, for the BASE_PATH in the environment.
 *   BASE_PATH=/investigations npm run deploy:nginx -- --root /var/www/colony > site.conf
 * deploy/nginx.conf is this script's output for the domain root (a test keeps it in sync).
 */
import { parseArgs } from 'node:util';
import { normaliseBase } from '../src/config/site.ts';
import { renderNginxConfig } from '../src/lib/deploy/headers.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '/var/www/colony' },
    'server-name': { type: 'string', default: 'example.org' },
    listen: { type: 'string', default: '80' },
  },
});
process.stdout.write(
  renderNginxConfig({ base: normaliseBase(process.env.BASE_PATH), root: values.root!, serverName: values['server-name']!, listen: values.listen! }),
);
