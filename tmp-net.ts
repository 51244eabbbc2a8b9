import { launch } from './tests/support/browser.ts';
import { serveSite } from './tests/support/nginx.ts';
const served = await serveSite('/tmp/lh/dist', '/colony/', '/tmp/lh/nginx');
const browser = await launch();
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.enable');
const rows: Record<string, { url: string; bytes: number; t0: number; t1?: number }> = {};
const start = Date.now();
cdp.on('Network.requestWillBeSent', (e: any) => { rows[e.requestId] = { url: e.request.url, bytes: 0, t0: Date.now() - start }; });
cdp.on('Network.loadingFinished', (e: any) => { if (rows[e.requestId]) { rows[e.requestId].bytes = e.encodedDataLength; rows[e.requestId].t1 = Date.now() - start; } });
await page.goto(`${served.url}${process.argv[2] ?? 'search/?q=Vorkhovo'}`);
await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 20000 }).catch(() => {});
await page.waitForTimeout(1500);
let total = 0;
for (const r of Object.values(rows)) { total += r.bytes; console.log(String(r.bytes).padStart(8), String(r.t0).padStart(5), String(r.t1).padStart(5), r.url.replace(served.url, '')); }
console.log('total', total);
await browser.close(); await served.close?.();
process.exit(0);
