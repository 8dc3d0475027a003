import type { ContentScriptContext } from '#imports';

/** Content-script main. Placeholder until the page stage lands. */
export async function startPage(_ctx: ContentScriptContext): Promise<void> {}
