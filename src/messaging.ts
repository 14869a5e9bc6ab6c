// The one protocol between Echt's contexts. Every message is a request that the
// background answers; each entry names its request data and its response.

export interface Status {
  /** The extension's version from its manifest. */
  version: string;
  /** When Echt was installed, ms since epoch. */
  installedAt: number;
}

export interface ProtocolMap {
  getStatus: { request: null; response: Status };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  echt: 1;
  type: K;
  data: RequestOf<K>;
}

export type Handlers = { [K in MessageType]: (data: RequestOf<K>) => Promise<ResponseOf<K>> };

export function envelope<K extends MessageType>(type: K, data: RequestOf<K>): Envelope<K> {
  return { echt: 1, type, data };
}

/**
 * Routes a message to its handler. Returns undefined for anything that is not an Echt
 * request this side knows, so other listeners (or none) can answer it.
 */
export function dispatch(handlers: Handlers, message: unknown): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { echt, type, data } = message as Partial<Envelope>;
  if (echt !== 1 || typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  // The map above ties each type to its handler; the cast only forgets which one.
  const handler = handlers[type] as (request: unknown) => Promise<unknown>;
  return handler(data);
}
