import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
    api,
    Button,
    Input,
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    Textarea,
    useChannel,
    useUserSettings,
} from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf, VariablesOf } from '@/gql';

import { EntityField } from '../common/entity-picker';
import { useSellerSelectorConfig } from '../common/entity-selectors';
import { errorMessage } from '../common/error-result';
import { exportOffersCsvQuery, importOffersCsvDocument } from '../marketplace.graphql';

type ImportResult = ResultOf<typeof importOffersCsvDocument>['importOffersCsv'];

const COLUMNS =
    'sku,price,currencyCode,quantityAvailable,leadTimeDays,condition,minimumOrderQuantity,sellerSku,manufacturerPartNumber,active';

/**
 * A seller's offers as CSV: export them, edit the file, import it back (or a new one). The operator picks the
 * seller; a seller's administrator works on its own offers. Bad rows are reported with their line and reason.
 */
export function OfferCsvPage() {
    const { t } = useLingui();
    const { activeChannel } = useChannel();
    const operator = activeChannel?.code === '__default_channel__';
    const sellerSelector = useSellerSelectorConfig();
    const queryClient = useQueryClient();
    const [sellerId, setSellerId] = useState<string | null>(null);
    const [csv, setCsv] = useState('');
    const [report, setReport] = useState<ImportResult | null>(null);
    const ready = !operator || !!sellerId;
    const { settings } = useUserSettings();
    const importCsv = useMutation({
        mutationFn: () =>
            api.mutate(importOffersCsvDocument, {
                sellerId: operator ? sellerId : null,
                csv,
                // the report's reasons in the Dashboard's language (the API's own is the content language)
                languageCode: settings.displayLanguage as VariablesOf<
                    typeof importOffersCsvDocument
                >['languageCode'],
            }),
        onSuccess: async result => {
            setReport(result.importOffersCsv);
            await queryClient.invalidateQueries({ queryKey: ['offer-list'] });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const exportCsv = async () => {
        try {
            const { exportOffersCsv } = await api.query(exportOffersCsvQuery, {
                sellerId: operator ? sellerId : null,
            });
            const url = URL.createObjectURL(new Blob([exportOffersCsv], { type: 'text/csv' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = `offers${operator && sellerId ? `-${sellerId}` : ''}.csv`;
            a.click();
            URL.revokeObjectURL(url);
        } catch (err) {
            toast.error(errorMessage(err));
        }
    };
    return (
        <Page pageId="offer-csv">
            <PageTitle>
                <Trans>Import and export offers</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="offer-csv-import" title={<Trans>Offers as CSV</Trans>}>
                    <div className="space-y-3 text-sm">
                        {operator ? (
                            <EntityField
                                config={sellerSelector}
                                value={sellerId}
                                onChange={id => {
                                    setSellerId(id);
                                    setReport(null);
                                }}
                                label={<Trans>Select a seller</Trans>}
                                removeLabel={t`Remove`}
                                testId="offer-csv-seller"
                            />
                        ) : null}
                        <p className="text-muted-foreground">
                            <Trans>Columns:</Trans>{' '}
                            <code className="break-all" translate="no">
                                {COLUMNS}
                            </code>
                        </p>
                        <p className="text-muted-foreground">
                            <Trans>
                                sku, price and quantityAvailable are required; a price is an amount like
                                1099.50. A row updates the offer with the same SKU, condition and currency, or
                                creates one; what a row leaves out keeps its value.
                            </Trans>
                        </p>
                        <Input
                            type="file"
                            accept=".csv,text/csv"
                            aria-label={t`CSV file`}
                            data-testid="offer-csv-file"
                            onChange={e => {
                                const file = e.target.files?.[0];
                                if (file) {
                                    void file.text().then(setCsv);
                                }
                            }}
                        />
                        <Textarea
                            rows={8}
                            className="font-mono"
                            translate="no"
                            placeholder={'sku,price,quantityAvailable,leadTimeDays\nL2201508,1250.00,7,3'}
                            value={csv}
                            onChange={e => setCsv(e.target.value)}
                        />
                        <div className="flex flex-wrap items-center gap-2">
                            <Button
                                type="button"
                                disabled={!ready || !csv.trim() || importCsv.isPending}
                                onClick={() => importCsv.mutate()}
                            >
                                <Trans>Import</Trans>
                            </Button>
                            <Button
                                type="button"
                                variant="outline"
                                disabled={!ready}
                                onClick={() => void exportCsv()}
                            >
                                <Trans>Export CSV</Trans>
                            </Button>
                        </div>
                        {report ? <ImportReport report={report} /> : null}
                    </div>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

function ImportReport({ report }: { report: ImportResult }) {
    if (report.__typename === 'MalformedOfferCsvError') {
        return (
            <div
                className="border-destructive text-destructive rounded-md border p-2"
                data-testid="offer-csv-report"
            >
                <Trans>Nothing was imported:</Trans> {report.message}
            </div>
        );
    }
    return (
        <div className="rounded-md border p-2" data-testid="offer-csv-report">
            <div>
                <Trans>Offers created:</Trans> {report.created}
            </div>
            <div>
                <Trans>Offers updated:</Trans> {report.updated}
            </div>
            <div>
                <Trans>Rows rejected:</Trans> {report.rejected.length}
            </div>
            {report.rejected.length ? (
                <Table className="mt-2">
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Line</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>SKU</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Reason</Trans>
                            </TableHead>
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {report.rejected.slice(0, 200).map(r => (
                            <TableRow key={r.line}>
                                <TableCell>{r.line}</TableCell>
                                <TableCell className="font-mono" translate="no">
                                    {r.sku}
                                </TableCell>
                                <TableCell>{r.reason}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            ) : null}
        </div>
    );
}
