import gql from 'graphql-tag';

export const dealerAgreementAdminApiExtensions = gql`
    """
    Where a dealer agreement stands with respect to renewal.
    """
    enum AgreementRenewalStatus {
        open
        in_negotiation
        renewed
        not_renewing
    }

    """
    A dealer agreement: period, terms, the price lists it grants and its credit terms as the contract states them.
    """
    type DealerAgreement implements Node {
        "Id."
        id: ID!
        "When it was created."
        createdAt: DateTime!
        "When it was last updated."
        updatedAt: DateTime!
        "Contract number, unique per company."
        number: String!
        "Id of the company."
        companyId: ID!
        "The company."
        company: Company!
        "Start of the agreement."
        startsAt: DateTime!
        "End of the agreement; AgreementExpiringEvent is published ahead of it."
        endsAt: DateTime!
        "Terms text."
        terms: String!
        "Price lists the agreement grants."
        priceLists: [PriceList!]!
        "Payment terms in days (net days), as agreed."
        paymentTermsDays: Int
        "Credit limit as agreed, in minor units."
        creditLimit: Money
        "Currency of the credit limit."
        currencyCode: CurrencyCode
        "Renewal status."
        renewalStatus: AgreementRenewalStatus!
        "When the expiry warning was published, if it was."
        expiryWarningSentAt: DateTime
    }

    """
    A new dealer agreement.
    """
    input CreateDealerAgreementInput {
        "The company."
        companyId: ID!
        "Contract number, unique per company."
        number: String!
        "Start."
        startsAt: DateTime!
        "End (after the start)."
        endsAt: DateTime!
        "Terms text."
        terms: String
        "Price lists it grants."
        priceListIds: [ID!]
        "Payment terms in days."
        paymentTermsDays: Int
        "Credit limit in minor units."
        creditLimit: Money
        "Currency of the credit limit."
        currencyCode: CurrencyCode
        "Renewal status (default open)."
        renewalStatus: AgreementRenewalStatus
    }

    """
    Changes to a dealer agreement; a new endsAt re-arms the expiry warning.
    """
    input UpdateDealerAgreementInput {
        "The agreement."
        id: ID!
        "Contract number."
        number: String
        "Start."
        startsAt: DateTime
        "End."
        endsAt: DateTime
        "Terms text."
        terms: String
        "Price lists it grants (replaces the set)."
        priceListIds: [ID!]
        "Payment terms in days."
        paymentTermsDays: Int
        "Credit limit in minor units."
        creditLimit: Money
        "Currency of the credit limit."
        currencyCode: CurrencyCode
        "Renewal status."
        renewalStatus: AgreementRenewalStatus
    }

    extend type Company {
        "Dealer agreements, latest end first."
        agreements: [DealerAgreement!]!
    }

    extend type Query {
        "A dealer agreement of a company in this channel."
        dealerAgreement(id: ID!): DealerAgreement
    }

    extend type Mutation {
        "Creates a dealer agreement."
        createDealerAgreement(input: CreateDealerAgreementInput!): DealerAgreement!
        "Updates a dealer agreement."
        updateDealerAgreement(input: UpdateDealerAgreementInput!): DealerAgreement!
        "Deletes a dealer agreement."
        deleteDealerAgreement(id: ID!): DeletionResponse!
        """
        Runs the expiry check now for this channel (it also runs daily as a scheduled task): publishes
        AgreementExpiringEvent for agreements ending soon that were not warned about, and returns them.
        """
        runAgreementExpiryCheck: [DealerAgreement!]!
    }
`;
