import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import {
    api,
    Badge,
    DetailFormGrid,
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    useChannel,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import { MoneyText } from './common/money';
import { Field, LinePart, type QuoteRequestDetail } from './common/request-parts';
import { MatchedByLabel, QuoteRequestStateBadge, QuoteStateBadge } from './common/rfq-labels';
import { AttachmentList } from './common/attachments';
import { QuoteForm } from './quote-form';
import { quoteRequestDetailQuery } from './rfq.graphql';

type QuoteDetail = QuoteRequestDetail['quotes'][number];

/**
 * A request for quotation. The operator sees every line, whom each line reached and the quotes side by side per
 * line (best price, shortest lead time, enough stock marked), with every revision. A seller administrator sees the
 * lines routed to it and its own quote, and answers with the quote form (submit, revise, decline).
 */
export function QuoteRequestDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const queryKey = ['quote-request', params.id];
    const { data, isLoading } = useQuery({
        queryKey,
        queryFn: () => api.query(quoteRequestDetailQuery, { id: params.id }),
    });
    const request = data?.quoteRequest;
    const { formatDate } = useLocalFormat();
    const { activeChannel } = useChannel();
    const operator = activeChannel?.code === '__default_channel__';
    const { hasPermissions } = usePermissions();

    return (
        <Page pageId="quote-request-detail">
            <PageTitle>
                {request ? <span translate="no">{request.code}</span> : <Trans>Quote request</Trans>}
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="request" title={<Trans>Quote request</Trans>}>
                    {request ? (
                        <DetailFormGrid>
                            <Field label={<Trans>Status</Trans>}>
                                <QuoteRequestStateBadge state={request.state} />
                            </Field>
                            {operator ? (
                                <Field label={<Trans>Buyer</Trans>}>
                                    <span translate="no">
                                        {request.buyer
                                            ? `${request.buyer.name} <${request.buyer.emailAddress}>`
                                            : ''}
                                    </span>
                                </Field>
                            ) : null}
                            <Field label={<Trans>Submitted</Trans>}>
                                {request.submittedAt ? formatDate(request.submittedAt) : ''}
                            </Field>
                            <Field label={<Trans>Response deadline</Trans>}>
                                {formatDate(request.responseDeadline)}
                            </Field>
                            <Field label={<Trans>Needed by</Trans>}>
                                {request.neededBy ? formatDate(request.neededBy) : ''}
                            </Field>
                            <Field label={<Trans>Currency</Trans>}>
                                <span translate="no">{request.currencyCode}</span>
                            </Field>
                            <Field label={<Trans>Delivery address</Trans>}>
                                <span translate="no">
                                    {request.deliveryAddress
                                        ? [
                                              request.deliveryAddress.company,
                                              request.deliveryAddress.streetLine1,
                                              request.deliveryAddress.streetLine2,
                                              request.deliveryAddress.postalCode,
                                              request.deliveryAddress.city,
                                              request.deliveryAddress.countryCode,
                                          ]
                                              .filter(Boolean)
                                              .join(', ')
                                        : ''}
                                </span>
                            </Field>
                            <Field label={<Trans>Note</Trans>}>
                                <span translate="no">{request.note ?? ''}</span>
                            </Field>
                        </DetailFormGrid>
                    ) : isLoading ? null : (
                        <p className="text-muted-foreground text-sm">
                            <Trans>This request does not exist or was not routed to you.</Trans>
                        </p>
                    )}
                </PageBlock>
                {request ? (
                    <>
                        <PageBlock column="main" blockId="lines" title={<Trans>Lines and reach</Trans>}>
                            <LinesTable request={request} />
                        </PageBlock>
                        <PageBlock column="main" blockId="attachments" title={<Trans>Attachments</Trans>}>
                            <AttachmentList attachments={request.attachments} />
                        </PageBlock>
                        <PageBlock
                            column="main"
                            blockId="comparison"
                            title={<Trans>Quotes side by side</Trans>}
                        >
                            <Comparison request={request} />
                        </PageBlock>
                        <PageBlock column="main" blockId="quotes" title={<Trans>Quotes and revisions</Trans>}>
                            <QuoteHistory request={request} />
                        </PageBlock>
                        {/* PageLayout places only PageBlocks (fragments flattened): no guard component around it. */}
                        {!operator && hasPermissions(['UpdateOffer']) ? (
                            <PageBlock column="main" blockId="quote-form" title={<Trans>Your quote</Trans>}>
                                <QuoteForm request={request} queryKey={queryKey} />
                            </PageBlock>
                        ) : null}
                    </>
                ) : null}
            </PageLayout>
        </Page>
    );
}

