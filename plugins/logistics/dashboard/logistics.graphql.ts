import { graphql } from '@/gql';

export const carrierListQuery = graphql(`
    query DashboardCarriers($options: CarrierListOptions) {
        carriers(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                name
                adapterCode
                enabled
                trackingUrlTemplate
            }
        }
    }
`);

export const carrierDetailQuery = graphql(`
    query DashboardCarrier($id: ID!) {
        carrier(id: $id) {
            id
            createdAt
            updatedAt
            code
            name
            adapterCode
            enabled
            trackingUrlTemplate
            webhookPath
            webhookSecret
            previousSecretValidUntil
        }
    }
`);

export const carrierAdaptersQuery = graphql(`
    query DashboardCarrierAdapters {
        carrierAdapters {
            code
            description
            acceptsWebhooks
        }
    }
`);

export const carrierOptionsQuery = graphql(`
    query DashboardCarrierOptions {
        carriers(options: { take: 100, sort: { name: ASC } }) {
            items {
                id
                code
                name
            }
        }
    }
`);

export const createCarrierDocument = graphql(`
    mutation DashboardCreateCarrier($input: CreateCarrierInput!) {
        createCarrier(input: $input) {
            __typename
            ... on Carrier {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const updateCarrierDocument = graphql(`
    mutation DashboardUpdateCarrier($input: UpdateCarrierInput!) {
        updateCarrier(input: $input) {
            id
        }
    }
`);

export const rotateCarrierSecretDocument = graphql(`
    mutation DashboardRotateCarrierSecret($id: ID!, $graceHours: Int) {
        rotateCarrierWebhookSecret(id: $id, graceHours: $graceHours) {
            id
            webhookSecret
            previousSecretValidUntil
        }
    }
`);

export const shipmentListQuery = graphql(`
    query DashboardShipments($options: ShipmentListOptions) {
        shipments(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                trackingNumber
                status
                subStatus
                lastEventAt
                stalledAt
                orderId
                carrierId
                carrier {
                    id
                    name
                }
            }
        }
    }
`);

export const shipmentDetailQuery = graphql(`
    query DashboardShipment($id: ID!) {
        shipment(id: $id) {
            id
            createdAt
            updatedAt
            fulfillmentId
            orderId
            trackingNumber
            trackingUrl
            status
            subStatus
            lastEventAt
            stalledAt
            carrier {
                id
                code
                name
                adapterCode
            }
            fromWarehouse {
                stockLocationId
                name
                code
            }
            packages {
                weight
                length
                width
                height
            }
            events {
                id
                createdAt
                status
                subStatus
                carrierStatusCode
                carrierStatusText
                location
                occurredAt
                carrierEventId
            }
        }
    }
`);

export const addTrackingEventDocument = graphql(`
    mutation DashboardAddShipmentTrackingEvent($input: AddShipmentTrackingEventInput!) {
        addShipmentTrackingEvent(input: $input) {
            id
            status
        }
    }
`);

export const setShipmentWarehouseDocument = graphql(`
    mutation DashboardSetShipmentWarehouse($shipmentId: ID!, $stockLocationId: ID) {
        setShipmentWarehouse(shipmentId: $shipmentId, stockLocationId: $stockLocationId) {
            id
            fromWarehouse {
                stockLocationId
                name
                code
            }
        }
    }
`);

/** The channel's stock locations (the warehouse plugin's warehouses are stock locations), for the ship-from selector. */
export const shipFromStockLocationsQuery = graphql(`
    query DashboardShipFromStockLocations($options: StockLocationListOptions) {
        stockLocations(options: $options) {
            totalItems
            items {
                id
                name
            }
        }
    }
`);

export const orderShipmentsQuery = graphql(`
    query DashboardOrderShipments($id: ID!) {
        order(id: $id) {
            id
            shipments {
                id
                trackingNumber
                trackingUrl
                status
                subStatus
                lastEventAt
                carrier {
                    id
                    name
                }
            }
        }
    }
`);

export const importRateTableCsvDocument = graphql(`
    mutation DashboardImportRateTableCsv($csv: String!, $languageCode: LanguageCode) {
        importShippingRateTableCsv(csv: $csv, languageCode: $languageCode) {
            __typename
            ... on ShippingRateTableImportReport {
                accepted
                rejected {
                    line
                    type
                    reason
                }
                table
                updated
            }
            ... on MalformedShippingRateTableCsvError {
                errorCode
                message
                line
            }
        }
    }
`);

export const exportRateTableCsvQuery = graphql(`
    query DashboardExportRateTableCsv($table: String!) {
        exportShippingRateTableCsv(table: $table)
    }
`);

/** The zones a rate-table row may name (the calculator matches rows to zones by name). */
export const rateTableZonesQuery = graphql(`
    query DashboardRateTableZones {
        zones(options: { take: 1000, sort: { name: ASC } }) {
            items {
                id
                name
            }
        }
    }
`);
