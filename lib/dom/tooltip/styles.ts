/**
 * The tooltip's own CSS, loaded into its shadow root only (the document gets
 * just the ::highlight rules from entrypoints/content/style.css). Colours come
 * from the reader's colour scheme, not the page's, so it is readable anywhere.
 */
export const TOOLTIP_CSS = `
:host { all: initial; }
.tip {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b63c5; --ok: #1a7f37;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  max-width: min(360px, calc(100vw - 16px)); min-width: 220px;
  padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--fg);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: start;
}
.tip[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .tip { --bg: #1f2328; --fg: #e6edf3; --muted: #9da7b3; --line: #3d444d; --accent: #6cb6ff; --ok: #57d364; }
}
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.main { font-size: 15px; font-weight: 600; margin: 2px 0; overflow-wrap: anywhere; }
.line { color: var(--fg); margin: 2px 0; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 2px 0; }
.desc { margin: 4px 0; }
.fact { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--line); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button, input {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 8px;
}
button { cursor: pointer; }
button:hover { border-color: var(--accent); }
button:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button[aria-pressed="true"] { color: var(--ok); border-color: var(--ok); }
form { display: flex; gap: 6px; margin-top: 8px; }
form[hidden] { display: none; }
input { flex: 1; min-width: 0; }
.status { min-height: 1em; margin-top: 4px; color: var(--muted); font-size: 12px; }
`;