function LinesTable({ request }: { request: QuoteRequestDetail }) {
    return (
        <table className="w-full text-sm">
            <thead>
                <tr className="text-muted-foreground text-left">
                    <th className="py-1">#</th>
                    <th>
                        <Trans>Part</Trans>
                    </th>
                    <th className="text-right">
                        <Trans>Quantity</Trans>
                    </th>
                    <th className="pl-4">
                        <Trans>Reached sellers</Trans>
                    </th>
                </tr>
            </thead>
            <tbody>
                {request.lines.map(line => {
                    const routings = request.routings.filter(r => r.requestLineId === line.id);
                    return (
                        <tr key={line.id} className="border-t align-top">
                            <td className="py-1">{line.position + 1}</td>
                            <td>
                                <LinePart line={line} />
                            </td>
                            <td className="text-right tabular-nums">{line.quantity}</td>
                            <td className="pl-4">
                                {routings.length ? (
                                    <ul>
                                        {routings.map(r => (
                                            <li key={r.id}>
                                                <span translate="no">{r.sellerName}</span>{' '}
                                                <span className="text-muted-foreground">
                                                    (<MatchedByLabel matchedBy={r.matchedBy} />)
                                                </span>
                                            </li>
                                        ))}
                                    </ul>
                                ) : request.routedAt ? (
                                    <Badge variant="warning">
                                        <Trans>No seller carries this part</Trans>
                                    </Badge>
                                ) : (
                                    <span className="text-muted-foreground">
                                        <Trans>Not routed yet</Trans>
                                    </span>
                                )}
                            </td>
                        </tr>
                    );
                })}
            </tbody>
        </table>
    );
}

/** Per line, each seller's current quote line; the comparison's picks are marked. */
function Comparison({ request }: { request: QuoteRequestDetail }) {
    const { formatDate } = useLocalFormat();
    const answered = request.quotes.filter(q => q.lines.length > 0);
    if (!answered.length) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>No quotes yet.</Trans>
            </p>
        );
    }
    return (
        <div className="space-y-6">
            {request.lines.map(line => {
                const pick = request.comparison.find(c => c.requestLineId === line.id);
                const rows = answered.flatMap(q =>
                    q.lines.filter(l => l.requestLineId === line.id).map(l => ({ quote: q, line: l })),
                );
                return (
                    <div key={line.id}>
                        <div className="mb-2 text-sm font-medium">
                            {line.position + 1}. <LinePart line={line} /> × {line.quantity}
                        </div>
                        {rows.length ? (
                            <table className="w-full text-sm">
                                <thead>
                                    <tr className="text-muted-foreground text-left">
                                        <th className="py-1">
                                            <Trans>Seller</Trans>
                                        </th>
                                        <th>
                                            <Trans>Status</Trans>
                                        </th>
                                        <th className="text-right">
                                            <Trans>Unit price</Trans>
                                        </th>
                                        <th className="text-right">
                                            <Trans>Quoted quantity</Trans>
                                        </th>
                                        <th className="text-right">
                                            <Trans>Available now</Trans>
                                        </th>
                                        <th className="text-right">
                                            <Trans>Lead time (days)</Trans>
                                        </th>
                                        <th className="pl-4">
                                            <Trans>Valid until</Trans>
                                        </th>
                                        <th className="text-right">
                                            <Trans>Revision</Trans>
                                        </th>
                                        <th className="pl-4" />
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows.map(({ quote, line: ql }) => (
                                        <tr key={ql.id} className="border-t">
                                            <td className="py-1" translate="no">
                                                {quote.sellerName}
                                            </td>
                                            <td>
                                                <QuoteStateBadge state={quote.state} />
                                            </td>
                                            <td className="text-right">
                                                <MoneyText
                                                    value={ql.unitPrice}
                                                    currencyCode={quote.currencyCode}
                                                />
                                            </td>
                                            <td className="text-right tabular-nums">{ql.quantity}</td>
                                            <td className="text-right tabular-nums">
                                                {ql.quantityAvailable}
                                            </td>
                                            <td className="text-right tabular-nums">{ql.leadTimeDays}</td>
                                            <td className="pl-4">
                                                {quote.validUntil ? formatDate(quote.validUntil) : ''}
                                            </td>
                                            <td className="text-right tabular-nums">{quote.revision}</td>
                                            <td className="space-x-1 pl-4">
                                                {pick?.bestPriceQuoteLineId === ql.id ? (
                                                    <Badge variant="success">
                                                        <Trans>Best price</Trans>
                                                    </Badge>
                                                ) : null}
                                                {pick?.shortestLeadTimeQuoteLineId === ql.id ? (
                                                    <Badge variant="secondary">
                                                        <Trans>Shortest lead time</Trans>
                                                    </Badge>
                                                ) : null}
                                                {pick?.enoughStockQuoteLineIds.includes(ql.id) ? (
                                                    <Badge variant="outline">
                                                        <Trans>Enough stock</Trans>
                                                    </Badge>
                                                ) : null}
                                            </td>
                                        </tr>
                                    ))}
                                </tbody>
                            </table>
                        ) : (
                            <p className="text-muted-foreground text-sm">
                                <Trans>No quotes for this line yet.</Trans>
                            </p>
                        )}
                    </div>
                );
            })}
        </div>
    );
}

