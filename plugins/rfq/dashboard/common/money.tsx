import { useLocalFormat } from '@vendure/dashboard';

/**
 * An amount in minor units, formatted in its currency for the UI locale. Renders nothing while either is not
 * there yet: a list page fetches only the fields of its visible columns, and while a column that was just shown
 * is loading, its cells render once with the rows of the previous query.
 */
export function MoneyText({
    value,
    currencyCode,
}: {
    value: number | null | undefined;
    currencyCode: string | null | undefined;
}) {
    const { formatCurrency } = useLocalFormat();
    if (value == null || !currencyCode) {
        return null;
    }
    return (
        <span className="tabular-nums" translate="no">
            {formatCurrency(value, currencyCode)}
        </span>
    );
}
