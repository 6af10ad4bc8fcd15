import gql from 'graphql-tag';

/** Types both APIs share. */
const commonWarehouseTypes = gql`
    """
    The postal address of a warehouse or supplier.
    """
    type WarehouseAddress {
        "Street and number."
        streetLine1: String!
        "Second address line."
        streetLine2: String
        "City."
        city: String
        "Province or state."
        province: String
        "Postal code."
        postalCode: String
        "ISO 3166-1 alpha-2 country code."
        countryCode: String!
        "Phone number."
        phoneNumber: String
    }
`;

export const warehouseAdminApiExtensions = gql`
    ${commonWarehouseTypes}

    """
    What role a warehouse plays: central (distribution), branch (or store), consignment (held by a third party).
    """
    enum WarehouseType {
        central
        branch
        consignment
    }

    """
    A postal address.
    """
    input WarehouseAddressInput {
        "Street and number."
        streetLine1: String!
        "Second address line."
        streetLine2: String
        "City."
        city: String
        "Province or state."
        province: String
        "Postal code."
        postalCode: String
        "ISO 3166-1 alpha-2 country code."
        countryCode: String!
        "Phone number."
        phoneNumber: String
    }

    """
    A warehouse: details on one of Vendure's stock locations. Its stock is that location's stock levels; its
    channels are the location's channels.
    """
    type Warehouse implements Node {
        "Id."
        id: ID!
        "When the details were created."
        createdAt: DateTime!
        "When the details were last updated."
        updatedAt: DateTime!
        "Unique code."
        code: String!
        "The stock location's name."
        name: String!
        "The stock location's description."
        description: String!
        "The Vendure stock location holding this warehouse's stock."
        stockLocation: StockLocation!
        "Id of the stock location."
        stockLocationId: ID!
        "central, branch or consignment."
        type: WarehouseType!
        "Inactive warehouses ship nothing and their stock is not sellable."
        active: Boolean!
        "Ship-from priority: the lowest number ships first."
        priority: Int!
        "Whether buyers may collect orders here."
        pickupPoint: Boolean!
        "Shown to buyers collecting here (opening hours, where to go)."
        pickupInstructions: String
        "Postal address."
        address: WarehouseAddress
        "Zones whose shipping addresses this warehouse serves; empty: every zone."
        zones: [Zone!]!
        "Channels the warehouse (its stock location) belongs to."
        channels: [Channel!]!
    }

    """
    Warehouses, paged.
    """
    type WarehouseList implements PaginatedList {
        "This page."
        items: [Warehouse!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for warehouses."
    input WarehouseListOptions

    """
    A new warehouse: on an existing stock location of this channel, or on a new one created with the name.
    """
    input CreateWarehouseInput {
        "Unique code (letters, digits, - _ .)."
        code: String!
        "An existing stock location of this channel; omitted: a new stock location named 'name' is created."
        stockLocationId: ID
        "Name of the stock location (required when creating one)."
        name: String
        "Description of the stock location."
        description: String
        "Default branch."
        type: WarehouseType
        "Default true."
        active: Boolean
        "Default 100; the lowest number ships first."
        priority: Int
        "Default false."
        pickupPoint: Boolean
        "Shown to buyers collecting here."
        pickupInstructions: String
        "Postal address."
        address: WarehouseAddressInput
        "Zones served; omitted or empty: every zone."
        zoneIds: [ID!]
        "Channels of the stock location; omitted: the current channel."
        channelIds: [ID!]
    }

    """
    Changes to a warehouse; omitted fields are kept.
    """
    input UpdateWarehouseInput {
        "The warehouse."
        id: ID!
        "Unique code."
        code: String
        "Name of the stock location."
        name: String
        "Description of the stock location."
        description: String
        "central, branch or consignment."
        type: WarehouseType
        "Active or not."
        active: Boolean
        "Ship-from priority."
        priority: Int
        "Pick-up point or not."
        pickupPoint: Boolean
        "Shown to buyers collecting here."
        pickupInstructions: String
        "Postal address (null removes it)."
        address: WarehouseAddressInput
        "Zones served (replaces the list; empty: every zone)."
        zoneIds: [ID!]
        "Channels of the stock location (replaces the list)."
        channelIds: [ID!]
    }

    """
    Another warehouse or supplier already uses the code.
    """
    type DuplicateCodeError implements ErrorResult {
        "DUPLICATE_CODE_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "warehouse or supplier."
        entityName: String!
        "The code."
        code: String!
    }

    "The warehouse, or why it was not saved."
    union WarehouseResult = Warehouse | DuplicateCodeError

    """
    The stock of one variant in one warehouse (a Vendure stock level), with what is on its way.
    """
    type WarehouseStockLevel {
        "The warehouse."
        warehouse: Warehouse!
        "The variant."
        productVariant: ProductVariant!
        "Id of the variant."
        productVariantId: ID!
        "Physically in the warehouse."
        stockOnHand: Int!
        "Reserved for orders not yet fulfilled."
        stockAllocated: Int!
        "Sellable: on hand − allocated."
        available: Int!
        "On transfers dispatched to this warehouse and not yet received."
        inTransit: Int!
        "On sent or partially received purchase orders for this warehouse, not yet accepted."
        onOrder: Int!
        "The variant's reorder point in this warehouse."
        reorderPoint: ReorderPoint
    }

    """
    Stock levels of a warehouse, paged.
    """
    type WarehouseStockLevelList {
        "This page."
        items: [WarehouseStockLevel!]!
        "All matching."
        totalItems: Int!
    }

    """
    What moved a stock level.
    """
    enum StockLedgerEntryType {
        allocation
        sale
        release
        cancellation
        receipt
        transfer_out
        transfer_in
        count_adjustment
        adjustment
        location_merge
        reconciliation
    }

    """
    The kind of document a ledger entry belongs to.
    """
    enum StockDocumentType {
        order
        goods_receipt
        stock_transfer
        stock_count
        stock_location
    }

    """
    One change of one stock level. For every variant and location, the quantities of its entries add up to the
    stock on hand, and their allocatedChange to the stock allocated.
    """
    type StockLedgerEntry implements Node {
        "Id."
        id: ID!
        "When the change was made."
        createdAt: DateTime!
        "Same as createdAt (entries never change)."
        updatedAt: DateTime!
        "The variant."
        productVariant: ProductVariant
        "Id of the variant."
        productVariantId: ID!
        "Id of the stock location."
        stockLocationId: ID!
        "The stock location (null once deleted)."
        stockLocation: StockLocation
        "The warehouse of that stock location, if it is one."
        warehouse: Warehouse
        "What moved the stock."
        type: StockLedgerEntryType!
        "Change of stock on hand."
        quantity: Int!
        "Stock on hand before."
        stockOnHandBefore: Int!
        "Stock on hand after."
        stockOnHandAfter: Int!
        "Change of stock allocated."
        allocatedChange: Int!
        "Stock allocated before."
        stockAllocatedBefore: Int!
        "Stock allocated after."
        stockAllocatedAfter: Int!
        "The kind of document."
        documentType: StockDocumentType
        "Id of the document (or order)."
        documentId: ID
        "Code of the document, or the order code."
        documentCode: String
        "The order line of an order movement."
        orderLineId: ID
        "Identifier of the user who made the change (an administrator, or the buyer for orders)."
        userIdentifier: String
        "Free text."
        note: String
    }

    """
    Ledger entries, paged.
    """
    type StockLedgerEntryList implements PaginatedList {
        "This page."
        items: [StockLedgerEntry!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for ledger entries (default: newest first)."
    input StockLedgerEntryListOptions

    """
    Minimum and reorder quantity of a variant in a warehouse. StockBelowReorderPointEvent is published once
    each time available stock falls below the minimum.
    """
    type ReorderPoint implements Node {
        "Id."
        id: ID!
        "When created."
        createdAt: DateTime!
        "When last updated."
        updatedAt: DateTime!
        "The variant."
        productVariant: ProductVariant!
        "Id of the variant."
        productVariantId: ID!
        "The warehouse."
        warehouse: Warehouse!
        "Id of the warehouse."
        warehouseId: ID!
        "Below this available quantity the reorder point fires."
        minQuantity: Int!
        "How much to order when it fires."
        reorderQuantity: Int!
        "Who to order from."
        preferredSupplier: Supplier
        "Draft a purchase order to the preferred supplier when it fires."
        autoDraftPurchaseOrder: Boolean!
        "True while available stock is below the minimum."
        belowMinimum: Boolean!
        "Since when it is below the minimum."
        belowSince: DateTime
        "When it last fired."
        lastTriggeredAt: DateTime
        "Available stock (on hand − allocated) now."
        available: Int!
    }

    """
    Reorder points, paged.
    """
    type ReorderPointList implements PaginatedList {
        "This page."
        items: [ReorderPoint!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for reorder points."
    input ReorderPointListOptions

    "A new reorder point."
    input CreateReorderPointInput {
        "The variant."
        productVariantId: ID!
        "The warehouse."
        warehouseId: ID!
        "Minimum available quantity (>= 0)."
        minQuantity: Int!
        "Quantity to order (>= 1)."
        reorderQuantity: Int!
        "Who to order from."
        preferredSupplierId: ID
        "Draft a purchase order when it fires (needs a preferred supplier). Default false."
        autoDraftPurchaseOrder: Boolean
    }

    "Changes to a reorder point."
    input UpdateReorderPointInput {
        "The reorder point."
        id: ID!
        "Minimum available quantity."
        minQuantity: Int
        "Quantity to order."
        reorderQuantity: Int
        "Who to order from (null: nobody)."
        preferredSupplierId: ID
        "Draft a purchase order when it fires."
        autoDraftPurchaseOrder: Boolean
    }

    extend type Query {
        "Warehouses of this channel."
        warehouses(options: WarehouseListOptions): WarehouseList!
        "A warehouse of this channel."
        warehouse(id: ID!): Warehouse
        "Stock on hand in a warehouse, per variant; term filters by SKU or name."
        warehouseStockLevels(warehouseId: ID!, term: String, skip: Int, take: Int): WarehouseStockLevelList!
        "A variant's stock in each warehouse of this channel."
        variantWarehouseStock(productVariantId: ID!): [WarehouseStockLevel!]!
        "The stock ledger of a variant, in one warehouse or all of this channel's, within an optional date range."
        stockLedger(
            productVariantId: ID!
            warehouseId: ID
            dateRange: DateRange
            options: StockLedgerEntryListOptions
        ): StockLedgerEntryList!
        "Reorder points of this channel's warehouses."
        reorderPoints(
            options: ReorderPointListOptions
            warehouseId: ID
            productVariantId: ID
            belowMinimumOnly: Boolean
        ): ReorderPointList!
        "A reorder point."
        reorderPoint(id: ID!): ReorderPoint
    }

    extend type Mutation {
        "Creates a warehouse (and its stock location, unless an existing one is given)."
        createWarehouse(input: CreateWarehouseInput!): WarehouseResult!
        "Updates a warehouse."
        updateWarehouse(input: UpdateWarehouseInput!): WarehouseResult!
        "Removes the warehouse details; the stock location and its stock stay. Refused while documents are open."
        deleteWarehouse(id: ID!): DeletionResponse!
        "Creates a reorder point."
        createReorderPoint(input: CreateReorderPointInput!): ReorderPoint!
        "Updates a reorder point."
        updateReorderPoint(input: UpdateReorderPointInput!): ReorderPoint!
        "Deletes a reorder point."
        deleteReorderPoint(id: ID!): DeletionResponse!
    }
`;

