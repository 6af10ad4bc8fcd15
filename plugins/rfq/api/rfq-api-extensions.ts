import gql from 'graphql-tag';

/** Types both APIs share: the request, its lines, quotes and the side-by-side comparison. */
const sharedTypes = gql`
    """
    draft → submitted → closed (response deadline passed) | cancelled (by the buyer)
    """
    enum QuoteRequestState {
        draft
        submitted
        closed
        cancelled
    }

    """
    submitted (revisable until the deadline), accepted, declined (with a reason), expired, withdrawn (request cancelled)
    """
    enum QuoteState {
        submitted
        declined
        accepted
        expired
        withdrawn
    }

    """
    Where the buyer wants the parts delivered.
    """
    type QuoteRequestAddress {
        fullName: String
        company: String
        streetLine1: String!
        streetLine2: String
        city: String
        postalCode: String
        countryCode: String!
        phoneNumber: String
    }

    """
    One part the buyer needs: a catalogue variant or a free-text part number.
    """
    type QuoteRequestLine {
        id: ID!
        position: Int!
        productVariantId: ID
        """
        Free-text part number, as the buyer typed it.
        """
        partNumber: String
        manufacturer: String
        description: String
        """
        The catalogue variant's name in the request's language (null for a free-text line).
        """
        productName: String
        """
        The catalogue variant's SKU (null for a free-text line).
        """
        sku: String
        quantity: Int!
        """
        Whether at least one seller was reached for this line (false until routing ran).
        """
        routed: Boolean!
    }

    """
    A seller's price, quantity and lead time for one request line.
    """
    type QuoteLine {
        id: ID!
        requestLineId: ID!
        revision: Int!
        """
        Unit price in minor units.
        """
        unitPrice: Money!
        """
        The most the buyer may order at this price.
        """
        quantity: Int!
        """
        In stock now; the rest after leadTimeDays.
        """
        quantityAvailable: Int!
        leadTimeDays: Int!
        note: String
        acceptedQuantity: Int!
    }

    """
    A seller's answer to a request (its current revision; older ones are kept).
    """
    type Quote {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        requestId: ID!
        sellerId: ID!
        sellerName: String!
        state: QuoteState!
        revision: Int!
        currencyCode: CurrencyCode!
        validUntil: DateTime
        note: String
        declineReason: String
        """
        Lines of the current revision.
        """
        lines: [QuoteLine!]!
    }

    """
    Per request line, the quotes side by side: the best price, the shortest lead time and who has enough stock.
    """
    type QuoteLineComparison {
        requestLineId: ID!
        quoteLines: [QuoteLine!]!
        bestPriceQuoteLineId: ID
        shortestLeadTimeQuoteLineId: ID
        enoughStockQuoteLineIds: [ID!]!
    }

    """
    A file the buyer attached to a request (a drawing, a datasheet, a parts list).
    """
    type QuoteRequestAttachment implements Node {
        id: ID!
        createdAt: DateTime!
        """
        The file name as the buyer uploaded it.
        """
        fileName: String!
        mimeType: String!
        """
        Bytes.
        """
        fileSize: Int!
        """
        Where to download it: the plugin's guarded route, answered only for the buyer, the operator and the sellers
        the request reached (send the same bearer token or cookie, and a seller its channel token, as to the API).
        """
        url: String!
    }

    """
    A buyer's request for quotation.
    """
    type QuoteRequest implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        code: String!
        state: QuoteRequestState!
        customerId: ID!
        """
        The dealer company the request is made for, when the buyer belongs to one.
        """
        companyId: ID
        currencyCode: CurrencyCode!
        neededBy: DateTime
        responseDeadline: DateTime!
        deliveryAddress: QuoteRequestAddress
        note: String
        submittedAt: DateTime
        routedAt: DateTime
        closedAt: DateTime
        """
        The lines the viewer may see: all for the buyer and the operator, the routed ones for a seller.
        """
        lines: [QuoteRequestLine!]!
        """
        Lines no seller carries (empty until routing ran).
        """
        unroutedLines: [QuoteRequestLine!]!
        """
        Quotes the viewer may see: all for the buyer and the operator, its own for a seller.
        """
        quotes: [Quote!]!
        """
        Per line, the quotes side by side.
        """
        comparison: [QuoteLineComparison!]!
        """
        The buyer's files: for the buyer, the operator and every seller the request reached.
        """
        attachments: [QuoteRequestAttachment!]!
    }

    type QuoteRequestList implements PaginatedList {
        items: [QuoteRequest!]!
        totalItems: Int!
    }

    input QuoteRequestListOptions

    type QuoteRequestStateError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        state: QuoteRequestState!
    }

    type QuoteDeadlinePassedError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }
`;

