import { useLingui } from '@lingui/react/macro';
import { createRelationSelectorConfig } from '@vendure/dashboard';
import { useMemo } from 'react';

import type { ResultOf } from '@/gql';

import { administratorOptionsQuery, companyOptionsQuery } from '../companies/companies.graphql';
import {
    customerGroupOptionsQuery,
    priceListOptionsQuery,
    productVariantOptionsQuery,
} from '../price-lists/price-lists.graphql';

type CompanyOption = ResultOf<typeof companyOptionsQuery>['companies']['items'][number];
type AdministratorOption = ResultOf<typeof administratorOptionsQuery>['administrators']['items'][number];
type CustomerGroupOption = ResultOf<typeof customerGroupOptionsQuery>['customerGroups']['items'][number];
type VariantOption = ResultOf<typeof productVariantOptionsQuery>['productVariants']['items'][number];
type PriceListOption = ResultOf<typeof priceListOptionsQuery>['priceLists']['items'][number];

/**
 * Relation selector configurations (list query, search filter, label) for the entities B2B pages pick, used by
 * `EntityPicker`: companies by name or code, administrators by name or email, customer groups and price lists by
 * name, product variants by name or SKU.
 */
export function useCompanySelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<CompanyOption>({
                listQuery: companyOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search by name or code...`,
                buildSearchFilter: term => ({
                    _or: [{ name: { contains: term } }, { code: { contains: term } }],
                }),
                label: c => (
                    <span>
                        {c.name}{' '}
                        <span className="text-muted-foreground" translate="no">
                            {c.code}
                            {c.tier ? ` · ${c.tier}` : ''}
                        </span>
                    </span>
                ),
            }),
        [t],
    );
}

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
                    <span>
                        {a.firstName} {a.lastName}{' '}
                        <span className="text-muted-foreground" translate="no">
                            {a.emailAddress}
                        </span>
                    </span>
                ),
            }),
        [t],
    );
}

export function useCustomerGroupSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<CustomerGroupOption>({
                listQuery: customerGroupOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search customer groups...`,
            }),
        [t],
    );
}

export function usePriceListSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<PriceListOption>({
                listQuery: priceListOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search price lists...`,
                label: l => (
                    <span>
                        {l.name}{' '}
                        <span className="text-muted-foreground" translate="no">
                            {l.currencyCode}
                        </span>
                    </span>
                ),
            }),
        [t],
    );
}

export function useProductVariantSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<VariantOption>({
                listQuery: productVariantOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search by name or SKU...`,
                buildSearchFilter: term => ({
                    _or: [{ name: { contains: term } }, { sku: { contains: term } }],
                }),
                label: v => (
                    <span>
                        {v.name}{' '}
                        <span className="text-muted-foreground font-mono" translate="no">
                            {v.sku}
                        </span>
                    </span>
                ),
            }),
        [t],
    );
}
