/** The look of the page's text fields (name, password, notes), as the dashboard's own controls. */
export const fieldClass = 'mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 text-ink';
