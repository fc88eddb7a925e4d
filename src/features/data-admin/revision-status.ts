import type { AdminRevision } from './admin-api';

export type RevisionStatus = 'current' | 'published' | 'draft';

export const revisionStatus = (revision: AdminRevision): RevisionStatus =>
  revision.current ? 'current' : revision.publishedAt === null ? 'draft' : 'published';

export const currentRevision = (revisions: readonly AdminRevision[]) => revisions.find((revision) => revision.current);

/** Drafts made from the current revision: the ones a publisher can publish now (others are stale). */
export const waitingDrafts = (revisions: readonly AdminRevision[]) => {
  const current = currentRevision(revisions);
  return revisions.filter((revision) => revision.publishedAt === null && revision.parentId === current?.id);
};

/** Whether a revision's uploaded file can be downloaded (a seed or a restored revision may have none). */
export const hasFile = (revision: AdminRevision) => revision.fileName !== null && revision.fileStored !== false;
