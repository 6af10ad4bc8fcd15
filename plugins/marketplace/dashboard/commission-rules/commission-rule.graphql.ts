import { graphql } from '@/gql';

export const commissionRuleListQuery = graphql(`
    query DashboardMarketplaceCommissionRules($options: MarketplaceCommissionRuleListOptions) {
        marketplaceCommissionRules(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                collectionId
                collection {
                    id
                    name
                    slug
                }
                sellerId
                seller {
                    id
                    name
                    code
                }
                rateBps
            }
        }
    }
`);

export const commissionRuleDetailQuery = graphql(`
    query DashboardMarketplaceCommissionRule($id: ID!) {
        marketplaceCommissionRule(id: $id) {
            id
            createdAt
            updatedAt
            collectionId
            collection {
                id
                name
                slug
                breadcrumbs {
                    id
                    name
                }
            }
            sellerId
            seller {
                id
                name
                code
                status
            }
            rateBps
        }
    }
`);

export const createCommissionRuleDocument = graphql(`
    mutation DashboardCreateMarketplaceCommissionRule($input: CreateMarketplaceCommissionRuleInput!) {
        createMarketplaceCommissionRule(input: $input) {
            __typename
            ... on MarketplaceCommissionRule {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const updateCommissionRuleDocument = graphql(`
    mutation DashboardUpdateMarketplaceCommissionRule($input: UpdateMarketplaceCommissionRuleInput!) {
        updateMarketplaceCommissionRule(input: $input) {
            __typename
            ... on MarketplaceCommissionRule {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deleteCommissionRuleDocument = graphql(`
    mutation DashboardDeleteMarketplaceCommissionRule($id: ID!) {
        deleteMarketplaceCommissionRule(id: $id) {
            result
            message
        }
    }
`);

export const collectionOptionsQuery = graphql(`
    query DashboardMarketplaceCollectionOptions($options: CollectionListOptions) {
        collections(options: $options) {
            totalItems
            items {
                id
                name
                slug
                breadcrumbs {
                    id
                    name
                }
            }
        }
    }
`);
