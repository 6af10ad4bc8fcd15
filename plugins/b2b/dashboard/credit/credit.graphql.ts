import { graphql } from '@/gql';

export const creditAccountListQuery = graphql(`
    query DashboardCreditAccounts($options: CreditAccountListOptions) {
        creditAccounts(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                company {
                    id
                    name
                    code
                }
                creditLimit
                currencyCode
                balance
                availableCredit
                utilisation
                status
                holdReason
                paymentTermsDays
                graceDays
                sharedWithSubsidiaries
                allowExceedLimit
            }
        }
    }
`);

export const creditAccountDetailQuery = graphql(`
    query DashboardCreditAccount($id: ID!) {
        creditAccount(id: $id) {
            id
            company {
                id
                name
                code
            }
            creditLimit
            currencyCode
            balance
            availableCredit
            utilisation
            overdueAmount
            status
            holdReason
            heldAt
            paymentTermsDays
            graceDays
            sharedWithSubsidiaries
            allowExceedLimit
            requirePurchaseOrderNumber
        }
    }
`);

export const creditAccountForCompanyQuery = graphql(`
    query DashboardCreditAccountForCompany($companyId: ID!) {
        creditAccountForCompany(companyId: $companyId) {
            id
            creditLimit
            currencyCode
            balance
            availableCredit
            overdueAmount
            status
            holdReason
            paymentTermsDays
        }
    }
`);

export const creditStatementQuery = graphql(`
    query DashboardCreditStatement($accountId: ID!, $options: CreditLedgerEntryListOptions) {
        creditStatement(accountId: $accountId, options: $options) {
            totalItems
            items {
                id
                createdAt
                sequence
                type
                amount
                balanceAfter
                orderCode
                reference
                purchaseOrderNumber
                note
                dueDate
                openAmount
                overdue
                excessAmount
            }
        }
    }
`);

export const createCreditAccountDocument = graphql(`
    mutation DashboardCreateCreditAccount($input: CreateCreditAccountInput!) {
        createCreditAccount(input: $input) {
            id
        }
    }
`);

export const updateCreditAccountDocument = graphql(`
    mutation DashboardUpdateCreditAccount($input: UpdateCreditAccountInput!) {
        updateCreditAccount(input: $input) {
            id
        }
    }
`);

export const recordCreditPaymentDocument = graphql(`
    mutation DashboardRecordCreditPayment($input: RecordCreditPaymentInput!) {
        recordCreditPayment(input: $input) {
            id
        }
    }
`);

export const issueCreditNoteDocument = graphql(`
    mutation DashboardIssueCreditNote($input: RecordCreditPaymentInput!) {
        issueCreditNote(input: $input) {
            id
        }
    }
`);

export const placeCreditHoldDocument = graphql(`
    mutation DashboardPlaceCreditHold($accountId: ID!) {
        placeCreditHold(accountId: $accountId) {
            id
            status
        }
    }
`);

export const releaseCreditHoldDocument = graphql(`
    mutation DashboardReleaseCreditHold($accountId: ID!) {
        releaseCreditHold(accountId: $accountId) {
            id
            status
        }
    }
`);

export const orderCreditChargeQuery = graphql(`
    query DashboardOrderCreditCharge($id: ID!) {
        order(id: $id) {
            id
            currencyCode
            creditCharge {
                accountId
                purchaseOrderNumber
                amount
                openAmount
                dueDate
                overdue
            }
        }
    }
`);
