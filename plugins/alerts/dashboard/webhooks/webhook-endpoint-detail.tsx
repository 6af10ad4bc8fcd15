import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    Input,
    Label,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PasswordInput,
    Switch,
    usePermissions,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import type { VariablesOf } from '@/gql';

import {
    createWebhookEndpointDocument,
    redeliverFailedWebhooksDocument,
    sendTestWebhookDocument,
    updateWebhookEndpointDocument,
    webhookEndpointDetailQuery,
} from '../alerts.graphql';
import { ConfirmButton } from '../common/confirm-button';
import { EntityListField } from '../common/entity-picker';
import { errorMessage } from '../common/error-result';
import { useWebhookSigningLabels, WEBHOOK_SIGNINGS, WebhookSigningCode } from '../common/labels';
import { OptionSelect } from '../common/option-select';
import { AlertRuleLabel, useAlertRuleSelectorConfig } from '../common/webhook-selectors';

import { ENDPOINT_DELIVERIES_KEY, EndpointDeliveries } from './webhook-deliveries-table';

/** The API's minimum secret length (see WebhookService). */
const MIN_SECRET_LENGTH = 16;

interface EndpointForm {
    name: string;
    url: string;
    enabled: boolean;
    signing: WebhookSigningCode;
    /** A new secret; empty keeps the stored one (which the API never returns). */
    secret: string;
    rules: Array<{ id: string; label: ReactNode }>;
}

const emptyForm: EndpointForm = { name: '', url: '', enabled: true, signing: 'hmac', secret: '', rules: [] };

/** Whether the text is an http(s) URL, as the API checks it. */
function isHttpUrl(text: string): boolean {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
        return false;
    }
}

/**
 * A webhook endpoint, new or existing: name, URL, enabled, the signing method, the shared secret (write-only:
 * typed to set or change it, never shown), the rules whose alerts go to it (picked by name; the link lives on
 * the rules, the API sets it from here), and its latest deliveries.
 */
export function WebhookEndpointDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    // The router keeps the page mounted from one id to the next (an endpoint, then "new"): a fresh form for each.
    return <WebhookEndpointDetail key={params.id} params={params} />;
}

