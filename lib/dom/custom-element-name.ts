/**
 * The host-name check of the content script's isolated element
 * (isolated-element.ts), in place of `is-potential-custom-element-name`, whose
 * full Unicode pattern and CommonJS wrapper cost about 0.6 kB of the script's
 * 60 kB gzip budget. The extension only ever
 * names its host in ASCII, and the ASCII part of the HTML rule is this one;
 * a name outside it is refused, never let through.
 */
const ASCII_NAME = /^[a-z][-.0-9_a-z]*$/;

export default function isPotentialCustomElementName(name: string): boolean {
  return ASCII_NAME.test(name) && name.includes('-');
}
