/** Wires the background's message handlers to storage. Placeholder until the library lands. */
export function startBackground(): void {}
