import gql from 'graphql-tag';

export const documentAdminApiExtensions = gql`
    # ----- Errors shared by the documents -----

    """
    The document is in a state that does not allow the operation (sending a received purchase order, posting a
    receipt twice, counting into a posted count…).
    """
    type DocumentStateError implements ErrorResult {
        "DOCUMENT_STATE_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "Code of the document."
        documentCode: String!
        "Its current state."
        state: String!
        "What was attempted."
        operation: String!
    }

    """
    The document has nothing to process (no lines, or no received quantity).
    """
    type EmptyDocumentError implements ErrorResult {
        "EMPTY_DOCUMENT_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "Code of the document."
        documentCode: String!
    }

    """
    A receipt would accept more than is outstanding on its purchase order line (and the supplier does not allow
    over-receipt), or more than was dispatched on its transfer line.
    """
    type OverReceiptError implements ErrorResult {
        "OVER_RECEIPT_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The variant."
        productVariantId: ID!
        "Its SKU."
        sku: String!
        "Still outstanding (or dispatched, for a transfer)."
        quantityOutstanding: Int!
        "What the receipt would accept (or received, for a transfer)."
        quantityAccepted: Int!
    }

    """
    The source warehouse does not have the sellable stock (on hand − allocated) to dispatch.
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

    """
    The scanned code is neither the barcode nor the SKU of a variant of this channel.
    """
    type UnknownBarcodeError implements ErrorResult {
        "UNKNOWN_BARCODE_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The scanned code."
        code: String!
    }

    # ----- Suppliers -----

    """
    A supplier the group buys from, in this channel.
    """
    type Supplier implements Node {
        "Id."
        id: ID!
        "When created."
        createdAt: DateTime!
        "When last updated."
        updatedAt: DateTime!
        "Code, unique in the channel."
        code: String!
        "Name."
        name: String!
        "Contact person."
        contactName: String
        "Email address for purchase orders."
        emailAddress: String
        "Phone number."
        phoneNumber: String
        "Postal address."
        address: WarehouseAddress
        "Days from sending a purchase order to delivery."
        leadTimeDays: Int!
        "Currency of its purchase orders."
        currencyCode: CurrencyCode!
        "Receipts may accept more than was ordered."
        allowOverReceipt: Boolean!
        "Inactive suppliers get no new purchase orders from reorder points."
        active: Boolean!
        "Free text."
        note: String
        "Id of the marketplace seller this supplier is, if linked."
        marketplaceSellerId: ID
        "The marketplace seller this supplier is; null when unlinked or the marketplace plugin is not installed."
        marketplaceSeller: SupplierMarketplaceSeller
    }

    "The marketplace seller a supplier is linked to."
    type SupplierMarketplaceSeller {
        "Id of the marketplace seller."
        id: ID!
        "Seller code."
        code: String!
        "Seller name."
        name: String!
    }

    """
    Suppliers, paged.
    """
    type SupplierList implements PaginatedList {
        "This page."
        items: [Supplier!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for suppliers."
    input SupplierListOptions

    "A new supplier."
    input CreateSupplierInput {
        "Code, unique in the channel."
        code: String!
        "Name."
        name: String!
        "Contact person."
        contactName: String
        "Email address."
        emailAddress: String
        "Phone number."
        phoneNumber: String
        "Postal address."
        address: WarehouseAddressInput
        "Default 7."
        leadTimeDays: Int
        "Default: the channel's currency."
        currencyCode: CurrencyCode
        "Default false."
        allowOverReceipt: Boolean
        "Default true."
        active: Boolean
        "Free text."
        note: String
        "A marketplace seller to link (refused when unknown or the marketplace plugin is not installed)."
        marketplaceSellerId: ID
    }

    "Changes to a supplier; omitted fields are kept."
    input UpdateSupplierInput {
        "The supplier."
        id: ID!
        "Code."
        code: String
        "Name."
        name: String
        "Contact person."
        contactName: String
        "Email address."
        emailAddress: String
        "Phone number."
        phoneNumber: String
        "Postal address."
        address: WarehouseAddressInput
        "Lead time in days."
        leadTimeDays: Int
        "Currency."
        currencyCode: CurrencyCode
        "Allow over-receipt."
        allowOverReceipt: Boolean
        "Active or not."
        active: Boolean
        "Free text."
        note: String
        "A marketplace seller to link; null unlinks."
        marketplaceSellerId: ID
    }

    "The supplier, or why it was not saved."
    union SupplierResult = Supplier | DuplicateCodeError

    # ----- Purchase orders -----

    """
    draft → sent → partially_received → received; cancelled from any state before received.
    """
    enum PurchaseOrderState {
        draft
        sent
        partially_received
        received
        cancelled
    }

    """
    An order to a supplier for delivery into a warehouse.
    """
    type PurchaseOrder implements Node {
        "Id."
        id: ID!
        "When created."
        createdAt: DateTime!
        "When last updated."
        updatedAt: DateTime!
        "PO-000042."
        code: String!
        "Where it is in its lifecycle."
        state: PurchaseOrderState!
        "The supplier."
        supplier: Supplier!
        "Id of the supplier."
        supplierId: ID!
        "Where the goods are delivered."
        warehouse: Warehouse!
        "Id of the warehouse."
        warehouseId: ID!
        "Currency of the prices."
        currencyCode: CurrencyCode!
        "When the goods are expected."
        expectedDate: DateTime
        "Free text."
        note: String
        "When it was sent."
        sentAt: DateTime
        "When it was fully received."
        receivedAt: DateTime
        "When it was cancelled."
        cancelledAt: DateTime
        "Sent or partially received, and past its expected date."
        overdue: Boolean!
        "When PurchaseOrderOverdueEvent was published for it."
        overdueNotifiedAt: DateTime
        "Drafted by a reorder point."
        autoDrafted: Boolean!
        "The lines."
        lines: [PurchaseOrderLine!]!
        "Units ordered, over all lines."
        totalQuantity: Int!
        "Sum of quantity × unit price, in minor units."
        total: Money!
        "The receipts posted or drafted against it."
        receipts: [GoodsReceipt!]!
    }

    """
    One variant on a purchase order.
    """
    type PurchaseOrderLine {
        "Id."
        id: ID!
        "The variant."
        productVariant: ProductVariant!
        "Id of the variant."
        productVariantId: ID!
        "Ordered."
        quantity: Int!
        "Price per unit, in minor units."
        unitPrice: Money!
        "quantity × unitPrice."
        lineTotal: Money!
        "Accepted into stock so far."
        quantityReceived: Int!
        "Delivered and rejected so far."
        quantityRejected: Int!
        "Ordered − accepted (never negative)."
        quantityOutstanding: Int!
    }

    """
    Purchase orders, paged.
    """
    type PurchaseOrderList implements PaginatedList {
        "This page."
        items: [PurchaseOrder!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for purchase orders."
    input PurchaseOrderListOptions

    "A line of a purchase order."
    input PurchaseOrderLineInput {
        "The variant (once per order)."
        productVariantId: ID!
        "Quantity (>= 1)."
        quantity: Int!
        "Price per unit, in minor units."
        unitPrice: Money!
    }

    "A new (draft) purchase order."
    input CreatePurchaseOrderInput {
        "The supplier."
        supplierId: ID!
        "The warehouse receiving the goods."
        warehouseId: ID!
        "Default: today + the supplier's lead time."
        expectedDate: DateTime
        "Default: the supplier's currency."
        currencyCode: CurrencyCode
        "Free text."
        note: String
        "The lines."
        lines: [PurchaseOrderLineInput!]!
    }

    "Changes to a purchase order: lines, supplier and warehouse while draft; note and expected date until closed."
    input UpdatePurchaseOrderInput {
        "The purchase order."
        id: ID!
        "The supplier (draft only)."
        supplierId: ID
        "The warehouse (draft only)."
        warehouseId: ID
        "Expected date (re-arms the overdue notification)."
        expectedDate: DateTime
        "Free text."
        note: String
        "Replaces every line (draft only)."
        lines: [PurchaseOrderLineInput!]
    }

    "The purchase order, or why the operation was refused."
    union PurchaseOrderResult = PurchaseOrder | DocumentStateError | EmptyDocumentError

    "What the overdue check did."
    type PurchaseOrderOverdueCheckResult {
        "Open purchase orders past their expected date not yet notified."
        checked: Int!
        "PurchaseOrderOverdueEvents published."
        newlyOverdue: Int!
    }

    # ----- Goods receipts -----

    """
    draft → posted (stock raised) or cancelled.
    """
    enum GoodsReceiptState {
        draft
        posted
        cancelled
    }

    """
    What a receipt receives against.
    """
    enum GoodsReceiptSource {
        purchase_order
        stock_transfer
        ad_hoc
    }

    """
    Goods arriving at a warehouse. Posting raises stock on hand by the accepted quantity (received − rejected).
    """
    type GoodsReceipt implements Node {
        "Id."
        id: ID!
        "When created."
        createdAt: DateTime!
        "When last updated."
        updatedAt: DateTime!
        "GR-000042."
        code: String!
        "draft, posted or cancelled."
        state: GoodsReceiptState!
        "purchase_order, stock_transfer or ad_hoc."
        source: GoodsReceiptSource!
        "The receiving warehouse."
        warehouse: Warehouse!
        "Id of the warehouse."
        warehouseId: ID!
        "The purchase order received against."
        purchaseOrder: PurchaseOrder
        "Id of the purchase order."
        purchaseOrderId: ID
        "The transfer received."
        stockTransfer: StockTransfer
        "Id of the transfer."
        stockTransferId: ID
        "The supplier."
        supplier: Supplier
        "Delivery note number or carrier reference."
        reference: String
        "Free text."
        note: String
        "When posted."
        postedAt: DateTime
        "The lines."
        lines: [GoodsReceiptLine!]!
        "Some units were rejected, or a transfer arrived short or over."
        hasDiscrepancy: Boolean!
    }

    """
    One variant on a goods receipt.
    """
    type GoodsReceiptLine {
        "Id."
        id: ID!
        "The variant."
        productVariant: ProductVariant!
        "Id of the variant."
        productVariantId: ID!
        "The purchase order line received against."
        purchaseOrderLineId: ID
        "The transfer line received against."
        stockTransferLineId: ID
        "Units that arrived."
        quantityReceived: Int!
        "Of those, units refused."
        quantityRejected: Int!
        "received − rejected: what posting adds to stock."
        quantityAccepted: Int!
        "Free text (damage, wrong item…)."
        note: String
    }

    """
    Goods receipts, paged.
    """
    type GoodsReceiptList implements PaginatedList {
        "This page."
        items: [GoodsReceipt!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for goods receipts."
    input GoodsReceiptListOptions

    "A line of a goods receipt."
    input GoodsReceiptLineInput {
        "The variant (once per receipt; on the purchase order or transfer, if any)."
        productVariantId: ID!
        "Units that arrived (>= 0)."
        quantityReceived: Int!
        "Of those, units refused (default 0)."
        quantityRejected: Int
        "Free text."
        note: String
    }

    "A new (draft) receipt: against a purchase order, a transfer, or ad hoc into a warehouse."
    input CreateGoodsReceiptInput {
        "Receive against this purchase order (sent or partially received)."
        purchaseOrderId: ID
        "Receive this transfer (in transit)."
        stockTransferId: ID
        "The warehouse (required for ad hoc receipts)."
        warehouseId: ID
        "For ad hoc receipts: the supplier, when known."
        supplierId: ID
        "Delivery note number or carrier reference."
        reference: String
        "Free text."
        note: String
        "The lines."
        lines: [GoodsReceiptLineInput!]!
    }

    "Changes to a draft receipt."
    input UpdateGoodsReceiptInput {
        "The receipt."
        id: ID!
        "Delivery note number."
        reference: String
        "Free text."
        note: String
        "Replaces every line."
        lines: [GoodsReceiptLineInput!]
    }

    "The receipt, or why it was not posted."
    union PostGoodsReceiptResult = GoodsReceipt | OverReceiptError | DocumentStateError | EmptyDocumentError

    "The receipt, or why the operation was refused."
    union GoodsReceiptResult = GoodsReceipt | DocumentStateError

    # ----- Transfers -----

    """
    draft → in_transit (dispatched: sellable nowhere) → received; a draft may be cancelled.
    """
    enum StockTransferState {
        draft
        in_transit
        received
        cancelled
    }

    """
    A move of stock between two warehouses.
    """
    type StockTransfer implements Node {
        "Id."
        id: ID!
        "When created."
        createdAt: DateTime!
        "When last updated."
        updatedAt: DateTime!
        "TR-000042."
        code: String!
        "Where it is in its lifecycle."
        state: StockTransferState!
        "Where the stock leaves."
        sourceWarehouse: Warehouse!
        "Id of the source."
        sourceWarehouseId: ID!
        "Where the stock arrives."
        destinationWarehouse: Warehouse!
        "Id of the destination."
        destinationWarehouseId: ID!
        "Free text."
        note: String
        "When dispatched."
        dispatchedAt: DateTime
        "When received."
        receivedAt: DateTime
        "When cancelled."
        cancelledAt: DateTime
        "The lines."
        lines: [StockTransferLine!]!
        "Units on the transfer."
        totalQuantity: Int!
        "The receipt at the destination."
        receipt: GoodsReceipt
    }

    """
    One variant on a transfer.
    """
    type StockTransferLine {
        "Id."
        id: ID!
        "The variant."
        productVariant: ProductVariant!
        "Id of the variant."
        productVariantId: ID!
        "Dispatched."
        quantity: Int!
        "Arrived."
        quantityReceived: Int!
        "Arrived but refused."
        quantityRejected: Int!
        "Once received: dispatched − (received − rejected), the units that did not make it into stock."
        discrepancy: Int
        "Note from the receipt."
        note: String
    }

    """
    Transfers, paged.
    """
    type StockTransferList implements PaginatedList {
        "This page."
        items: [StockTransfer!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for transfers."
    input StockTransferListOptions

    "A line of a transfer."
    input StockTransferLineInput {
        "The variant (once per transfer)."
        productVariantId: ID!
        "Quantity (>= 1)."
        quantity: Int!
    }

    "A new (draft) transfer."
    input CreateStockTransferInput {
        "Where the stock leaves."
        sourceWarehouseId: ID!
        "Where it arrives."
        destinationWarehouseId: ID!
        "Free text."
        note: String
        "The lines."
        lines: [StockTransferLineInput!]!
    }

    "Changes to a draft transfer (the note can change later too)."
    input UpdateStockTransferInput {
        "The transfer."
        id: ID!
        "Source warehouse."
        sourceWarehouseId: ID
        "Destination warehouse."
        destinationWarehouseId: ID
        "Free text."
        note: String
        "Replaces every line."
        lines: [StockTransferLineInput!]
    }

    "The transfer, or why it was not dispatched."
    union DispatchStockTransferResult =
        | StockTransfer
        | InsufficientWarehouseStockError
        | DocumentStateError
        | EmptyDocumentError

    "The transfer, or why the operation was refused."
    union StockTransferResult = StockTransfer | DocumentStateError

    # ----- Stock counts -----

    """
    open → posted (differences adjusted) or cancelled.
    """
    enum StockCountState {
        open
        posted
        cancelled
    }

    """
    A physical count of (some of) a warehouse's stock.
    """
    type StockCount implements Node {
        "Id."
        id: ID!
        "When opened."
        createdAt: DateTime!
        "When last updated."
        updatedAt: DateTime!
        "SC-000042."
        code: String!
        "open, posted or cancelled."
        state: StockCountState!
        "The warehouse."
        warehouse: Warehouse!
        "Id of the warehouse."
        warehouseId: ID!
        "Counting every stocked variant (true) or a selection."
        fullCount: Boolean!
        "Free text."
        note: String
        "When posted."
        postedAt: DateTime
        "When cancelled."
        cancelledAt: DateTime
        "Lines counted so far."
        countedLines: Int!
        "Lines in the count."
        totalLines: Int!
    }

    """
    One variant in a stock count.
    """
    type StockCountLine implements Node {
        "Id."
        id: ID!
        "The variant."
        productVariant: ProductVariant!
        "Id of the variant."
        productVariantId: ID!
        "Counted so far (null: not counted)."
        countedQuantity: Int
        "Stock on hand when first counted: the base of the adjustment."
        stockOnHandAtCount: Int
        "When last counted."
        countedAt: DateTime
        "Stock on hand now."
        currentStockOnHand: Int!
        "counted − stock on hand at count (null until counted)."
        difference: Int
        "The adjustment posted."
        postedAdjustment: Int
    }

    """
    Stock counts, paged.
    """
    type StockCountList implements PaginatedList {
        "This page."
        items: [StockCount!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for stock counts."
    input StockCountListOptions

    """
    Lines of a stock count, paged.
    """
    type StockCountLineList implements PaginatedList {
        "This page."
        items: [StockCountLine!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for the lines of a stock count."
    input StockCountLineListOptions

    "Opens a count."
    input OpenStockCountInput {
        "The warehouse."
        warehouseId: ID!
        "Only these variants; omitted: every variant with stock at the warehouse."
        productVariantIds: [ID!]
        "Free text."
        note: String
    }

    "One scan."
    input ScanStockCountInput {
        "The count."
        stockCountId: ID!
        "A barcode or a SKU."
        code: String!
        "Units this scan counts (default 1)."
        quantity: Int
    }

    "Sets the whole counted quantity of a variant."
    input SetStockCountQuantityInput {
        "The count."
        stockCountId: ID!
        "The variant."
        productVariantId: ID!
        "Counted quantity (>= 0)."
        countedQuantity: Int!
    }

    "The counted line, or why the scan was refused."
    union ScanStockCountResult = StockCountLine | UnknownBarcodeError | DocumentStateError

    "The counted line, or why it was refused."
    union StockCountLineResult = StockCountLine | DocumentStateError

    "The count, or why the operation was refused."
    union StockCountResult = StockCount | DocumentStateError

    extend type Query {
        "Suppliers of this channel."
        suppliers(options: SupplierListOptions): SupplierList!
        "A supplier of this channel."
        supplier(id: ID!): Supplier
        "Purchase orders of this channel."
        purchaseOrders(options: PurchaseOrderListOptions): PurchaseOrderList!
        "A purchase order."
        purchaseOrder(id: ID!): PurchaseOrder
        "Goods receipts of this channel."
        goodsReceipts(options: GoodsReceiptListOptions): GoodsReceiptList!
        "A goods receipt."
        goodsReceipt(id: ID!): GoodsReceipt
        "Transfers of this channel."
        stockTransfers(options: StockTransferListOptions): StockTransferList!
        "A transfer."
        stockTransfer(id: ID!): StockTransfer
        "Stock counts of this channel."
        stockCounts(options: StockCountListOptions): StockCountList!
        "A stock count."
        stockCount(id: ID!): StockCount
        "Lines of a stock count."
        stockCountLines(stockCountId: ID!, options: StockCountLineListOptions): StockCountLineList!
    }

    extend type Mutation {
        "Creates a supplier."
        createSupplier(input: CreateSupplierInput!): SupplierResult!
        "Updates a supplier."
        updateSupplier(input: UpdateSupplierInput!): SupplierResult!
        "Deletes a supplier without purchase orders."
        deleteSupplier(id: ID!): DeletionResponse!

        "Creates a draft purchase order."
        createPurchaseOrder(input: CreatePurchaseOrderInput!): PurchaseOrder!
        "Updates a purchase order."
        updatePurchaseOrder(input: UpdatePurchaseOrderInput!): PurchaseOrderResult!
        "Sends a draft purchase order to its supplier."
        sendPurchaseOrder(id: ID!): PurchaseOrderResult!
        "Cancels a purchase order not yet fully received."
        cancelPurchaseOrder(id: ID!): PurchaseOrderResult!
        "Deletes a draft purchase order."
        deletePurchaseOrder(id: ID!): DeletionResponse!
        "Runs the overdue check for this channel now (it also runs daily)."
        runPurchaseOrderOverdueCheck: PurchaseOrderOverdueCheckResult!

        "Creates a draft goods receipt."
        createGoodsReceipt(input: CreateGoodsReceiptInput!): GoodsReceiptResult!
        "Updates a draft goods receipt."
        updateGoodsReceipt(input: UpdateGoodsReceiptInput!): GoodsReceiptResult!
        "Posts a draft receipt: stock raised by the accepted quantities, the purchase order or transfer updated."
        postGoodsReceipt(id: ID!): PostGoodsReceiptResult!
        "Creates and posts a receipt in one step; when refused, nothing is kept."
        receiveGoods(input: CreateGoodsReceiptInput!): PostGoodsReceiptResult!
        "Cancels a draft receipt."
        cancelGoodsReceipt(id: ID!): GoodsReceiptResult!
        "Deletes a draft or cancelled receipt."
        deleteGoodsReceipt(id: ID!): DeletionResponse!

        "Creates a draft transfer."
        createStockTransfer(input: CreateStockTransferInput!): StockTransfer!
        "Updates a transfer."
        updateStockTransfer(input: UpdateStockTransferInput!): StockTransferResult!
        "Dispatches a draft transfer: its stock leaves the source and is in transit."
        dispatchStockTransfer(id: ID!): DispatchStockTransferResult!
        "Cancels a draft transfer."
        cancelStockTransfer(id: ID!): StockTransferResult!
        "Deletes a draft or cancelled transfer."
        deleteStockTransfer(id: ID!): DeletionResponse!

        "Opens a stock count."
        openStockCount(input: OpenStockCountInput!): StockCount!
        "Records one scan (barcode or SKU) in an open count."
        scanStockCount(input: ScanStockCountInput!): ScanStockCountResult!
        "Sets a variant's counted quantity in an open count."
        setStockCountQuantity(input: SetStockCountQuantityInput!): StockCountLineResult!
        "Posts an open count: each counted difference is adjusted."
        postStockCount(id: ID!): StockCountResult!
        "Cancels an open count."
        cancelStockCount(id: ID!): StockCountResult!
    }
`;
