import gql from 'graphql-tag';

/** Types both APIs share. */
const commonCreditTypes = gql`
    """
    An order paid on account: its charge on the company's credit account. Amounts in minor units.
    """
    type OrderCreditCharge {
        "The buyer's purchase order number, given when paying on account."
        purchaseOrderNumber: String
        "The amount charged."
        amount: Money!
        "Paid off by payments so far."
        settledAmount: Money!
        "Given back (order cancelled)."
        releasedAmount: Money!
        "Still to pay."
        openAmount: Money!
        "When due, once the order is fulfilled."
        dueDate: DateTime
        "Past due and still open."
        overdue: Boolean!
    }

    extend type Order {
        "Paid on account: the charge on the company's credit account and the buyer's purchase order number."
        creditCharge: OrderCreditCharge
    }

    """
    Whether a credit account may be charged.
    """
    enum CreditAccountStatus {
        active
        on_hold
    }

    """
    What a credit ledger entry records: charge (an order on account), payment (received from the dealer),
    credit_note, adjustment (manual correction) or release (reversal of a charge: order cancelled, payment
    cancelled or refunded).
    """
    enum CreditLedgerEntryType {
        charge
        payment
        credit_note
        adjustment
        release
    }

    """
    The order total is more than the company's available credit.
    """
    type CreditLimitExceededError implements ErrorResult {
        "CREDIT_LIMIT_EXCEEDED_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "Credit still available (limit minus balance), in minor units."
        availableCredit: Money!
        "The amount the order needed, in minor units."
        orderTotal: Money!
        "Currency of both amounts."
        currencyCode: CurrencyCode!
    }

    """
    The credit account or the company is on hold or closed: nothing can be bought on account.
    """
    type CreditHoldError implements ErrorResult {
        "CREDIT_HOLD_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "manual, overdue, company_on_hold or company_closed."
        holdReason: String!
    }

    """
    The buyer's company role may not place orders (viewers).
    """
    type CompanyRoleNotPermittedError implements ErrorResult {
        "COMPANY_ROLE_NOT_PERMITTED_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The buyer's role."
        role: String!
    }

    """
    The customer belongs to no company, or neither their company nor a parent sharing its credit has a credit
    account.
    """
    type NoCreditAccountError implements ErrorResult {
        "NO_CREDIT_ACCOUNT_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
    }

    """
    The order's currency is not the credit account's.
    """
    type CreditCurrencyMismatchError implements ErrorResult {
        "CREDIT_CURRENCY_MISMATCH_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The order's currency."
        orderCurrencyCode: CurrencyCode!
        "The account's currency."
        accountCurrencyCode: CurrencyCode!
    }

    """
    The company's credit account requires a purchase order number on every order paid on account, and none was
    given.
    """
    type PurchaseOrderNumberRequiredError implements ErrorResult {
        "PURCHASE_ORDER_NUMBER_REQUIRED_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
    }

    """
    The purchase order number is longer than allowed.
    """
    type PurchaseOrderNumberTooLongError implements ErrorResult {
        "PURCHASE_ORDER_NUMBER_TOO_LONG_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The most characters a purchase order number may have."
        maxLength: Int!
    }
`;

