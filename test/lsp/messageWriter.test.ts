/**
 * The server's stdio writer: each message in one piece (header and body in one write), framed by
 * its length in bytes, in the order sent; a client's reader reads back the same messages.
 */
import * as assert from 'node:assert';
import { PassThrough } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver-protocol/node';
import { WholeMessageWriter } from '../../server/src/node/messageWriter';

describe('server: messages written to stdio', () => {
  it('writes each message in one piece, framed by its length in bytes, in order', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    const writes: Buffer[] = [];
    const write = stream.write.bind(stream);
    stream.write = ((chunk: Buffer, callback?: (error?: Error | null) => void) => {
      writes.push(chunk);
      return write(chunk, callback);
    }) as typeof stream.write;
    stream.on('data', (c: Buffer) => chunks.push(c));
    const messages: Message[] = [
      { jsonrpc: '2.0', id: 1, result: { items: [{ label: '70/1 of 25 September 2015' }] } } as Message,
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Côte d’Ivoire — “réaffirmant” 🇺🇳' } } as Message,
      { jsonrpc: '2.0', id: 2, result: null } as Message,
    ];
    const writer = new WholeMessageWriter(stream);
    await Promise.all(messages.map(m => writer.write(m)));
    assert.strictEqual(writes.length, messages.length, 'one write per message');
    for (const [i, w] of writes.entries()) {
      const text = w.toString('utf8');
      const body = Buffer.from(JSON.stringify(messages[i]), 'utf8');
      assert.strictEqual(text.slice(0, text.indexOf('\r\n\r\n') + 4), `Content-Length: ${body.byteLength}\r\n\r\n`);
    }
    const read: Message[] = [];
    const input = new PassThrough();
    const reader = new StreamMessageReader(input);
    const done = new Promise<void>(resolve =>
      reader.listen(m => {
        read.push(m);
        if (read.length === messages.length) resolve();
      }),
    );
    input.end(Buffer.concat(chunks));
    await done;
    assert.deepStrictEqual(read, messages);
  });
});
