import { graphql } from '@/gql';

export const priceListListQuery = graphql(`
    query DashboardPriceLists($options: PriceListListOptions) {
        priceLists(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                name
                currencyCode
                priority
                status
                validFrom
                validTo
                tiers
                entryCount
            }
        }
    }
`);

export const priceListDetailQuery = graphql(`
    query DashboardPriceList($id: ID!) {
        priceList(id: $id) {
            id
            createdAt
            updatedAt
            name
            currencyCode
            priority
            status
            validFrom
            validTo
            tiers
            entryCount
            companies {
                id
                name
                code
            }
            customerGroups {
                id
                name
            }
        }
    }
`);

export const createPriceListDocument = graphql(`
    mutation DashboardCreatePriceList($input: CreatePriceListInput!) {
        createPriceList(input: $input) {
            id
        }
    }
`);

export const updatePriceListDocument = graphql(`
    mutation DashboardUpdatePriceList($input: UpdatePriceListInput!) {
        updatePriceList(input: $input) {
            id
        }
    }
`);

export const priceListEntriesQuery = graphql(`
    query DashboardPriceListEntries($priceListId: ID!, $options: PriceListEntryListOptions) {
        priceListEntries(priceListId: $priceListId, options: $options) {
            totalItems
            items {
                id
                minQuantity
                price
                percentOff
                productVariantId
                productVariant {
                    id
                    sku
                    name
                }
            }
        }
    }
`);

export const removePriceListEntriesDocument = graphql(`
    mutation DashboardRemovePriceListEntries($priceListId: ID!, $ids: [ID!]!) {
        removePriceListEntries(priceListId: $priceListId, ids: $ids) {
            result
        }
    }
`);

export const assignPriceListTargetsDocument = graphql(`
    mutation DashboardAssignPriceListTargets($input: PriceListTargetsInput!) {
        assignPriceListTargets(input: $input) {
            id
        }
    }
`);

export const unassignPriceListTargetsDocument = graphql(`
    mutation DashboardUnassignPriceListTargets($input: PriceListTargetsInput!) {
        unassignPriceListTargets(input: $input) {
            id
        }
    }
`);

export const importPriceListCsvDocument = graphql(`
    mutation DashboardImportPriceListCsv(
        $priceListId: ID!
        $csv: String!
        $mode: PriceListImportMode
        $languageCode: LanguageCode
    ) {
        importPriceListCsv(priceListId: $priceListId, csv: $csv, mode: $mode, languageCode: $languageCode) {
            ... on PriceListImportReport {
                accepted
                rejected {
                    line
                    sku
                    reason
                }
            }
            ... on MalformedPriceListCsvError {
                errorCode
                message
                line
            }
        }
    }
`);

export const exportPriceListCsvQuery = graphql(`
    query DashboardExportPriceListCsv($priceListId: ID!) {
        exportPriceListCsv(priceListId: $priceListId)
    }
`);

export const upsertPriceListEntriesDocument = graphql(`
    mutation DashboardUpsertPriceListEntries($priceListId: ID!, $entries: [PriceListEntryInput!]!) {
        upsertPriceListEntries(priceListId: $priceListId, entries: $entries) {
            id
        }
    }
`);

/** Price lists to pick from (for a dealer agreement). */
export const priceListOptionsQuery = graphql(`
    query DashboardPriceListOptions($options: PriceListListOptions) {
        priceLists(options: $options) {
            totalItems
            items {
                id
                name
                currencyCode
            }
        }
    }
`);

/** Customer groups to pick from (price list targets). */
export const customerGroupOptionsQuery = graphql(`
    query DashboardCustomerGroupOptions($options: CustomerGroupListOptions) {
        customerGroups(options: $options) {
            totalItems
            items {
                id
                name
            }
        }
    }
`);

/** Product variants to pick from (a price list entry), searched by name or SKU. */
export const productVariantOptionsQuery = graphql(`
    query DashboardPriceListVariantOptions($options: ProductVariantListOptions) {
        productVariants(options: $options) {
            totalItems
            items {
                id
                name
                sku
            }
        }
    }
`);
