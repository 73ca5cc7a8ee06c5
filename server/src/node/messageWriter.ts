/**
 * Writes LSP messages to a stream (stdout) each in one piece. The library's stream writer waits a
 * turn of the event loop before each message and then writes its header and its body apart: two
 * system calls, and a client that wakes up for the header to wait for the body. Here the header and
 * the JSON body go into one buffer and one write, at once, in the order the messages are sent.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class WholeMessageWriter extends AbstractMessageWriter implements MessageWriter {
  readonly #stream: NodeJS.WritableStream;
  #errors = 0;

  constructor(stream: NodeJS.WritableStream) {
    super();
    this.#stream = stream;
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: Buffer;
    try {
      const body = JSON.stringify(message);
      const length = Buffer.byteLength(body, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      frame = Buffer.allocUnsafe(header.length + length);
      frame.write(header, 0, 'ascii');
      frame.write(body, header.length, 'utf8');
    } catch (error) {
      this.#failed(error, message);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.#stream.write(frame, error => {
        if (!error) return resolve();
        this.#failed(error, message);
        reject(error);
      });
    });
  }

  end(): void {
    this.#stream.end();
  }

  /** Told to the connection as the library's writer tells it: the error, the message, how many so far. */
  #failed(error: unknown, message: Message): void {
    this.fireError(error, message, ++this.#errors);
  }
}
