import { graphql } from '@/gql';

export const sellerListQuery = graphql(`
    query DashboardMarketplaceSellers($options: MarketplaceSellerListOptions) {
        marketplaceSellers(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                name
                code
                status
                statusReason
                statusChangedAt
                contactEmail
                taxId
            }
        }
    }
`);

/** What the seller page shows: the application, the public profile, the Vendure set-up and administrators. */
export const sellerDetailFragment = graphql(`
    fragment DashboardMarketplaceSellerDetail on MarketplaceSeller {
        id
        createdAt
        updatedAt
        name
        code
        status
        statusReason
        statusChangedAt
        contactEmail
        taxId
        description
        logo {
            id
            name
            preview
            focalPoint {
                x
                y
            }
        }
        location
        countryCode
        seller {
            id
            name
        }
        channel {
            id
            code
        }
        stockLocation {
            id
            name
        }
        role {
            id
            code
        }
        administrators {
            id
            firstName
            lastName
            emailAddress
        }
    }
`);

export const sellerDetailQuery = graphql(
    `
        query DashboardMarketplaceSeller($id: ID!) {
            marketplaceSeller(id: $id) {
                ...DashboardMarketplaceSellerDetail
            }
        }
    `,
    [sellerDetailFragment],
);

/** The seller of the active channel: a seller's administrator's own (null on other channels). */
export const activeSellerDetailQuery = graphql(
    `
        query DashboardActiveMarketplaceSeller {
            activeMarketplaceSeller {
                ...DashboardMarketplaceSellerDetail
            }
        }
    `,
    [sellerDetailFragment],
);

export const updateSellerProfileDocument = graphql(`
    mutation DashboardUpdateMarketplaceSellerProfile($input: UpdateMarketplaceSellerProfileInput!) {
        updateMarketplaceSellerProfile(input: $input) {
            id
            description
            location
            countryCode
            logo {
                id
            }
        }
    }
`);

export const approveSellerDocument = graphql(`
    mutation DashboardApproveSeller($id: ID!) {
        approveSeller(id: $id) {
            __typename
            ... on MarketplaceSeller {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const rejectSellerDocument = graphql(`
    mutation DashboardRejectSeller($id: ID!, $reason: String!) {
        rejectSeller(id: $id, reason: $reason) {
            __typename
            ... on MarketplaceSeller {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const suspendSellerDocument = graphql(`
    mutation DashboardSuspendSeller($id: ID!, $reason: String!) {
        suspendSeller(id: $id, reason: $reason) {
            __typename
            ... on MarketplaceSeller {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const reinstateSellerDocument = graphql(`
    mutation DashboardReinstateSeller($id: ID!) {
        reinstateSeller(id: $id) {
            __typename
            ... on MarketplaceSeller {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const sellerOptionsQuery = graphql(`
    query DashboardMarketplaceSellerOptions($options: MarketplaceSellerListOptions) {
        marketplaceSellers(options: $options) {
            totalItems
            items {
                id
                name
                code
                status
            }
        }
    }
`);

export const offerListQuery = graphql(`
    query DashboardOffers($options: OfferListOptions) {
        offers(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                sellerId
                seller {
                    id
                    name
                }
                productVariantId
                productVariant {
                    id
                    name
                    sku
                }
                price
                currencyCode
                quantityAvailable
                leadTimeDays
                condition
                minimumOrderQuantity
                sellerSku
                manufacturerPartNumber
                active
            }
        }
    }
`);

export const offerDetailQuery = graphql(`
    query DashboardOffer($id: ID!) {
        offer(id: $id) {
            id
            createdAt
            updatedAt
            sellerId
            seller {
                id
                name
                code
                status
            }
            productVariantId
            productVariant {
                id
                name
                sku
            }
            price
            currencyCode
            quantityAvailable
            leadTimeDays
            condition
            minimumOrderQuantity
            sellerSku
            manufacturerPartNumber
            active
        }
    }
`);

export const createOfferDocument = graphql(`
    mutation DashboardCreateOffer($input: CreateOfferInput!) {
        createOffer(input: $input) {
            __typename
            ... on Offer {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const updateOfferDocument = graphql(`
    mutation DashboardUpdateOffer($input: UpdateOfferInput!) {
        updateOffer(input: $input) {
            __typename
            ... on Offer {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deleteOfferDocument = graphql(`
    mutation DashboardDeleteOffer($id: ID!) {
        deleteOffer(id: $id) {
            result
            message
        }
    }
`);

export const offerableVariantOptionsQuery = graphql(`
    query DashboardOfferableVariants($options: ProductVariantListOptions) {
        offerableProductVariants(options: $options) {
            totalItems
            items {
                id
                name
                sku
            }
        }
    }
`);

export const importOffersCsvDocument = graphql(`
    mutation DashboardImportOffersCsv($sellerId: ID, $csv: String, $languageCode: LanguageCode) {
        importOffersCsv(sellerId: $sellerId, csv: $csv, languageCode: $languageCode) {
            __typename
            ... on OfferImportReport {
                created
                updated
                rejected {
                    line
                    sku
                    reason
                }
            }
            ... on MalformedOfferCsvError {
                errorCode
                message
                line
            }
        }
    }
`);

export const exportOffersCsvQuery = graphql(`
    query DashboardExportOffersCsv($sellerId: ID) {
        exportOffersCsv(sellerId: $sellerId)
    }
`);