export const rfqShopApiExtensions = gql`
    ${sharedTypes}

    input QuoteRequestAddressInput {
        fullName: String
        company: String
        streetLine1: String!
        streetLine2: String
        city: String
        postalCode: String
        countryCode: String!
        phoneNumber: String
    }

    """
    A catalogue variant (productVariantId) or a free-text part number (partNumber, with manufacturer and description).
    """
    input QuoteRequestLineInput {
        productVariantId: ID
        partNumber: String
        manufacturer: String
        description: String
        quantity: Int!
    }

    input CreateQuoteRequestInput {
        lines: [QuoteRequestLineInput!]!
        neededBy: DateTime
        responseDeadline: DateTime!
        deliveryAddress: QuoteRequestAddressInput
        note: String
    }

    """
    Changes a draft; lines, when given, replace all lines.
    """
    input UpdateQuoteRequestInput {
        id: ID!
        lines: [QuoteRequestLineInput!]
        neededBy: DateTime
        responseDeadline: DateTime
        deliveryAddress: QuoteRequestAddressInput
        note: String
    }

    """
    A quote line to accept, and how many (the quoted quantity when omitted).
    """
    input AcceptQuoteLineInput {
        quoteLineId: ID!
        quantity: Int
    }

    type QuoteNotFoundError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    type QuoteAlreadyAcceptedError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    type QuoteUnavailableError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        """
        expired, declined, withdrawn or superseded
        """
        reason: String!
    }

    type QuoteQuantityExceededError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        quotedQuantity: Int!
    }

    union QuoteRequestResult = QuoteRequest | QuoteRequestStateError | QuoteDeadlinePassedError

    type QuoteRequestAttachmentTooLargeError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        """
        Bytes.
        """
        maxFileSize: Int!
    }

    type QuoteRequestAttachmentTypeError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        fileName: String!
        """
        The extensions a request may carry.
        """
        allowedTypes: [String!]!
    }

    type QuoteRequestAttachmentLimitError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        maxCount: Int!
    }

    union AddQuoteRequestAttachmentResult =
        | QuoteRequestAttachment
        | QuoteRequestStateError
        | QuoteRequestAttachmentTooLargeError
        | QuoteRequestAttachmentTypeError
        | QuoteRequestAttachmentLimitError

    union AcceptQuoteResult =
        | Order
        | QuoteNotFoundError
        | QuoteAlreadyAcceptedError
        | QuoteUnavailableError
        | QuoteQuantityExceededError
        | OrderModificationError
        | OrderLimitError
        | NegativeQuantityError
        | InsufficientStockError
        | OrderInterceptorError

    extend type Query {
        """
        The logged-in buyer's requests (and, for a dealer company admin, the company's).
        """
        myQuoteRequests(options: QuoteRequestListOptions): QuoteRequestList!
        myQuoteRequest(id: ID!): QuoteRequest
    }

    extend type Mutation {
        """
        Creates a draft request.
        """
        createQuoteRequest(input: CreateQuoteRequestInput!): QuoteRequest!
        updateQuoteRequest(input: UpdateQuoteRequestInput!): QuoteRequestResult!
        """
        Submits a draft: it is routed to every seller who carries its parts.
        """
        submitQuoteRequest(id: ID!): QuoteRequestResult!
        cancelQuoteRequest(id: ID!): QuoteRequestResult!
        """
        Attaches a file (multipart upload) to a draft.
        """
        addQuoteRequestAttachment(requestId: ID!, file: Upload!): AddQuoteRequestAttachmentResult!
        """
        Removes a file from a draft.
        """
        removeQuoteRequestAttachment(requestId: ID!, attachmentId: ID!): QuoteRequestResult!
        """
        Accepts every line of a quote at its quoted quantity: they are added to the active order at the quoted prices.
        """
        acceptQuote(quoteId: ID!): AcceptQuoteResult!
        """
        Accepts quote lines, possibly of several sellers' quotes of one request.
        """
        acceptQuoteLines(lines: [AcceptQuoteLineInput!]!): AcceptQuoteResult!
    }
`;

export const rfqAdminApiExtensions = gql`
    ${sharedTypes}

    """
    A request line reached a seller.
    """
    type QuoteRequestRouting {
        id: ID!
        requestLineId: ID!
        sellerId: ID!
        sellerName: String!
        offerId: ID
        """
        variant, sellerSku, manufacturerPartNumber or variantSku (a free-text part number that is a catalogue SKU)
        """
        matchedBy: String!
    }

    extend type QuoteRequest {
        """
        Whom the request reached (operator: every seller; a seller: itself).
        """
        routings: [QuoteRequestRouting!]!
        """
        Who asked, for the operator only (null for a seller).
        """
        buyer: QuoteRequestBuyer
    }

    """
    The customer who made a request.
    """
    type QuoteRequestBuyer {
        customerId: ID!
        name: String!
        emailAddress: String!
    }

    extend type Quote {
        """
        Every revision's lines, oldest first.
        """
        history: [QuoteLine!]!
    }

    type QuoteNotRevisableError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        state: QuoteState!
    }

    input SubmitQuoteLineInput {
        requestLineId: ID!
        unitPrice: Money!
        quantity: Int!
        quantityAvailable: Int!
        leadTimeDays: Int!
        note: String
    }

    """
    The seller's quote for a request routed to it; submitting again revises it.
    """
    input SubmitQuoteInput {
        requestId: ID!
        validUntil: DateTime
        note: String
        lines: [SubmitQuoteLineInput!]!
    }

    union SubmitQuoteResult =
        | Quote
        | QuoteRequestStateError
        | QuoteDeadlinePassedError
        | QuoteNotRevisableError

    extend type Query {
        """
        Operator: every request. Seller: the requests routed to it.
        """
        quoteRequests(options: QuoteRequestListOptions): QuoteRequestList!
        quoteRequest(id: ID!): QuoteRequest
    }

    extend type Mutation {
        submitQuote(input: SubmitQuoteInput!): SubmitQuoteResult!
        declineQuoteRequest(requestId: ID!, reason: String!): SubmitQuoteResult!
    }
`;
