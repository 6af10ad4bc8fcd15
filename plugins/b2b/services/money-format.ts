/**
 * Formats an amount in minor units as money in `currencyCode`, in the conventions of `languageCode` (a Vendure
 * language code such as `en` or `zh_Hans`): 1234567 USD in `en` is "$12,345.67", in `zh_Hans` "US$12,345.67".
 * Used in the messages of ErrorResults, so that a refusal a person reads shows money, not minor units.
 */
export function formatMoney(amount: number, currencyCode: string, languageCode?: string | null): string {
    const locale = toLocale(languageCode);
    try {
        const format = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode });
        const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
        return format.format(amount / 10 ** digits);
    } catch {
        // an unknown currency or locale: still say something exact
        return `${(amount / 100).toFixed(2)} ${currencyCode}`;
    }
}

/** `zh_Hans` → `zh-Hans`, `pt_BR` → `pt-BR`; anything Intl cannot use → `en`. */
export function toLocale(languageCode?: string | null): string {
    const candidate = (languageCode ?? 'en').replace(/_/g, '-');
    try {
        return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {
        return 'en';
    }
}
