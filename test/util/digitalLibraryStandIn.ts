/**
 * A stand-in UN Digital Library on 127.0.0.1, serving the recorded MARCXML answers of
 * test/fixtures/digital-library: used by test/online.test.ts (CLI and server over stdio) and by the
 * real-editor suite (test/e2e/suite/catalog.e2e.ts), which points the server at it with
 * `UNRES_DIGITAL_LIBRARY_URL`.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

/** The recorded answers (this file runs compiled from out/test/util/). */
export const DIGITAL_LIBRARY_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/digital-library');

/** How the stand-in answers: the recorded records, a server error, a page that is not XML, one 429 first, or never. */
export type StandInMode = 'records' | '500' | 'not-xml' | '429-once' | 'hang';

/** Answers `search?p=191__a:"SYMBOL"&of=xm` from the fixtures; counts requests and what they asked. */
export class DigitalLibraryStandIn {
  mode: StandInMode = 'records';
  readonly queries: string[] = [];
  #server: http.Server | undefined;
  #throttled = false;
  url = '';

  /** Listens on `port` of 127.0.0.1 (0: any free one); `url` then says where. */
  async start(port = 0): Promise<void> {
    this.#server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.queries.push(`${url.pathname}?${url.searchParams.toString()}`);
      if (this.mode === 'hang') return; // neither answers nor closes: the client's timeout must end it
      if (this.mode === '500') return void res.writeHead(500).end('Internal Server Error');
      if (this.mode === 'not-xml') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Maintenance</title><p>Back soon');
      if (this.mode === '429-once' && !this.#throttled) {
        this.#throttled = true;
        return void res.writeHead(429, { 'Retry-After': '1' }).end();
      }
      const symbol = /^191__a:"(.*)"$/.exec(url.searchParams.get('p') ?? '')?.[1] ?? '';
      const file = path.join(DIGITAL_LIBRARY_FIXTURES, `${symbol.replace(/\//g, '_')}.xml`);
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(fs.readFileSync(fs.existsSync(file) ? file : path.join(DIGITAL_LIBRARY_FIXTURES, 'empty.xml')));
    });
    const server = this.#server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    const closed = new Promise(resolve => server.close(resolve));
    server.closeAllConnections(); // hung requests too
    await closed;
  }
}
