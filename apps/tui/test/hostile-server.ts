import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { echoes, SECRET_FORMS, secretFragments } from '../../../spec/test/secret-scan.js';

/**
 * Recognisable secrets, with the characters every escaping touches: an API key with
 * `/` (JSON may echo it as `\/`) and `+ &`, a project key with `< > ' "`, a customer
 * password with a space, `%` and Cyrillic.
 */
export const API_KEY = 'Qx7/Kv+Zw9&Jm';
export const PROJECT_KEY = `Pk9<Rt>Ls'Wq"Hn`;
export const HASH = 'Ёжик Hq4/pT%z';
export const SECRETS = [API_KEY, PROJECT_KEY, HASH];

const FRAGMENTS = secretFragments(SECRETS);

/** The fragments of four characters of any form of any secret that `text` holds. */
export function secretsIn(text: string): string[] {
  return FRAGMENTS.filter((fragment) => text.includes(fragment));
}

/** The secrets a request carries in its query. */
function carriedBy(path: string): string[] {
  return [...new URL(path, 'http://x').searchParams.values()].filter((value) =>
    SECRETS.includes(value),
  );
}

/** What a careless server echoes of a request: its path as sent and decoded, and every secret it carried in every form. */
function echo(path: string): string {
  return [path, decodeURIComponent(path), echoes(carriedBy(path))].join(' | ');
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A server that echoes every secret, those the request did not carry too (Boomstream
 * knows every project key of an account): only a process that holds them all can mask them.
 */
export const OMNISCIENT_ANSWER = 'echoes-every-secret';

/** How the server answers: the first segment of the path picks it (`/<answer>/api/…`). */
const ANSWERS: Readonly<
  Record<string, (response: ServerResponse, echoed: string, carried: string[]) => void>
> = {
  'status-500': (response, echoed) => {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(echoed);
  },
  'failed-xml': (response, echoed) => {
    response
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(`<Response><Status>Failed</Status><Message>${xmlEscape(echoed)}</Message></Response>`);
  },
  'failed-cdata': (response, echoed) => {
    response
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(`<Response><Status>Failed</Status><Message><![CDATA[${echoed}]]></Message></Response>`);
  },
  'json-php-style': (response, echoed) => {
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: echoed }).replace(/\//g, '\\/'));
  },
  // A whitespace run collapses to one space: the secrets land where an excerpt is cut.
  'html-at-the-cut': (response, echoed) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<html>${'x'.repeat(110)}${' \n'.repeat(4000)}${echoed}</html>`);
  },
  'headers-401': (response, _echoed, carried) => {
    response
      .writeHead(401, {
        'www-authenticate': `Bearer realm="${carried.map(encodeURIComponent).join(' ')}"`,
        'set-cookie': `k=${carried.map(encodeURIComponent).join('; ')}`,
        'x-request-id': carried
          .map((secret) => SECRET_FORMS['JSON, PHP style']?.(secret))
          .join(' '),
      })
      .end('no');
  },
  'element-named-after-a-secret': (response) => {
    response
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(`<Response><${PROJECT_KEY.slice(0, 3)}${encodeURIComponent(API_KEY)}></Response>`);
  },
  // A `Failed` message reaches the error whole: the client masks what the call carried, the CLI the rest.
  [OMNISCIENT_ANSWER]: (response) => {
    response
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(
        `<Response><Status>Failed</Status><Message>${xmlEscape(echoes(SECRETS))}</Message></Response>`,
      );
  },
  // Half an answer, then the connection is reset: a network fault after the echo.
  'reset-after-echo': (response, echoed) => {
    response.writeHead(200, { 'content-type': 'application/xml' });
    response.write(`<Response><Message>${xmlEscape(echoed)}`, () => response.destroy());
  },
};

/** The answers that echo only what the request carried. */
export const HOSTILE_ANSWERS = Object.keys(ANSWERS).filter(
  (answer) => answer !== OMNISCIENT_ANSWER,
);

export interface HostileServer {
  /** The API prefix that makes the server answer as `answer` says. */
  baseUrl(answer: string): string;
  close(): Promise<void>;
}

/** A local HTTP server that answers every request with an echo of it, as `ANSWERS` says. */
export async function startHostileServer(): Promise<HostileServer> {
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const answer = ANSWERS[path.split('/')[1] ?? ''];
    if (answer) answer(response, echo(path), carriedBy(path));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: (answer) => `http://127.0.0.1:${port}/${answer}/api`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
