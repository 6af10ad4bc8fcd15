import type { ReactNode } from 'react';

import type { ResultOf } from '@/gql';

import type { quoteRequestDetailQuery } from '../rfq.graphql';

/** A request as the detail page loads it. */
export type QuoteRequestDetail = NonNullable<ResultOf<typeof quoteRequestDetailQuery>['quoteRequest']>;
type RequestLine = QuoteRequestDetail['lines'][number];

/** A labelled read-only value. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <div className="text-muted-foreground text-sm font-medium">{label}</div>
            <div className="text-sm">{children}</div>
        </div>
    );
}

/** What the line asks for: the catalogue variant, or the free-text part number. */
export function LinePart({
    line,
}: {
    line: Pick<
        RequestLine,
        'productVariantId' | 'productName' | 'sku' | 'partNumber' | 'manufacturer' | 'description'
    >;
}) {
    if (line.productVariantId) {
        return (
            <span translate="no">
                {line.productName ?? ''}{' '}
                <span className="text-muted-foreground font-mono">{line.sku ?? ''}</span>
            </span>
        );
    }
    return (
        <span translate="no">
            <span className="font-mono">{line.partNumber ?? ''}</span>
            {line.manufacturer ? <span className="text-muted-foreground"> · {line.manufacturer}</span> : null}
            {line.description ? <span className="text-muted-foreground"> · {line.description}</span> : null}
        </span>
    );
}
