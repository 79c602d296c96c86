import { useQuery } from '@hall/styleguide';
import { computed, watch } from 'vue';
import { CaseQuery } from './case.graphql';
import { useStaffNames } from './staff-names';

/** The case a print view prints and the staff names of its trail. */
export function usePrintedCase(caseId: () => string) {
  const query = useQuery(CaseQuery, () => ({ id: caseId() }));
  const kase = computed(() => (query.data.value?.case?.id === caseId() ? query.data.value.case : null));
  const notFound = computed(() => !query.loading.value && !query.error.value && query.data.value?.case === null);
  const staffNames = useStaffNames(() => kase.value?.events.map((event) => event.actorId) ?? []);
  return { ...query, kase, notFound, staffNames };
}

/** The browser names a saved PDF after the page title. */
export function usePrintTitle(title: () => string | null): void {
  watch(
    title,
    (current) => {
      if (current) document.title = current;
    },
    { immediate: true },
  );
}
