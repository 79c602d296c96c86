/** The case desk's route with the case to open: another app of the root page (`/desk`), reached by a plain link. */
export function caseDeskPath(caseId: string): string {
  return `/desk?case=${encodeURIComponent(caseId)}`;
}
