/** Letters (any script), digits and . _ @ -, at most 80: a name is typed at sign-in and read in the audit. */
export const PERSON_NAME = /^[\p{L}\p{N}._@-]{1,80}$/u;
