import { useFetcher } from '@remix-run/react';
import { useRef } from 'react';
import type { loader as suggestionsLoader } from '~/routes/search_.suggestions';

const DEBOUNCE_MS = 150;

/** Suggestions as you type, from the /search/suggestions resource route (only when JavaScript runs). */
export function useSuggestions() {
  const fetcher = useFetcher<typeof suggestionsLoader>();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  return {
    items: fetcher.data?.suggestions ?? [],
    update(value: string) {
      clearTimeout(timer.current);
      const prefix = value.trim();
      if (!prefix) return;
      timer.current = setTimeout(
        () => fetcher.load(`/search/suggestions?prefix=${encodeURIComponent(prefix)}`),
        DEBOUNCE_MS,
      );
    },
  };
}

/** The datalist the search box offers; empty without JavaScript, which leaves a plain text box. */
export function SuggestionList({
  id,
  items,
}: {
  id: string;
  items: readonly { label: string; id: string }[];
}) {
  return (
    <datalist id={id}>
      {items.map((item) => (
        <option key={`${item.id}-${item.label}`} value={item.label} />
      ))}
    </datalist>
  );
}