/** Admin: the click-and-collect choice of an order. */
export const orderPickupAdminApiExtensions = gql`
    extend type Query {
        "The pick-up warehouse the buyer chose for an order (click-and-collect), if any."
        orderPickupWarehouse(orderId: ID!): Warehouse
    }
`;

export const warehouseShopApiExtensions = gql`
    ${commonWarehouseTypes}

    """
    A variant's availability at a pick-up warehouse.
    """
    type PickupAvailability {
        "Id of the warehouse."
        warehouseId: ID!
        "Code of the warehouse."
        code: String!
        "Name of the warehouse."
        name: String!
        "Where it is."
        address: WarehouseAddress
        "Opening hours, where to go."
        pickupInstructions: String
        "IN_STOCK, LOW_STOCK or OUT_OF_STOCK (or what the configured StockDisplayStrategy shows)."
        stockLevel: String!
        "Whether the variant can be collected there now."
        available: Boolean!
    }

    extend type ProductVariant {
        "Availability at each pick-up warehouse of the channel (empty unless the channel shows it)."
        pickupAvailability: [PickupAvailability!]!
    }

    """
    A pick-up warehouse for the active order (click-and-collect).
    """
    type OrderPickupPoint {
        "Id of the warehouse."
        warehouseId: ID!
        "Code of the warehouse."
        code: String!
        "Name of the warehouse."
        name: String!
        "Where it is."
        address: WarehouseAddress
        "Opening hours, where to go."
        pickupInstructions: String
        "Whether every line of the order can be collected there now."
        available: Boolean!
        "Whether the buyer chose it for the order."
        selected: Boolean!
    }

    """
    The warehouse is not an active pick-up point of this shop.
    """
    type PickupPointUnavailableError implements ErrorResult {
        "PICKUP_POINT_UNAVAILABLE_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The warehouse asked for."
        warehouseId: ID!
    }

    """
    The pick-up warehouse does not have the stock (on hand − allocated) for a line of the order.
    """
    type InsufficientWarehouseStockError implements ErrorResult {
        "INSUFFICIENT_WAREHOUSE_STOCK_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The variant."
        productVariantId: ID!
        "Its SKU."
        sku: String!
        "The warehouse."
        warehouseCode: String!
        "Available there."
        quantityAvailable: Int!
        "Requested."
        quantityRequested: Int!
    }

    "The active order, or why the pick-up point was refused."
    union SetOrderPickupWarehouseResult =
        | Order
        | PickupPointUnavailableError
        | InsufficientWarehouseStockError
        | OrderModificationError
        | NoActiveOrderError

    "The active order, or why the change was refused."
    union UnsetOrderPickupWarehouseResult = Order | OrderModificationError | NoActiveOrderError

    extend type Query {
        "Availability of a variant at each pick-up warehouse of the channel (empty unless the channel shows it)."
        pickupAvailability(productVariantId: ID!): [PickupAvailability!]!
        "The channel's pick-up warehouses, with whether the active order can be collected there and which is chosen."
        activeOrderPickupPoints: [OrderPickupPoint!]!
    }

    extend type Mutation {
        """
        Click-and-collect: chooses the pick-up warehouse of the active order. Then choose the shipping method that
        uses the warehouse-pickup checker; the order is allocated at that warehouse only.
        """
        setOrderPickupWarehouse(warehouseId: ID!): SetOrderPickupWarehouseResult!
        "Removes the pick-up warehouse of the active order."
        unsetOrderPickupWarehouse: UnsetOrderPickupWarehouseResult!
    }
`;
