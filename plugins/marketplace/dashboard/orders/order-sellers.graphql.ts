import { graphql } from '@/gql';

/**
 * An order's place in the marketplace split, from Vendure's own fields: the seller orders of an aggregate order
 * (only those on channels the administrator may see), the aggregate of a seller order (null when the
 * administrator may not see it, e.g. a seller's administrator), and each order's channels, whose non-default one
 * is its seller's.
 */
export const orderSellersQuery = graphql(`
    query DashboardOrderMarketplaceSellers($id: ID!) {
        order(id: $id) {
            id
            code
            type
            active
            currencyCode
            lines {
                id
                customFields {
                    offerId
                }
            }
            channels {
                id
                code
                seller {
                    id
                    name
                }
            }
            aggregateOrder {
                id
                code
            }
            sellerOrders {
                id
                code
                state
                currencyCode
                totalWithTax
                lines {
                    id
                }
                channels {
                    id
                    code
                    seller {
                        id
                        name
                    }
                }
            }
        }
    }
`);

/**
 * What each seller order of the split is worth to its seller, frozen at placement: by aggregate order (the buyer's
 * order page) or by seller order. Scoped by the API: the operator sees every seller's, a seller's administrator
 * only its own.
 */
export const orderSettlementsQuery = graphql(`
    query DashboardOrderSellerSettlements($orderId: String!) {
        sellerOrderSettlements(
            options: {
                filter: { aggregateOrderId: { eq: $orderId }, orderId: { eq: $orderId } }
                filterOperator: OR
                take: 100
            }
        ) {
            items {
                id
                orderId
                currencyCode
                commissionRateBps
                saleAmount
                commissionAmount
                refundedAmount
                seller {
                    id
                    name
                }
            }
        }
    }
`);