/** Every quote with its state, note or decline reason, and every revision's lines. */
function QuoteHistory({ request }: { request: QuoteRequestDetail }) {
    const { formatDate } = useLocalFormat();
    if (!request.quotes.length) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>No quotes yet.</Trans>
            </p>
        );
    }
    const lineById = new Map(request.lines.map(l => [l.id, l]));
    return (
        <div className="space-y-6">
            {request.quotes.map((quote: QuoteDetail) => {
                const revisions = [...new Set(quote.history.map(l => l.revision))].sort((a, b) => b - a);
                return (
                    <div key={quote.id} className="space-y-2">
                        <div className="flex flex-wrap items-center gap-2 text-sm">
                            <span className="font-medium" translate="no">
                                {quote.sellerName}
                            </span>
                            <QuoteStateBadge state={quote.state} />
                            <span className="text-muted-foreground">
                                <Trans>Updated</Trans> {formatDate(quote.updatedAt)}
                            </span>
                        </div>
                        {quote.declineReason ? (
                            <p className="text-sm">
                                <Trans>Reason</Trans>: <span translate="no">{quote.declineReason}</span>
                            </p>
                        ) : null}
                        {quote.note ? (
                            <p className="text-sm">
                                <Trans>Note</Trans>: <span translate="no">{quote.note}</span>
                            </p>
                        ) : null}
                        {revisions.map(revision => (
                            <div key={revision}>
                                <div className="text-muted-foreground text-xs">
                                    <Trans>Revision</Trans> {revision}
                                    {revision === quote.revision ? (
                                        <>
                                            {' '}
                                            (<Trans>current</Trans>)
                                        </>
                                    ) : null}
                                </div>
                                <table className="w-full text-sm">
                                    <tbody>
                                        {quote.history
                                            .filter(l => l.revision === revision)
                                            .map(l => {
                                                const line = lineById.get(l.requestLineId);
                                                return (
                                                    <tr key={l.id} className="border-t">
                                                        <td className="py-1">
                                                            {line ? <LinePart line={line} /> : null}
                                                        </td>
                                                        <td className="text-right">
                                                            <MoneyText
                                                                value={l.unitPrice}
                                                                currencyCode={quote.currencyCode}
                                                            />
                                                        </td>
                                                        <td className="text-right tabular-nums">
                                                            × {l.quantity}
                                                        </td>
                                                        <td className="text-right tabular-nums">
                                                            {l.leadTimeDays} <Trans>days</Trans>
                                                        </td>
                                                        <td className="pl-4" translate="no">
                                                            {l.note ?? ''}
                                                        </td>
                                                    </tr>
                                                );
                                            })}
                                    </tbody>
                                </table>
                            </div>
                        ))}
                    </div>
                );
            })}
        </div>
    );
}
