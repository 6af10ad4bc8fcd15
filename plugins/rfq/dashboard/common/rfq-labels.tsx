import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '@vendure/dashboard';

/** A request's state as a badge. */
export function QuoteRequestStateBadge({ state }: { state: string | null | undefined }) {
    switch (state) {
        case 'draft':
            return (
                <Badge variant="secondary">
                    <Trans context="quote request state">Draft</Trans>
                </Badge>
            );
        case 'submitted':
            return (
                <Badge variant="success">
                    <Trans context="quote request state">Open</Trans>
                </Badge>
            );
        case 'closed':
            return (
                <Badge variant="outline">
                    <Trans context="quote request state">Closed</Trans>
                </Badge>
            );
        case 'cancelled':
            return (
                <Badge variant="destructive">
                    <Trans context="quote request state">Cancelled</Trans>
                </Badge>
            );
        default:
            return null;
    }
}

/** The request states, for the list's state filter. */
export function useQuoteRequestStateOptions() {
    const { t } = useLingui();
    return [
        { value: 'draft', label: t({ message: 'Draft', context: 'quote request state' }) },
        { value: 'submitted', label: t({ message: 'Open', context: 'quote request state' }) },
        { value: 'closed', label: t({ message: 'Closed', context: 'quote request state' }) },
        { value: 'cancelled', label: t({ message: 'Cancelled', context: 'quote request state' }) },
    ];
}

/** A quote's state as a badge. */
export function QuoteStateBadge({ state }: { state: string | null | undefined }) {
    switch (state) {
        case 'submitted':
            return (
                <Badge variant="secondary">
                    <Trans context="quote state">Quoted</Trans>
                </Badge>
            );
        case 'accepted':
            return (
                <Badge variant="success">
                    <Trans context="quote state">Accepted</Trans>
                </Badge>
            );
        case 'declined':
            return (
                <Badge variant="destructive">
                    <Trans context="quote state">Declined</Trans>
                </Badge>
            );
        case 'expired':
            return (
                <Badge variant="outline">
                    <Trans context="quote state">Expired</Trans>
                </Badge>
            );
        case 'withdrawn':
            return (
                <Badge variant="outline">
                    <Trans context="quote state">Withdrawn</Trans>
                </Badge>
            );
        default:
            return null;
    }
}

/** How a routing matched the seller's offer. */
export function MatchedByLabel({ matchedBy }: { matchedBy: string }) {
    switch (matchedBy) {
        case 'variant':
            return <Trans>Offer on the variant</Trans>;
        case 'sellerSku':
            return <Trans>Seller SKU</Trans>;
        case 'manufacturerPartNumber':
            return <Trans>Manufacturer part number</Trans>;
        case 'variantSku':
            return <Trans>Catalogue SKU</Trans>;
        default:
            return null;
    }
}
