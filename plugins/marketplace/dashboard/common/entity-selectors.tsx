import { useLingui } from '@lingui/react/macro';
import { createRelationSelectorConfig } from '@vendure/dashboard';
import { useMemo } from 'react';

import type { ResultOf } from '@/gql';

import { collectionOptionsQuery } from '../commission-rules/commission-rule.graphql';
import { offerableVariantOptionsQuery, sellerOptionsQuery } from '../marketplace.graphql';

type SellerOption = ResultOf<typeof sellerOptionsQuery>['marketplaceSellers']['items'][number];
type CollectionOption = ResultOf<typeof collectionOptionsQuery>['collections']['items'][number];
type VariantOption = ResultOf<
    typeof offerableVariantOptionsQuery
>['offerableProductVariants']['items'][number];

/** Marketplace sellers by name or code (the operator picks whose offer it is). */
export function useSellerSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<SellerOption>({
                listQuery: sellerOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search by name or code...`,
                buildSearchFilter: term => ({
                    _or: [{ name: { contains: term } }, { code: { contains: term } }],
                }),
                label: s => (
                    <span translate="no">
                        {s.name} <span className="text-muted-foreground">{s.code}</span>
                    </span>
                ),
            }),
        [t],
    );
}

/** Catalogue variants by name or SKU, from any channel (a seller channel does not hold the catalogue). */
export function useOfferableVariantSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<VariantOption>({
                listQuery: offerableVariantOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search by name or SKU...`,
                buildSearchFilter: term => ({
                    _or: [{ name: { contains: term } }, { sku: { contains: term } }],
                }),
                label: v => (
                    <span translate="no">
                        {v.name} <span className="text-muted-foreground font-mono">{v.sku}</span>
                    </span>
                ),
            }),
        [t],
    );
}

/** A collection's place in the tree, without the hidden root: "Electronics / Computers". */
export function collectionPath(collection: { name: string; breadcrumbs?: Array<{ name: string }> }): string {
    const names = (collection.breadcrumbs ?? []).slice(1).map(b => b.name);
    return names.length ? names.join(' / ') : collection.name;
}

/** Catalogue collections by name, labelled with their place in the tree. */
export function useCollectionSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<CollectionOption>({
                listQuery: collectionOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search by name...`,
                buildSearchFilter: term => ({ name: { contains: term } }),
                label: c => (
                    <span translate="no">
                        {collectionPath(c)} <span className="text-muted-foreground font-mono">{c.slug}</span>
                    </span>
                ),
            }),
        [t],
    );
}
