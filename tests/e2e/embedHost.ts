/**
 * A host page on another origin for the embed tests: a second local server (another port, so another
 * origin) that serves an article page around one or more embeds, and the real pym.js from node_modules.
 * Host pages are built per request from a JSON description in the query string, so each test says exactly
 * what a newsroom page would contain.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.js'));

/** Datawrapper's published responsive-embed listener, as a host page carries it. */
export const DATAWRAPPER_LISTENER =
  '!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();';

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `/page?body=<html>&width=<px>` (an article column of that width around `body`) and `/pym.js`. */
export async function startHost(): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/pym.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(PYM);
      return;
    }
    if (url.pathname === '/page') {
      const body = url.searchParams.get('body') ?? '';
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>html,body{margin:0;background:#fff;font-family:Georgia,serif}#column{margin:0 auto;padding:0}#column p{margin:1em 0}</style>
</head><body><div id="column"><p>The host article’s text before the chart.</p>${body}<p>The text after.</p></div></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // `localhost` rather than 127.0.0.1: another host name as well as another port.
  return { url: `http://localhost:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
