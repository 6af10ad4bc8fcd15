import { ID } from '@vendure/common/lib/shared-types';

/** The minimal quote line the comparison reads. */
export interface ComparableQuoteLine {
    id: ID;
    requestLineId: ID;
    unitPrice: number;
    quantityAvailable: number;
    leadTimeDays: number;
}

export interface QuoteLineComparison<T extends ComparableQuoteLine> {
    requestLineId: ID;
    quoteLines: T[];
    bestPriceQuoteLineId: ID | null;
    shortestLeadTimeQuoteLineId: ID | null;
    enoughStockQuoteLineIds: ID[];
}

/**
 * Per request line, the quote lines side by side: the lowest unit price, the shortest lead time (ties: the
 * lower price, then the first quoted) and those with enough stock now for the requested quantity.
 */
export function compareQuotes<T extends ComparableQuoteLine>(
    requestLines: Array<{ id: ID; quantity: number }>,
    quoteLines: T[],
): Array<QuoteLineComparison<T>> {
    return requestLines.map(requestLine => {
        const lines = quoteLines.filter(l => String(l.requestLineId) === String(requestLine.id));
        const byPrice = [...lines].sort(
            (a, b) => a.unitPrice - b.unitPrice || a.leadTimeDays - b.leadTimeDays,
        );
        const byLead = [...lines].sort(
            (a, b) => a.leadTimeDays - b.leadTimeDays || a.unitPrice - b.unitPrice,
        );
        return {
            requestLineId: requestLine.id,
            quoteLines: byPrice,
            bestPriceQuoteLineId: byPrice[0]?.id ?? null,
            shortestLeadTimeQuoteLineId: byLead[0]?.id ?? null,
            enoughStockQuoteLineIds: lines
                .filter(l => l.quantityAvailable >= requestLine.quantity)
                .map(l => l.id),
        };
    });
}
