import { useLocalFormat } from '@vendure/dashboard';

/** A rate in basis points as a percentage in the UI locale (800 → 8%, 1250 → 12.5%). */
export function RateText({ bps }: { bps: number | null | undefined }) {
    const { formatNumber } = useLocalFormat();
    if (bps == null) {
        return null;
    }
    return (
        <span className="tabular-nums" translate="no">
            {formatNumber(bps / 100)}%
        </span>
    );
}
