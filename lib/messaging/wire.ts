/**
 * @webext-core/messaging's wire format, for the senders that do without the
 * library: a request `{id, type, data, timestamp}`, a reply `{res}` or `{err}`.
 */
export type DataOf<F> = F extends (...args: infer A) => unknown ? A[0] : never;
export type ReplyOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

interface Wire {
  res?: unknown;
  err?: { message?: string } | string;
}

let nextId = Math.floor(Math.random() * 1e4);

export function request(type: string, data: unknown): { id: number; type: string; data: unknown; timestamp: number } {
  return { id: nextId++, type, data, timestamp: Date.now() };
}

/** The reply's value, or its error thrown; no reply at all is an error too. */
export function unwrap<T>(type: string, reply: unknown): T {
  const r = reply as Wire | undefined;
  if (r == null) throw new Error(`No response to ${type}`);
  if (r.err != null) throw new Error(typeof r.err === 'string' ? r.err : (r.err.message ?? `${type} failed`));
  return r.res as T;
}
