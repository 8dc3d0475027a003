/** Reads the site lists the reader types: one site per line, URLs accepted. */

export interface ParsedHosts {
  hosts: string[];
  /** Lines that are not a site name, shown back to the reader rather than dropped. */
  invalid: string[];
}

const HOST = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)*[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

export function parseHosts(text: string): ParsedHosts {
  const hosts: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\n,]+/)) {
    const line = raw.replace(/[\u200e\u200f\u00a0]/g, ' ').trim();
    if (!line) continue;
    let host = line.toLowerCase();
    try {
      if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
    } catch {
      // Not a URL after all: judged as a bare host below.
    }
    host = host.replace(/^\*\./, '').replace(/^www\./, '').replace(/[/:].*$/, '').replace(/\.$/, '');
    if (HOST.test(host)) {
      if (!hosts.includes(host)) hosts.push(host);
    } else invalid.push(line);
  }
  return { hosts, invalid };
}
