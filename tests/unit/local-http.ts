import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import { server } from '../../mocks/node';

/** The test MSW server rejects requests it has no handler for; let through those to servers a test started. */
export const letLocalServersThrough = () => server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));

export interface LocalServer {
  origin: string;
  close(): Promise<void>;
}

/** A throwaway node:http server on a free port of 127.0.0.1. */
export async function startLocalServer(listener: RequestListener): Promise<LocalServer> {
  const httpServer = createServer(listener);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}

/** A port nothing listens on: taken from a server that is closed again. */
export async function closedPortOrigin(): Promise<string> {
  const closed = await startLocalServer(() => undefined);
  await closed.close();
  return closed.origin;
}
