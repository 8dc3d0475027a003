/**
 * Stands in for `@webext-core/isolated-element` in the content script
 * (wxt.config.ts aliases it here). WXT's shadow-root UI builds the tooltip's
 * host with it; the package ships its async function as a generator with a
 * helper, a list of built-in tags the host never uses and a long error text,
 * about 0.4 kB gzip of the script's 60 kB budget. The contract WXT relies on
 * is kept: the same host, shadow root and html/head/body tree, the styles in
 * the head (text or fetched), the listed events stopped at the body, and a
 * refused name throws.
 */
import isPotentialCustomElementName from './custom-element-name.ts';

export interface IsolatedElementOptions {
  name: string;
  mode?: ShadowRootMode;
  css?: { url: string } | { textContent: string };
  isolateEvents?: boolean | string[];
}

export async function createIsolatedElement(options: IsolatedElementOptions) {
  const { name, mode = 'closed', css, isolateEvents = false } = options;
  if (!isPotentialCustomElementName(name)) throw Error(`"${name}" cannot host a shadow root`);
  const parentElement = document.createElement(name);
  const shadow = parentElement.attachShadow({ mode });
  const html = document.createElement('html');
  const head = html.appendChild(document.createElement('head'));
  const body = html.appendChild(document.createElement('body'));
  if (css) {
    const style = head.appendChild(document.createElement('style'));
    style.textContent = 'url' in css ? await (await fetch(css.url)).text() : css.textContent;
  }
  shadow.appendChild(html);
  if (isolateEvents) {
    for (const type of Array.isArray(isolateEvents) ? isolateEvents : ['keydown', 'keyup', 'keypress']) {
      body.addEventListener(type, (e) => e.stopPropagation());
    }
  }
  return { parentElement, shadow, isolatedElement: body };
}
