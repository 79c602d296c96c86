import { gql } from '@hall/styleguide';
import { shallowRef, watch, type Ref } from 'vue';
import type { DeskStaffNameFragment } from './gql/graphql';
import { staffNamesQuery } from './staff-names.graphql';

type StaffNamesResult = Record<string, DeskStaffNameFragment | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names of the staff behind a trail's actor ids, in one request. A name that cannot be found (a user who is not
 * staff, the duty subgraph down) is simply missing: the trail still shows the role.
 */
export function useStaffNames(ids: () => ReadonlyArray<string | null | undefined>): Readonly<Ref<ReadonlyMap<string, string>>> {
  const names = shallowRef<ReadonlyMap<string, string>>(new Map());
  watch(
    () => [...new Set(ids().filter((id): id is string => typeof id === 'string' && UUID.test(id)))].sort().join(','),
    async (joined) => {
      const wanted = joined ? joined.split(',') : [];
      if (wanted.length === 0) return;
      const variables = Object.fromEntries(wanted.map((id, index) => [`s${index}`, id]));
      try {
        const result = await gql<StaffNamesResult>(staffNamesQuery(wanted.length), variables);
        const found = new Map(names.value);
        for (const entry of Object.values(result)) if (entry) found.set(entry.id, entry.name);
        names.value = found;
      } catch {
        // Names are a courtesy; the roles stay on the trail.
      }
    },
    { immediate: true },
  );
  return names;
}
