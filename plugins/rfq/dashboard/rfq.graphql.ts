import { graphql } from '@/gql';

export const quoteRequestListQuery = graphql(`
    query DashboardQuoteRequests($options: QuoteRequestListOptions) {
        quoteRequests(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                state
                buyer {
                    customerId
                    name
                    emailAddress
                }
                currencyCode
                neededBy
                responseDeadline
                submittedAt
                routedAt
                closedAt
            }
        }
    }
`);

export const quoteRequestDetailQuery = graphql(`
    query DashboardQuoteRequest($id: ID!) {
        quoteRequest(id: $id) {
            id
            createdAt
            code
            state
            buyer {
                customerId
                name
                emailAddress
            }
            currencyCode
            neededBy
            responseDeadline
            submittedAt
            routedAt
            closedAt
            note
            deliveryAddress {
                fullName
                company
                streetLine1
                streetLine2
                city
                postalCode
                countryCode
            }
            lines {
                id
                position
                productVariantId
                productName
                sku
                partNumber
                manufacturer
                description
                quantity
                routed
            }
            routings {
                id
                requestLineId
                sellerId
                sellerName
                matchedBy
            }
            quotes {
                id
                updatedAt
                sellerId
                sellerName
                state
                revision
                currencyCode
                validUntil
                note
                declineReason
                lines {
                    id
                    requestLineId
                    revision
                    unitPrice
                    quantity
                    quantityAvailable
                    leadTimeDays
                    note
                    acceptedQuantity
                }
                history {
                    id
                    requestLineId
                    revision
                    unitPrice
                    quantity
                    quantityAvailable
                    leadTimeDays
                    note
                    acceptedQuantity
                }
            }
            comparison {
                requestLineId
                bestPriceQuoteLineId
                shortestLeadTimeQuoteLineId
                enoughStockQuoteLineIds
            }
            attachments {
                id
                createdAt
                fileName
                mimeType
                fileSize
                url
            }
        }
    }
`);

export const submitQuoteDocument = graphql(`
    mutation DashboardSubmitQuote($input: SubmitQuoteInput!) {
        submitQuote(input: $input) {
            __typename
            ... on Quote {
                id
                revision
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const declineQuoteRequestDocument = graphql(`
    mutation DashboardDeclineQuoteRequest($requestId: ID!, $reason: String!) {
        declineQuoteRequest(requestId: $requestId, reason: $reason) {
            __typename
            ... on Quote {
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
