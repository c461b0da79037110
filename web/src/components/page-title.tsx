import { useEffect } from 'react';

export const APP_TITLE = 'CML Cloud Manager';

/** "lab-east-1 · Workers · CML Cloud Manager": the most specific part first, as tabs cut titles short. */
export function pageTitle(...parts: (string | undefined | false)[]): string {
  return [...parts.filter((p): p is string => Boolean(p)), APP_TITLE].join(' · ');
}

/**
 * Says in the browser tab (and history, bookmarks) where the person is. Each view sets its own;
 * leaving it puts back the product's name. Set it once per view: in the page, or (for a page that
 * does not set one) in the route.
 */
export function usePageTitle(...parts: (string | undefined | false)[]): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = APP_TITLE;
    };
  }, [title]);
}

/** `usePageTitle` for a route whose page sets none. */
export function PageTitle({ parts, children }: { parts: string[]; children: React.ReactNode }) {
  usePageTitle(...parts);
  return children;
}
