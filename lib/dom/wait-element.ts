/**
 * Stands in for `@1natsu/wait-element` in the content script (wxt.config.ts
 * aliases it and its `/detectors` entry here). WXT's shadow-root UI imports
 * it for `autoMount`, which the tooltip never calls, and the package brings
 * `defu` and `many-keys-map` for option merging and call sharing, about
 * 1 kB gzip of the script's 60 kB budget. The contract WXT relies on is kept:
 * the detector sees the match now and after every change under the target,
 * the promise settles with the first detected result, and an abort rejects
 * with the signal's reason.
 */
type Detected<R> = { isDetected: true; result: R } | { isDetected: false };
type Detector<R> = (element: Element | null) => Detected<R>;

export interface WaitOptions<R> {
  target?: ParentNode & Node;
  observeConfigs?: MutationObserverInit;
  detector?: Detector<R>;
  signal?: AbortSignal;
  customMatcher?: (selector: string) => Element | null;
}

export const isExist: Detector<Element> = (element) => (element !== null ? { isDetected: true, result: element } : { isDetected: false });

export const isNotExist: Detector<null> = (element) => (element === null ? { isDetected: true, result: null } : { isDetected: false });

export function waitElement<R = Element>(selector: string, options: WaitOptions<R> = {}): Promise<R> {
  const { target = document, signal, customMatcher } = options;
  const detector = options.detector ?? (isExist as unknown as Detector<R>);
  const observeConfigs = options.observeConfigs ?? { childList: true, subtree: true, attributes: true };
  return new Promise<R>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const observer = new MutationObserver(() => check());
    const onAbort = () => {
      observer.disconnect();
      reject(signal!.reason);
    };
    function check(): boolean {
      const found = detector(customMatcher ? customMatcher(selector) : target.querySelector(selector));
      if (!found.isDetected) return false;
      observer.disconnect();
      signal?.removeEventListener('abort', onAbort);
      resolve(found.result);
      return true;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    if (!check()) observer.observe(target, observeConfigs);
  });
}
