/** What every popup component can reach: the data source and the two ways to tell the reader. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ToastSpec } from '../ui/Notices';
import type { PopupData } from './types';

export interface PopupContextValue {
  data: PopupData;
  showError(error: unknown): void;
  showToast(toast: ToastSpec): void;
}

export const PopupContext = createContext<PopupContextValue | null>(null);

export function usePopup(): PopupContextValue {
  const value = useContext(PopupContext);
  if (!value) throw new Error('usePopup outside <Popup>');
  return value;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
