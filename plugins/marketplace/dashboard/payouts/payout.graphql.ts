import { graphql } from '@/gql';

export const payoutBatchListQuery = graphql(`
    query DashboardSellerPayoutBatches($options: SellerPayoutBatchListOptions) {
        sellerPayoutBatches(options: $options) {
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
                currencyCode
                amount
                entryCount
                state
                reference
                paidAt
            }
        }
    }
`);

export const payoutBatchDetailQuery = graphql(`
    query DashboardSellerPayoutBatch($id: ID!) {
        sellerPayoutBatch(id: $id) {
            id
            createdAt
            seller {
                id
                name
            }
            currencyCode
            amount
            entryCount
            state
            reference
            paidAt
            entries(options: { take: 1000, sort: { id: ASC } }) {
                totalItems
                items {
                    id
                    createdAt
                    type
                    amount
                    currencyCode
                    orderCode
                    description
                    commissionRateBps
                }
            }
        }
    }
`);

export const sellerLedgerQuery = graphql(`
    query DashboardSellerLedger($options: SellerLedgerEntryListOptions) {
        sellerLedgerEntries(options: $options) {
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
                type
                amount
                currencyCode
                orderCode
                description
                commissionRateBps
                payableFrom
                payoutBatchId
            }
        }
    }
`);

export const buildPayoutBatchesDocument = graphql(`
    mutation DashboardBuildPayoutBatches {
        buildPayoutBatches {
            id
        }
    }
`);

export const markPayoutBatchPaidDocument = graphql(`
    mutation DashboardMarkPayoutBatchPaid($id: ID!, $reference: String!) {
        markPayoutBatchPaid(id: $id, reference: $reference) {
            __typename
            ... on SellerPayoutBatch {
                id
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const sellerStatementCsvDocument = graphql(`
    query DashboardSellerStatementCsv($sellerId: ID) {
        sellerStatementCsv(sellerId: $sellerId)
    }
`);
