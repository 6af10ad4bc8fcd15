import { useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { api, createRelationSelectorConfig } from '@vendure/dashboard';
import { useMemo } from 'react';

import type { ResultOf } from '@/gql';

import { administratorOptionsQuery } from '../alerts.graphql';

type AdministratorOption = ResultOf<typeof administratorOptionsQuery>['administrators']['items'][number];

/** Relation selector configuration for picking an administrator by name or email. */
export function useAdministratorSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<AdministratorOption>({
                listQuery: administratorOptionsQuery,
                idKey: 'id',
                labelKey: 'lastName',
                placeholder: t`Search by name or email...`,
                buildSearchFilter: term => ({
                    _or: [
                        { firstName: { contains: term } },
                        { lastName: { contains: term } },
                        { emailAddress: { contains: term } },
                    ],
                }),
                label: a => (
                    <span translate="no">
                        {a.firstName} {a.lastName}{' '}
                        <span className="text-muted-foreground">{a.emailAddress}</span>
                    </span>
                ),
            }),
        [t],
    );
}

/** The administrator with this id, for showing a stored assignee as a name. */
export function useAdministratorLabel(id: string | null | undefined) {
    const { data } = useQuery({
        queryKey: ['alert-administrator', id],
        queryFn: () => api.query(administratorOptionsQuery, { options: { filter: { id: { eq: id! } } } }),
        enabled: !!id,
    });
    const a = data?.administrators.items[0];
    return id
        ? { id, label: <span translate="no">{a ? `${a.firstName} ${a.lastName}` : id}</span> }
        : undefined;
}
