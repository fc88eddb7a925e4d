/** The day the offline demo file was built (YYYY-MM-DD), shown in its header; undefined in the served build. */
export const offlineBuildDate: string | undefined =
  import.meta.env.MODE === 'portable' ? String(import.meta.env.VITE_BUILD_DATE) : undefined;
