import { graphql } from '@/gql';

export const companyListQuery = graphql(`
    query DashboardCompanies($options: CompanyListOptions) {
        companies(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                name
                code
                tier
                status
                taxId
                parentId
                parent {
                    id
                    name
                }
            }
        }
    }
`);

export const companyDetailQuery = graphql(`
    query DashboardCompany($id: ID!) {
        company(id: $id) {
            id
            createdAt
            updatedAt
            name
            code
            tier
            status
            taxId
            parentId
            parent {
                id
                name
                code
            }
            children {
                id
                name
                code
                tier
            }
            ancestorIds
            salesRep {
                id
                firstName
                lastName
                emailAddress
            }
            members {
                id
                role
                customerId
                customer {
                    id
                    firstName
                    lastName
                    emailAddress
                }
            }
            priceLists {
                id
                name
                currencyCode
                priority
                status
            }
            agreements {
                id
                number
                terms
                priceLists {
                    id
                    name
                }
                startsAt
                endsAt
                renewalStatus
                paymentTermsDays
                creditLimit
                currencyCode
                expiryWarningSentAt
            }
        }
    }
`);

export const createCompanyDocument = graphql(`
    mutation DashboardCreateCompany($input: CreateCompanyInput!) {
        createCompany(input: $input) {
            ... on Company {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const updateCompanyDocument = graphql(`
    mutation DashboardUpdateCompany($input: UpdateCompanyInput!) {
        updateCompany(input: $input) {
            ... on Company {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const moveCompanyDocument = graphql(`
    mutation DashboardMoveCompany($id: ID!, $parentId: ID) {
        moveCompany(id: $id, parentId: $parentId) {
            ... on Company {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const addCompanyMemberDocument = graphql(`
    mutation DashboardAddCompanyMember($input: AddCompanyMemberInput!) {
        addCompanyMember(input: $input) {
            ... on CompanyMember {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const removeCompanyMemberDocument = graphql(`
    mutation DashboardRemoveCompanyMember($companyId: ID!, $customerId: ID!) {
        removeCompanyMember(companyId: $companyId, customerId: $customerId) {
            result
        }
    }
`);

export const updateCompanyMemberRoleDocument = graphql(`
    mutation DashboardUpdateCompanyMemberRole($input: UpdateCompanyMemberRoleInput!) {
        updateCompanyMemberRole(input: $input) {
            id
            role
        }
    }
`);

export const createDealerAgreementDocument = graphql(`
    mutation DashboardCreateDealerAgreement($input: CreateDealerAgreementInput!) {
        createDealerAgreement(input: $input) {
            id
        }
    }
`);

export const customerCompanyQuery = graphql(`
    query DashboardCustomerCompany($id: ID!) {
        customer(id: $id) {
            id
            companyMembership {
                id
                role
                company {
                    id
                    name
                    code
                    tier
                    status
                }
            }
        }
    }
`);

export const updateDealerAgreementDocument = graphql(`
    mutation DashboardUpdateDealerAgreement($input: UpdateDealerAgreementInput!) {
        updateDealerAgreement(input: $input) {
            id
            renewalStatus
        }
    }
`);

export const deleteDealerAgreementDocument = graphql(`
    mutation DashboardDeleteDealerAgreement($id: ID!) {
        deleteDealerAgreement(id: $id) {
            result
            message
        }
    }
`);

/** The tier codes in use, for the tier picker. */
export const companyTiersQuery = graphql(`
    query DashboardCompanyTiers {
        companyTiers
    }
`);

/** Companies to pick from (name, code, tier), searched by name or code. */
export const companyOptionsQuery = graphql(`
    query DashboardCompanyOptions($options: CompanyListOptions) {
        companies(options: $options) {
            totalItems
            items {
                id
                name
                code
                tier
            }
        }
    }
`);

/** Administrators to pick a sales representative from. */
export const administratorOptionsQuery = graphql(`
    query DashboardAdministratorOptions($options: AdministratorListOptions) {
        administrators(options: $options) {
            totalItems
            items {
                id
                firstName
                lastName
                emailAddress
            }
        }
    }
`);

/** A new customer, created from the company page to become a member. */
export const createMemberCustomerDocument = graphql(`
    mutation DashboardCreateMemberCustomer($input: CreateCustomerInput!) {
        createCustomer(input: $input) {
            ... on Customer {
                id
                firstName
                lastName
                emailAddress
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);