export const creditAdminApiExtensions = gql`
    ${commonCreditTypes}

    extend type OrderCreditCharge {
        "The credit account charged."
        accountId: ID!
    }

    """
    A dealer company's credit line in this channel. Available credit = limit - balance.
    """
    type CreditAccount implements Node {
        "Id."
        id: ID!
        "When it was created."
        createdAt: DateTime!
        "When it was last updated."
        updatedAt: DateTime!
        "The company that owns the account."
        company: Company!
        "Id of the company that owns the account."
        companyId: ID!
        "Credit limit, in minor units."
        creditLimit: Money!
        "Currency of every amount on the account."
        currencyCode: CurrencyCode!
        "Net days: a settled charge is due this many days later."
        paymentTermsDays: Int!
        "Days past the due date before the overdue check places a hold."
        graceDays: Int!
        "Sub-companies without an account of their own buy against this one."
        sharedWithSubsidiaries: Boolean!
        "Orders above the limit go through; the excess is flagged on the charge."
        allowExceedLimit: Boolean!
        "Every order paid on account must carry the buyer's purchase order number."
        requirePurchaseOrderNumber: Boolean!
        "active or on_hold."
        status: CreditAccountStatus!
        "Why the account is on hold: manual or overdue."
        holdReason: String
        "Since when the account is on hold."
        heldAt: DateTime
        "Amount outstanding (sum of the ledger), in minor units."
        balance: Money!
        "Limit minus balance, in minor units (negative when over the limit)."
        availableCredit: Money!
        "Balance / limit (0 when the limit is 0)."
        utilisation: Float!
        "Open receivables past due + grace, less unapplied credit, in minor units."
        overdueAmount: Money!
    }

    """
    Credit accounts, paged.
    """
    type CreditAccountList implements PaginatedList {
        "This page."
        items: [CreditAccount!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for credit accounts."
    input CreditAccountListOptions

    """
    A share of a payment, credit note or credit adjustment applied to a debit entry.
    """
    type CreditAllocation {
        "The debit entry."
        entryId: ID!
        "Applied amount, in minor units."
        amount: Money!
    }

    """
    One line of a credit account's statement. The balanceAfter of entry n equals the sum of entries 1..n.
    """
    type CreditLedgerEntry implements Node {
        "Id."
        id: ID!
        "When it was posted."
        createdAt: DateTime!
        "When its receivable bookkeeping last changed."
        updatedAt: DateTime!
        "The account."
        accountId: ID!
        "The company whose activity this is (the buying sub-company of a charge on a shared account)."
        companyId: ID!
        "Position in the statement, from 1."
        sequence: Int!
        "What it records."
        type: CreditLedgerEntryType!
        "Signed, minor units: positive increases the amount outstanding."
        amount: Money!
        "The account balance right after this entry."
        balanceAfter: Money!
        "The order of a charge or release."
        order: Order
        "Code of that order."
        orderCode: String
        "The charge a release reverses."
        reversesEntryId: ID
        "Purchase order number, bank reference, credit note number..."
        reference: String
        "For charges and their releases: the buyer's purchase order number."
        purchaseOrderNumber: String
        "Free text."
        note: String
        "For debits: when due (set when the payment is settled)."
        dueDate: DateTime
        "For debits: paid by payments, credit notes or credit adjustments."
        settledAmount: Money!
        "For charges: reversed by releases."
        releasedAmount: Money!
        "For debits: still to pay."
        openAmount: Money!
        "For debits: past due date and still open."
        overdue: Boolean!
        "For credits: not applied to any debit."
        unallocatedAmount: Money!
        "For credits: which debits they paid."
        allocations: [CreditAllocation!]!
        "For charges above the limit (on accounts that allow it): the excess."
        excessAmount: Money!
        "The administrator who posted it."
        createdBy: Administrator
    }

    """
    A credit account's statement, paged.
    """
    type CreditLedgerEntryList implements PaginatedList {
        "This page."
        items: [CreditLedgerEntry!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for a statement (default: oldest first)."
    input CreditLedgerEntryListOptions

    "A new credit account for a company."
    input CreateCreditAccountInput {
        "The company (one account per company and channel)."
        companyId: ID!
        "Credit limit, in minor units."
        creditLimit: Money!
        "Defaults to the channel's currency."
        currencyCode: CurrencyCode
        "Net days; default 30."
        paymentTermsDays: Int
        "Grace days after the due date; default 0."
        graceDays: Int
        "Default false."
        sharedWithSubsidiaries: Boolean
        "Default false."
        allowExceedLimit: Boolean
        "Require a purchase order number on every order paid on account; default false."
        requirePurchaseOrderNumber: Boolean
    }

    "Changes to a credit account's limit and terms."
    input UpdateCreditAccountInput {
        "The account."
        id: ID!
        "Credit limit, in minor units."
        creditLimit: Money
        "Net days."
        paymentTermsDays: Int
        "Grace days."
        graceDays: Int
        "Share with sub-companies."
        sharedWithSubsidiaries: Boolean
        "Allow orders above the limit."
        allowExceedLimit: Boolean
        "Require a purchase order number on every order paid on account."
        requirePurchaseOrderNumber: Boolean
    }

    "Apply this much to this debit entry."
    input CreditAllocationInput {
        "A charge or positive adjustment of the account."
        entryId: ID!
        "Minor units, positive, at most the entry's open amount."
        amount: Money!
    }

    "A payment received from the dealer, or a credit note issued to them."
    input RecordCreditPaymentInput {
        "The account."
        accountId: ID!
        "Positive, minor units."
        amount: Money!
        "Bank reference, credit note number..."
        reference: String
        "Free text."
        note: String
        "Apply to these debits; by default the oldest due first."
        allocations: [CreditAllocationInput!]
        "For credit notes: the order it concerns."
        orderId: ID
    }

    "A manual correction of the balance."
    input AdjustCreditBalanceInput {
        "The account."
        accountId: ID!
        "Signed, minor units: positive increases the amount outstanding."
        amount: Money!
        "Why (required)."
        note: String!
        "Optional reference."
        reference: String
    }

    "What the overdue check did."
    type CreditOverdueCheckResult {
        "Accounts looked at."
        accountsChecked: Int!
        "Accounts put on hold."
        holdsPlaced: Int!
        "Overdue holds lifted."
        holdsReleased: Int!
    }

    extend type Query {
        "Credit accounts of this channel."
        creditAccounts(options: CreditAccountListOptions): CreditAccountList!
        "A credit account of this channel."
        creditAccount(id: ID!): CreditAccount
        "The company's own credit account in this channel."
        creditAccountForCompany(companyId: ID!): CreditAccount
        "A credit account's statement (ledger), oldest entry first by default."
        creditStatement(accountId: ID!, options: CreditLedgerEntryListOptions): CreditLedgerEntryList!
    }

    extend type Mutation {
        "Opens a credit account for a company."
        createCreditAccount(input: CreateCreditAccountInput!): CreditAccount!
        "Changes limit and terms."
        updateCreditAccount(input: UpdateCreditAccountInput!): CreditAccount!
        "Deletes an account with a zero balance, with its ledger."
        deleteCreditAccount(id: ID!): DeletionResponse!
        "Records a payment from the dealer (full or partial), applied to open receivables."
        recordCreditPayment(input: RecordCreditPaymentInput!): CreditLedgerEntry!
        "Issues a credit note, applied like a payment."
        issueCreditNote(input: RecordCreditPaymentInput!): CreditLedgerEntry!
        "Posts a manual correction."
        adjustCreditBalance(input: AdjustCreditBalanceInput!): CreditLedgerEntry!
        "Puts the account on hold (manual: only an administrator lifts it)."
        placeCreditHold(accountId: ID!): CreditAccount!
        "Lifts the hold, whatever its reason."
        releaseCreditHold(accountId: ID!): CreditAccount!
        "Runs the overdue check now (it also runs daily)."
        runCreditOverdueCheck: CreditOverdueCheckResult!
    }
`;

