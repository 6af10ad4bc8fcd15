import { Trans } from '@lingui/react/macro';
import { Badge } from '@vendure/dashboard';

/** A marketplace seller's status as a coloured badge. */
export function SellerStatusBadge({ status }: { status: string }) {
    if (status === 'approved') {
        return (
            <Badge variant="success">
                <Trans>Approved</Trans>
            </Badge>
        );
    }
    if (status === 'pending') {
        return (
            <Badge variant="warning">
                <Trans>Pending</Trans>
            </Badge>
        );
    }
    if (status === 'suspended') {
        return (
            <Badge variant="destructive">
                <Trans>Suspended</Trans>
            </Badge>
        );
    }
    return (
        <Badge variant="secondary">
            <Trans>Rejected</Trans>
        </Badge>
    );
}

/** An offer's condition. */
export function OfferConditionLabel({ condition }: { condition: string }) {
    if (condition === 'used') {
        return <Trans>Used</Trans>;
    }
    if (condition === 'refurbished') {
        return <Trans>Refurbished</Trans>;
    }
    return <Trans context="offer condition">New</Trans>;
}
