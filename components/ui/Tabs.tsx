/** ARIA tabs: one tab stop, arrow keys move and select (mirrored in RTL), Home/End jump. */
import { useRef } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
}

interface Props {
  tabs: TabSpec[];
  selected: string;
  onSelect(id: string): void;
  label: string;
  idPrefix: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

export function Tabs({ tabs, selected, onSelect, label, idPrefix }: Props) {
  const list = useRef<HTMLDivElement>(null);

  function move(to: number) {
    const next = tabs[(to + tabs.length) % tabs.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(idPrefix, next.id)}`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) move(at + 1);
    else if (e.key === back) move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(tabs.length - 1);
    else return;
    e.preventDefault();
  }

  return (
    <div role="tablist" aria-label={label} class="tabs" ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(idPrefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