export const creditShopApiExtensions = gql`
    ${commonCreditTypes}

    """
    The logged-in member's company credit: the account their company buys against.
    """
    type CompanyCreditSummary {
        "Credit limit, in minor units."
        creditLimit: Money!
        "Amount outstanding, in minor units."
        balance: Money!
        "Limit minus balance, in minor units."
        availableCredit: Money!
        "Currency of every amount."
        currencyCode: CurrencyCode!
        "active or on_hold."
        status: CreditAccountStatus!
        "Why on hold: manual or overdue."
        holdReason: String
        "Net days."
        paymentTermsDays: Int!
        "Grace days after the due date."
        graceDays: Int!
        "Receivables past due + grace, in minor units."
        overdueAmount: Money!
        "True when the account is a parent company's, shared with its sub-companies."
        sharedFromParent: Boolean!
        "Whether this member may buy on account now (role, holds; not the order amount)."
        canOrderOnAccount: Boolean!
        "Orders paid on account must carry a purchase order number (placeOrderOnAccount input or payment metadata)."
        purchaseOrderNumberRequired: Boolean!
    }

    """
    One line of the company's credit statement.
    """
    type CreditLedgerEntry implements Node {
        "Id."
        id: ID!
        "When it was posted."
        createdAt: DateTime!
        "Position in the statement, from 1."
        sequence: Int!
        "What it records."
        type: CreditLedgerEntryType!
        "Signed, minor units: positive increases the amount outstanding."
        amount: Money!
        "The account balance right after this entry."
        balanceAfter: Money!
        "Code of the order of a charge or release."
        orderCode: String
        "Purchase order number, bank reference..."
        reference: String
        "For charges and their releases: the buyer's purchase order number."
        purchaseOrderNumber: String
        "Free text."
        note: String
        "For debits: when due."
        dueDate: DateTime
        "For debits: still to pay."
        openAmount: Money!
        "For debits: past due and still open."
        overdue: Boolean!
    }

    """
    The company's credit statement, paged.
    """
    type CreditLedgerEntryList implements PaginatedList {
        "This page."
        items: [CreditLedgerEntry!]!
        "All matching."
        totalItems: Int!
    }

    "Sort, filter and paging for the statement (default: oldest first)."
    input CreditLedgerEntryListOptions

    "Pay for the active order on account."
    input PlaceOrderOnAccountInput {
        """
        The buyer's purchase order number (at most 64 characters), kept on the order (customFields) and on the
        charge. Required when the company's credit account says so.
        """
        purchaseOrderNumber: String
        "The pay-on-account payment method to use, when the channel has several."
        paymentMethodCode: String
    }

    "The order, or why it cannot be paid on account."
    union PlaceOrderOnAccountResult =
        | Order
        | CreditLimitExceededError
        | CreditHoldError
        | CompanyRoleNotPermittedError
        | NoCreditAccountError
        | CreditCurrencyMismatchError
        | PurchaseOrderNumberRequiredError
        | PurchaseOrderNumberTooLongError
        | NoActiveOrderError
        | OrderPaymentStateError
        | OrderStateTransitionError
        | IneligiblePaymentMethodError
        | PaymentFailedError
        | PaymentDeclinedError
        | CouponRemovedDuringCheckoutError

    extend type Query {
        "The credit summary of the logged-in member's company, or null (not a member, or no account)."
        activeCompanyCredit: CompanyCreditSummary
        "The logged-in member's company credit statement (on a shared account: its own company's entries)."
        activeCompanyCreditStatement(options: CreditLedgerEntryListOptions): CreditLedgerEntryList!
    }

    extend type Mutation {
        """
        Pays for the active order on account: moves it to ArrangingPayment if needed, checks the credit and
        reserves it atomically. Returns typed errors (CreditLimitExceededError, CreditHoldError,
        CompanyRoleNotPermittedError, PurchaseOrderNumberRequiredError...) rather than a declined payment; after
        any refusal the order is in AddingItems.
        """
        placeOrderOnAccount(input: PlaceOrderOnAccountInput): PlaceOrderOnAccountResult!
    }
`;
