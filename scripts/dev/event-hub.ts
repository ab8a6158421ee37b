/**
 * Server-Sent Events to every open page (https://html.spec.whatwg.org/multipage/server-sent-events.html):
 * one long `text/event-stream` response per page, one `event:`/`data:` block per message. No
 * WebSocket and no package: the browser's `EventSource` reconnects by itself after `retry` ms,
 * which is what brings a page back when the dev server restarts.
 */
import type { ServerResponse } from 'node:http';

export type DevEventName = 'reload' | 'diagnostics';

export interface EventHub {
  /** Holds `response` open as an event stream until the page or the hub closes it. */
  attach(response: ServerResponse): void;
  send(event: DevEventName, data: unknown): void;
  close(): void;
}

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  return {
    attach(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write('retry: 500\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    send(event, data) {
      // `data:` lines cannot hold a newline; JSON.stringify never emits a raw one.
      const block = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const client of clients) client.write(block);
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
