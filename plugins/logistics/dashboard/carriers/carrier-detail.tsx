import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Switch,
    useDetailPage,
    useLocalFormat,
} from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import { errorMessage, errorResultMessage } from '../common/error-result';
import { OptionSelect } from '../common/option-select';
import {
    carrierAdaptersQuery,
    carrierDetailQuery,
    createCarrierDocument,
    rotateCarrierSecretDocument,
    updateCarrierDocument,
} from '../logistics.graphql';

const pageId = 'carrier-detail';

/**
 * A carrier: code (fixed once created: carriers post to it), name, adapter, tracking URL template and the
 * enabled switch. For an adapter that takes webhooks, the webhook URL and the signing secret (hidden until shown,
 * rotated with a grace period for the old one).
 */
export function CarrierDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const { data: adapterData } = useQuery({
        queryKey: ['logistics-carrier-adapters'],
        queryFn: () => api.query(carrierAdaptersQuery, {}),
    });
    const adapters = adapterData?.carrierAdapters ?? [];
    const { form, submitHandler, entity, isPending, resetForm } = useDetailPage({
        pageId,
        queryDocument: carrierDetailQuery,
        createDocument: createCarrierDocument,
        updateDocument: updateCarrierDocument,
        setValuesForUpdate: carrier => ({
            id: carrier.id,
            name: carrier.name,
            adapterCode: carrier.adapterCode,
            trackingUrlTemplate: carrier.trackingUrlTemplate,
            enabled: carrier.enabled,
        }),
        transformCreateInput: input => ({
            code: (input.code ?? '').trim(),
            name: input.name ?? '',
            adapterCode: input.adapterCode ?? '',
            trackingUrlTemplate: input.trackingUrlTemplate ?? '',
            enabled: input.enabled !== false,
        }),
        transformUpdateInput: input => ({
            id: input.id,
            name: input.name,
            adapterCode: input.adapterCode,
            trackingUrlTemplate: input.trackingUrlTemplate ?? '',
            enabled: input.enabled,
        }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(errorMessage(err)),
    });
    async function afterSave(data: unknown): Promise<void> {
        const failed = errorResultMessage(data);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(creating ? t`Carrier created` : t`Carrier updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }
    const adapterCode = form.watch('adapterCode') ?? entity?.adapterCode;
    const acceptsWebhooks = adapters.find(a => a.code === adapterCode)?.acceptsWebhooks ?? false;

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New carrier</Trans> : <span translate="no">{entity?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateCarrier', 'CreateCarrier']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        {creating ? (
                            <FormFieldWrapper
                                control={form.control}
                                name={'code' as 'name'}
                                label={<Trans>Code</Trans>}
                                description={
                                    <Trans>
                                        Lower-case letters, digits and dashes; it cannot change later.
                                    </Trans>
                                }
                                render={({ field }) => (
                                    <Input {...field} value={field.value ?? ''} translate="no" />
                                )}
                            />
                        ) : (
                            <div className="space-y-1">
                                <div className="text-sm font-medium">
                                    <Trans>Code</Trans>
                                </div>
                                <div className="text-sm" translate="no">
                                    {entity?.code ?? ''}
                                </div>
                            </div>
                        )}
                        <FormFieldWrapper
                            control={form.control}
                            name="name"
                            label={<Trans>Name</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={field.value ?? ''} translate="no" />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="adapterCode"
                            label={<Trans>Adapter</Trans>}
                            description={
                                <Trans>
                                    How Triflow talks to the carrier: events entered by hand, or webhooks.
                                </Trans>
                            }
                            render={({ field }) => (
                                <OptionSelect<string>
                                    value={field.value}
                                    onChange={field.onChange}
                                    ariaLabel={t`Adapter`}
                                    options={adapters.map(a => ({
                                        value: a.code,
                                        label: <AdapterLabel code={a.code} description={a.description} />,
                                    }))}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="trackingUrlTemplate"
                            label={<Trans>Tracking URL template</Trans>}
                            description={
                                <Trans>
                                    The tracking page; trackingNumber in curly brackets is replaced.
                                </Trans>
                            }
                            render={({ field }) => (
                                <Input
                                    {...field}
                                    value={field.value ?? ''}
                                    translate="no"
                                    placeholder="https://carrier.example/track?n={trackingNumber}"
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="enabled"
                            label={<Trans>Enabled</Trans>}
                            description={
                                <Trans>Disabled carriers take no new fulfillments and no webhooks.</Trans>
                            }
                            render={({ field }) => (
                                <Switch checked={field.value ?? true} onCheckedChange={field.onChange} />
                            )}
                        />
                    </DetailFormGrid>
                </PageBlock>
                {entity && !creating && acceptsWebhooks ? (
                    <PageBlock column="side" blockId="webhook" title={<Trans>Webhook</Trans>}>
                        <WebhookBlock
                            id={entity.id}
                            path={entity.webhookPath}
                            secret={entity.webhookSecret ?? null}
                            previousSecretValidUntil={entity.previousSecretValidUntil ?? null}
                        />
                    </PageBlock>
                ) : null}
            </PageLayout>
        </Page>
    );
}

/** An adapter's description in words for the built-in ones, else the adapter's own description. */
function AdapterLabel({ code, description }: { code: string; description: string }) {
    if (code === 'manual') {
        return <Trans>Manual: staff enter tracking events</Trans>;
    }
    if (code === 'generic-webhook') {
        return <Trans>Generic webhook: the carrier posts signed events</Trans>;
    }
    return (
        <span translate="no">
            {description} ({code})
        </span>
    );
}

function WebhookBlock({
    id,
    path,
    secret,
    previousSecretValidUntil,
}: {
    id: string;
    path: string;
    secret: string | null;
    previousSecretValidUntil: string | null;
}) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const queryClient = useQueryClient();
    const [shown, setShown] = useState(false);
    const [graceHours, setGraceHours] = useState(24);
    const url = `${window.location.origin}${path}`;
    const rotate = useMutation({
        mutationFn: () => api.mutate(rotateCarrierSecretDocument, { id, graceHours }),
        onSuccess: async () => {
            toast.success(t`New webhook secret issued`);
            setShown(true);
            await queryClient.invalidateQueries();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const copy = (text: string) => {
        void navigator.clipboard.writeText(text).then(() => toast.success(t`Copied`));
    };
    return (
        <div className="space-y-4 text-sm">
            <div className="space-y-1">
                <div className="text-muted-foreground font-medium">
                    <Trans>Webhook URL (POST)</Trans>
                </div>
                <div className="flex items-center gap-2">
                    <code className="break-all" translate="no">
                        {url}
                    </code>
                    <Button type="button" variant="outline" size="sm" onClick={() => copy(url)}>
                        <Trans>Copy</Trans>
                    </Button>
                </div>
            </div>
            {secret ? (
                <div className="space-y-1">
                    <div className="text-muted-foreground font-medium">
                        <Trans>Signing secret</Trans>
                    </div>
                    <code className="block break-all" translate="no">
                        {shown ? secret : '•'.repeat(24)}
                    </code>
                    <div className="flex gap-2">
                        <Button type="button" variant="outline" size="sm" onClick={() => setShown(!shown)}>
                            {shown ? <Trans>Hide</Trans> : <Trans>Show</Trans>}
                        </Button>
                        <Button type="button" variant="outline" size="sm" onClick={() => copy(secret)}>
                            <Trans>Copy</Trans>
                        </Button>
                    </div>
                </div>
            ) : (
                <p className="text-muted-foreground">
                    <Trans>Reading the secret needs the UpdateCarrier permission.</Trans>
                </p>
            )}
            {previousSecretValidUntil ? (
                <p>
                    <Trans>The previous secret is accepted until</Trans>{' '}
                    {formatDate(previousSecretValidUntil)}
                </p>
            ) : null}
            <PermissionGuard requires={['UpdateCarrier']}>
                <div className="space-y-2">
                    <label className="text-muted-foreground block font-medium" htmlFor="grace-hours">
                        <Trans>Hours the old secret stays valid</Trans>
                    </label>
                    <Input
                        id="grace-hours"
                        type="number"
                        value={graceHours}
                        min={0}
                        max={720}
                        onChange={e => setGraceHours(Math.max(0, Math.min(720, Number(e.target.value) || 0)))}
                    />
                    <Button
                        type="button"
                        variant="destructive"
                        disabled={rotate.isPending}
                        onClick={() => rotate.mutate()}
                    >
                        <Trans>Rotate secret</Trans>
                    </Button>
                </div>
            </PermissionGuard>
        </div>
    );
}
