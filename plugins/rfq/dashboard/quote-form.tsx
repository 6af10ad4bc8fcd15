import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, Button, DateTimeInput, Input, MoneyInput, NumberInput, Textarea } from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import { errorMessage, errorResultMessage } from './common/error-result';
import { Field, LinePart, type QuoteRequestDetail } from './common/request-parts';
import { declineQuoteRequestDocument, submitQuoteDocument } from './rfq.graphql';

interface LineDraft {
    quote: boolean;
    unitPrice: number;
    quantity: number;
    quantityAvailable: number;
    leadTimeDays: number;
    note: string;
}

/**
 * The seller's answer to a request routed to it: per line price, quantity, stock now and lead time (a line can
 * be left out), valid until and a note; submitting again revises the quote (the earlier revision is kept). Or a
 * decline with a reason. Starts from the seller's current revision.
 */
export function QuoteForm({ request, queryKey }: { request: QuoteRequestDetail; queryKey: string[] }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const own = request.quotes[0];
    const [lines, setLines] = useState<Record<string, LineDraft>>(() =>
        Object.fromEntries(
            request.lines.map(line => {
                const current = own?.lines.find(l => l.requestLineId === line.id);
                return [
                    line.id,
                    {
                        quote: !own || !!current,
                        unitPrice: current?.unitPrice ?? 0,
                        quantity: current?.quantity ?? line.quantity,
                        quantityAvailable: current?.quantityAvailable ?? 0,
                        leadTimeDays: current?.leadTimeDays ?? 0,
                        note: current?.note ?? '',
                    },
                ];
            }),
        ),
    );
    const [validUntil, setValidUntil] = useState<string>(own?.validUntil ?? '');
    const [note, setNote] = useState(own?.note ?? '');
    const [reason, setReason] = useState('');
    const setLine = (id: string, patch: Partial<LineDraft>) =>
        setLines(prev => ({ ...prev, [id]: { ...prev[id], ...patch } }));

    const after = async (result: unknown, success: string) => {
        const failed = errorResultMessage(result);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(success);
        await queryClient.invalidateQueries({ queryKey });
    };
    const submit = useMutation({
        mutationFn: async () =>
            (
                await api.mutate(submitQuoteDocument, {
                    input: {
                        requestId: request.id,
                        validUntil: validUntil || null,
                        note: note.trim() || null,
                        lines: request.lines
                            .filter(line => lines[line.id]?.quote)
                            .map(line => ({
                                requestLineId: line.id,
                                unitPrice: lines[line.id].unitPrice,
                                quantity: lines[line.id].quantity,
                                quantityAvailable: lines[line.id].quantityAvailable,
                                leadTimeDays: lines[line.id].leadTimeDays,
                                note: lines[line.id].note.trim() || null,
                            })),
                    },
                })
            ).submitQuote,
        onSuccess: result => after(result, own ? t`Quote revised` : t`Quote submitted`),
        onError: err => toast.error(errorMessage(err)),
    });
    const decline = useMutation({
        mutationFn: async () =>
            (await api.mutate(declineQuoteRequestDocument, { requestId: request.id, reason: reason.trim() }))
                .declineQuoteRequest,
        onSuccess: async result => {
            await after(result, t`Request declined`);
            setReason('');
        },
        onError: err => toast.error(errorMessage(err)),
    });

    if (request.state !== 'submitted') {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>This request is no longer open for quotes.</Trans>
            </p>
        );
    }
    if (own?.state === 'accepted') {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>Your quote was accepted; it can no longer be changed.</Trans>
            </p>
        );
    }
    const busy = submit.isPending || decline.isPending;
    const anyLine = request.lines.some(line => lines[line.id]?.quote);
    return (
        <div className="space-y-6">
            {request.lines.map(line => {
                const draft = lines[line.id];
                if (!draft) {
                    return null;
                }
                return (
                    <fieldset
                        key={line.id}
                        className="space-y-2 rounded-md border p-3"
                        data-testid={`quote-line-${line.position + 1}`}
                    >
                        <legend className="px-1 text-sm font-medium">
                            {line.position + 1}. <LinePart line={line} /> × {line.quantity}
                        </legend>
                        <label className="flex items-center gap-2 text-sm">
                            <input
                                type="checkbox"
                                checked={draft.quote}
                                onChange={e => setLine(line.id, { quote: e.target.checked })}
                            />
                            <Trans>Quote this line</Trans>
                        </label>
                        {draft.quote ? (
                            <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
                                <Field label={<Trans>Unit price</Trans>}>
                                    <MoneyInput
                                        name={`unitPrice-${line.id}`}
                                        value={draft.unitPrice}
                                        onChange={(v: number) => setLine(line.id, { unitPrice: v })}
                                        onBlur={() => undefined}
                                        ref={() => undefined}
                                        currency={request.currencyCode}
                                    />
                                </Field>
                                <Field label={<Trans>Quoted quantity</Trans>}>
                                    <NumberInput
                                        name={`quantity-${line.id}`}
                                        value={draft.quantity}
                                        onChange={(v: number | null) =>
                                            setLine(line.id, { quantity: v ?? 0 })
                                        }
                                        onBlur={() => undefined}
                                        ref={() => undefined}
                                        min={1}
                                    />
                                </Field>
                                <Field label={<Trans>Available now</Trans>}>
                                    <NumberInput
                                        name={`quantityAvailable-${line.id}`}
                                        value={draft.quantityAvailable}
                                        onChange={(v: number | null) =>
                                            setLine(line.id, { quantityAvailable: v ?? 0 })
                                        }
                                        onBlur={() => undefined}
                                        ref={() => undefined}
                                        min={0}
                                    />
                                </Field>
                                <Field label={<Trans>Lead time (days)</Trans>}>
                                    <NumberInput
                                        name={`leadTimeDays-${line.id}`}
                                        value={draft.leadTimeDays}
                                        onChange={(v: number | null) =>
                                            setLine(line.id, { leadTimeDays: v ?? 0 })
                                        }
                                        onBlur={() => undefined}
                                        ref={() => undefined}
                                        min={0}
                                        max={365}
                                    />
                                </Field>
                                <div className="col-span-2 md:col-span-4">
                                    <Field label={<Trans>Line note</Trans>}>
                                        <Input
                                            value={draft.note}
                                            onChange={e => setLine(line.id, { note: e.target.value })}
                                        />
                                    </Field>
                                </div>
                            </div>
                        ) : null}
                    </fieldset>
                );
            })}
            <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
                <Field label={<Trans>Valid until</Trans>}>
                    <DateTimeInput
                        name="validUntil"
                        value={validUntil}
                        onChange={(v: string) => setValidUntil(v)}
                        onBlur={() => undefined}
                        ref={() => undefined}
                    />
                </Field>
                <Field label={<Trans>Note to the buyer</Trans>}>
                    <Textarea value={note} onChange={e => setNote(e.target.value)} />
                </Field>
            </div>
            <Button type="button" disabled={busy || !anyLine} onClick={() => submit.mutate()}>
                {own && own.state !== 'declined' ? <Trans>Revise quote</Trans> : <Trans>Submit quote</Trans>}
            </Button>
            <div className="space-y-2 border-t pt-4">
                <Field label={<Trans>Reason for declining</Trans>}>
                    <Textarea
                        value={reason}
                        onChange={e => setReason(e.target.value)}
                        aria-label={t`Reason for declining`}
                    />
                </Field>
                <Button
                    type="button"
                    variant="destructive"
                    disabled={busy || !reason.trim() || own?.state === 'declined'}
                    onClick={() => decline.mutate()}
                >
                    <Trans>Decline request</Trans>
                </Button>
            </div>
        </div>
    );
}
