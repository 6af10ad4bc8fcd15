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

export const customerByEmailQuery = graphql(`
    query DashboardCustomerByEmail($email: String!) {
        customers(options: { filter: { emailAddress: { eq: $email } }, take: 1 }) {
            items {
                id
            }
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
