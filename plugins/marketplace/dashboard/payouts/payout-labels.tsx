import { Trans } from '@lingui/react/macro';
import { Badge } from '@vendure/dashboard';

/** A payout batch's state as a badge. */
export function PayoutBatchStateBadge({ state }: { state: string | null | undefined }) {
    if (state === 'paid') {
        return (
            <Badge variant="success">
                <Trans>Paid</Trans>
            </Badge>
        );
    }
    if (state === 'pending') {
        return (
            <Badge variant="secondary">
                <Trans>Pending payout</Trans>
            </Badge>
        );
    }
    return null;
}

/** A ledger entry's type in the UI language. */
export function LedgerEntryTypeLabel({ type }: { type: string | null | undefined }) {
    switch (type) {
        case 'sale':
            return <Trans>Sale</Trans>;
        case 'commission':
            return <Trans>Commission</Trans>;
        case 'refund':
            return <Trans>Refund</Trans>;
        case 'adjustment':
            return <Trans>Adjustment</Trans>;
        case 'payout':
            return <Trans>Payout</Trans>;
        default:
            return null;
    }
}