function WebhookEndpointDetail({ params }: { params: { id: string } }) {
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const { hasPermissions } = usePermissions();
    const signingLabels = useWebhookSigningLabels();
    const ruleConfig = useAlertRuleSelectorConfig();
    const queryKey = ['alert-webhook-endpoint', params.id];
    const { data } = useQuery({
        queryKey,
        queryFn: () => api.query(webhookEndpointDetailQuery, { id: params.id }),
        enabled: !creating,
    });
    const endpoint = data?.webhookEndpoint;
    const [form, setForm] = useState<EndpointForm>(emptyForm);
    const [saved, setSaved] = useState<EndpointForm>(emptyForm);
    useEffect(() => {
        if (endpoint) {
            const loaded: EndpointForm = {
                name: endpoint.name,
                url: endpoint.url,
                enabled: endpoint.enabled,
                signing: endpoint.signing,
                secret: '',
                rules: endpoint.rules.map(r => ({
                    id: r.id,
                    label: <AlertRuleLabel name={r.name} enabled={r.enabled} />,
                })),
            };
            setForm(loaded);
            setSaved(loaded);
        }
    }, [endpoint]);
    const set = <K extends keyof EndpointForm>(key: K, value: EndpointForm[K]) =>
        setForm(f => ({ ...f, [key]: value }));

    const ruleIds = form.rules.map(r => r.id);
    const dirty =
        creating ||
        form.name !== saved.name ||
        form.url !== saved.url ||
        form.enabled !== saved.enabled ||
        form.signing !== saved.signing ||
        form.secret !== '' ||
        ruleIds.join() !== saved.rules.map(r => r.id).join();
    const secretTooShort = form.secret !== '' && form.secret.length < MIN_SECRET_LENGTH;
    const urlInvalid = form.url.trim() !== '' && !isHttpUrl(form.url.trim());
    const valid =
        !!form.name.trim() &&
        isHttpUrl(form.url.trim()) &&
        !secretTooShort &&
        (!creating || form.secret.length >= MIN_SECRET_LENGTH);
    // Naming rules changes them: creating an endpoint for rules takes UpdateAlertRule too (as the API checks).
    const mayAssignRules = hasPermissions(['UpdateAlertRule']);

    const save = useMutation({
        mutationFn: async () => {
            const common = {
                name: form.name.trim(),
                url: form.url.trim(),
                enabled: form.enabled,
                signing: form.signing,
            };
            if (creating) {
                const variables: VariablesOf<typeof createWebhookEndpointDocument> = {
                    input: { ...common, secret: form.secret, ...(ruleIds.length ? { ruleIds } : {}) },
                };
                const { createWebhookEndpoint } = await api.mutate(createWebhookEndpointDocument, variables);
                return createWebhookEndpoint.id;
            }
            const variables: VariablesOf<typeof updateWebhookEndpointDocument> = {
                input: {
                    id: params.id,
                    ...common,
                    ...(form.secret ? { secret: form.secret } : {}),
                    ...(mayAssignRules ? { ruleIds } : {}),
                },
            };
            const { updateWebhookEndpoint } = await api.mutate(updateWebhookEndpointDocument, variables);
            return updateWebhookEndpoint.id;
        },
        onSuccess: async id => {
            toast.success(creating ? t`Webhook endpoint created` : t`Webhook endpoint updated`);
            set('secret', '');
            await queryClient.invalidateQueries({ queryKey });
            await queryClient.invalidateQueries({ queryKey: ['relationSelector'] });
            if (creating) {
                await navigate({ to: '/alert-webhooks/$id', params: { id } });
            }
        },
        onError: err => toast.error(errorMessage(err)),
    });

    const sendTest = useMutation({
        mutationFn: () => api.mutate(sendTestWebhookDocument, { endpointId: params.id }),
        onSuccess: async ({ sendTestWebhook: d }) => {
            if (d.success) {
                toast.success(t`Test delivered`, { description: `HTTP ${d.statusCode ?? ''}` });
            } else {
                toast.error(t`Test delivery failed`, { description: d.error ?? undefined });
            }
            await queryClient.invalidateQueries({ queryKey: [ENDPOINT_DELIVERIES_KEY] });
        },
        onError: err => toast.error(errorMessage(err)),
    });

    return (
        <Page pageId="alert-webhook-endpoint-detail">
            <PageTitle>
                {creating ? (
                    <Trans>New webhook endpoint</Trans>
                ) : (
                    <span translate="no">{endpoint?.name ?? ''}</span>
                )}
            </PageTitle>
            <PageActionBar>
                {!creating ? (
                    <ActionBarItem itemId="send-test-button" requiresPermission={['UpdateAlertRule']}>
                        <Button
                            type="button"
                            variant="secondary"
                            data-testid="webhook-endpoint-send-test"
                            disabled={sendTest.isPending || !endpoint}
                            onClick={() => sendTest.mutate()}
                        >
                            <Trans>Send test</Trans>
                        </Button>
                    </ActionBarItem>
                ) : null}
                {!creating ? (
                    <ActionBarItem itemId="redeliver-failed-button" requiresPermission={['UpdateAlertRule']}>
                        <ConfirmButton
                            testId="webhook-endpoint-redeliver-failed"
                            disabled={!endpoint?.enabled}
                            label={<Trans>Redeliver failed</Trans>}
                            title={<Trans>Redeliver every failed delivery?</Trans>}
                            description={
                                <Trans>
                                    Each alert whose latest delivery to this endpoint failed is sent again
                                    once, with the body it had, and retried like any delivery. Test deliveries
                                    are not included.
                                </Trans>
                            }
                            confirmLabel={<Trans>Redeliver</Trans>}
                            onConfirm={() =>
                                api
                                    .mutate(redeliverFailedWebhooksDocument, { endpointId: params.id })
                                    .then(async ({ redeliverFailedWebhooks: queued }) => {
                                        toast.success(t`Failed deliveries queued`, {
                                            description: String(queued),
                                        });
                                        await queryClient.invalidateQueries({
                                            queryKey: [ENDPOINT_DELIVERIES_KEY],
                                        });
                                    })
                                    .catch(err => toast.error(errorMessage(err)))
                            }
                        />
                    </ActionBarItem>
                ) : null}
                <ActionBarItem
                    itemId="save-button"
                    requiresPermission={creating ? ['CreateAlertRule'] : ['UpdateAlertRule']}
                >
                    <Button
                        type="button"
                        data-testid="webhook-endpoint-save"
                        disabled={save.isPending || !dirty || !valid}
                        onClick={() => save.mutate()}
                    >
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="endpoint" title={<Trans>Webhook endpoint</Trans>}>
                    <div className="grid gap-4 md:grid-cols-2">
                        <Field label={<Trans>Name</Trans>} htmlFor="webhook-endpoint-name">
                            <Input
                                id="webhook-endpoint-name"
                                value={form.name}
                                translate="no"
                                onChange={e => set('name', e.target.value)}
                            />
                        </Field>
                        <Field
                            label={<Trans>URL</Trans>}
                            htmlFor="webhook-endpoint-url"
                            description={<Trans>Where alerts are posted: an http or https address.</Trans>}
                            problem={urlInvalid ? <Trans>Enter an http or https URL.</Trans> : undefined}
                        >
                            <Input
                                id="webhook-endpoint-url"
                                value={form.url}
                                translate="no"
                                placeholder="https://ops.example.com/triflow-alerts"
                                aria-invalid={urlInvalid || undefined}
                                onChange={e => set('url', e.target.value)}
                            />
                        </Field>
                        <Field label={<Trans>Signing</Trans>}>
                            <OptionSelect<WebhookSigningCode>
                                value={form.signing}
                                onChange={v => set('signing', v)}
                                ariaLabel={t`Signing`}
                                options={WEBHOOK_SIGNINGS.map(s => ({ value: s, label: signingLabels[s] }))}
                            />
                        </Field>
                        <Field
                            label={<Trans>Secret</Trans>}
                            htmlFor="webhook-endpoint-secret"
                            description={
                                creating ? (
                                    <Trans>
                                        Shared with the receiver, which checks signatures with it. At least 16
                                        characters; it is never shown again.
                                    </Trans>
                                ) : (
                                    <Trans>
                                        Leave empty to keep the current secret; it is never shown. A new one
                                        needs at least 16 characters.
                                    </Trans>
                                )
                            }
                            problem={
                                secretTooShort ? (
                                    <Trans>The secret needs at least 16 characters.</Trans>
                                ) : undefined
                            }
                        >
                            <PasswordInput
                                id="webhook-endpoint-secret"
                                value={form.secret}
                                autoComplete="new-password"
                                translate="no"
                                placeholder={creating ? '' : t`Leave empty to keep`}
                                aria-invalid={secretTooShort || undefined}
                                onChange={e => set('secret', e.target.value)}
                            />
                        </Field>
                        <Field
                            label={<Trans>Enabled</Trans>}
                            description={<Trans>A disabled endpoint gets nothing.</Trans>}
                        >
                            <Switch
                                checked={form.enabled}
                                aria-label={t`Enabled`}
                                onCheckedChange={v => set('enabled', !!v)}
                            />
                        </Field>
                    </div>
                </PageBlock>
                <PageBlock column="main" blockId="rules" title={<Trans>Rules</Trans>}>
                    <div className="space-y-2">
                        <p className="text-muted-foreground text-sm">
                            <Trans>The alerts of these rules are sent to this endpoint.</Trans>
                        </p>
                        <EntityListField
                            config={ruleConfig}
                            value={form.rules}
                            onChange={v => set('rules', v)}
                            label={<Trans>Add a rule</Trans>}
                            removeLabel={t`Remove`}
                            disabled={!mayAssignRules}
                            testId="webhook-endpoint-add-rule"
                        />
                        {form.rules.length === 0 ? (
                            <p className="text-muted-foreground text-sm">
                                <Trans>No rule sends its alerts here yet.</Trans>
                            </p>
                        ) : null}
                    </div>
                </PageBlock>
                {!creating && endpoint ? (
                    <PageBlock column="main" blockId="deliveries" title={<Trans>Deliveries</Trans>}>
                        <EndpointDeliveries
                            endpointId={endpoint.id}
                            empty={<Trans>No delivery yet: no alert was sent to this endpoint.</Trans>}
                        />
                    </PageBlock>
                ) : null}
                <PageBlock column="side" blockId="signature" title={<Trans>How receivers check</Trans>}>
                    <div className="text-muted-foreground space-y-2 text-sm">
                        <p>
                            <Trans>Each alert is posted as JSON, signed in the header</Trans>{' '}
                            <code className="text-foreground" translate="no">
                                x-triflow-alert-signature
                            </code>
                        </p>
                        <p>
                            <Trans>
                                An answer other than 2xx, a timeout or a refused connection fails the attempt;
                                it is tried again with growing pauses, and every attempt is listed under
                                Deliveries.
                            </Trans>
                        </p>
                        <p>
                            <Trans>
                                Send test posts a signed body of type alert.test now. Redeliver sends a failed
                                delivery’s body again, as a new series of attempts. Deliveries are kept 30
                                days by default.
                            </Trans>
                        </p>
                        <p>
                            <Trans>
                                With JWS (RS256) the platform key signs, not the secret: receivers verify
                                against the public key set at
                            </Trans>{' '}
                            <code className="text-foreground" translate="no">
                                /alerts/.well-known/jwks.json
                            </code>
                        </p>
                    </div>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

function Field({
    label,
    htmlFor,
    description,
    problem,
    children,
}: {
    label: ReactNode;
    htmlFor?: string;
    description?: ReactNode;
    problem?: ReactNode;
    children: ReactNode;
}) {
    return (
        <div className="space-y-1">
            <Label htmlFor={htmlFor}>{label}</Label>
            {children}
            {problem ? <p className="text-destructive text-xs">{problem}</p> : null}
            {description ? <p className="text-muted-foreground text-xs">{description}</p> : null}
        </div>
    );
}
