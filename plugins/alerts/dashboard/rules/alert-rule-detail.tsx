import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    Checkbox,
    ConfigurableOperationSelector,
    Input,
    Label,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Switch,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import type { VariablesOf } from '@/gql';

import {
    alertConditionsQuery,
    alertRuleDetailQuery,
    createAlertRuleDocument,
    roleOptionsQuery,
    updateAlertRuleDocument,
} from '../alerts.graphql';
import { useAdministratorLabel, useAdministratorSelectorConfig } from '../common/administrator-selector';
import { useAlertConditions } from '../common/alert-conditions';
import { EntityField, EntityListField } from '../common/entity-picker';
import { errorMessage } from '../common/error-result';
import { ALERT_SEVERITIES, AlertSeverityCode, useAlertSeverityLabels } from '../common/labels';
import { OptionSelect } from '../common/option-select';
import { useWebhookEndpointSelectorConfig, WebhookEndpointLabel } from '../common/webhook-selectors';

type Condition = { code: string; arguments: Array<{ name: string; value: string }> };

interface RuleForm {
    name: string;
    enabled: boolean;
    condition: Condition | undefined;
    severity: AlertSeverityCode;
    assigneeAdministratorId: string | null;
    assigneeRoleId: string | null;
    dueInHours: string;
    recipientRoleIds: string[];
    recipientEmails: string;
    webhookEndpoints: Array<{ id: string; label: ReactNode }>;
    renotifyIntervalMinutes: string;
    quietHoursStart: string;
    quietHoursEnd: string;
}

const emptyForm: RuleForm = {
    name: '',
    enabled: true,
    condition: undefined,
    severity: 'warning',
    assigneeAdministratorId: null,
    assigneeRoleId: null,
    dueInHours: '',
    recipientRoleIds: [],
    recipientEmails: '',
    webhookEndpoints: [],
    renotifyIntervalMinutes: '',
    quietHoursStart: '',
    quietHoursEnd: '',
};

const intOrNull = (v: string) => (v.trim() === '' ? null : Number.parseInt(v, 10));

/**
 * An alert rule, new or existing: name, enabled, the condition with its arguments in Vendure's generated
 * configurable-operation form (as promotions edit theirs), severity, the assignee, recipients (roles, email
 * addresses and webhook endpoints, picked by name or URL), the due time, the re-notify interval and quiet hours.
 */
export function AlertRuleDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    // The router keeps the page mounted from one id to the next (one, then "new"): a fresh form for each.
    return <AlertRuleDetail key={params.id} params={params} />;
}

function AlertRuleDetail({ params }: { params: { id: string } }) {
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const severityLabels = useAlertSeverityLabels();
    const adminConfig = useAdministratorSelectorConfig();
    const endpointConfig = useWebhookEndpointSelectorConfig();
    const queryKey = ['alert-rule', params.id];
    const { data } = useQuery({
        queryKey,
        queryFn: () => api.query(alertRuleDetailQuery, { id: params.id }),
        enabled: !creating,
    });
    const { data: roles } = useQuery({
        queryKey: ['alert-role-options'],
        queryFn: () => api.query(roleOptionsQuery, {}),
    });
    // Condition labels in the Dashboard's UI language, under the key the selector reads its options from.
    const { queryKey: conditionsKey, conditions } = useAlertConditions();
    const rule = data?.alertRule;
    const [form, setForm] = useState<RuleForm>(emptyForm);
    const [conditionValid, setConditionValid] = useState(true);
    useEffect(() => {
        if (rule) {
            setForm({
                name: rule.name,
                enabled: rule.enabled,
                condition: {
                    code: rule.condition.code,
                    arguments: rule.condition.args.map(a => ({ name: a.name, value: a.value })),
                },
                severity: rule.severity,
                assigneeAdministratorId: rule.assigneeAdministratorId ?? null,
                assigneeRoleId: rule.assigneeRoleId ?? null,
                dueInHours: rule.dueInHours?.toString() ?? '',
                recipientRoleIds: rule.recipientRoleIds,
                recipientEmails: rule.recipientEmails.join(', '),
                webhookEndpoints: rule.webhookEndpoints.map(e => ({
                    id: e.id,
                    label: <WebhookEndpointLabel name={e.name} url={e.url} enabled={e.enabled} />,
                })),
                renotifyIntervalMinutes: rule.renotifyIntervalMinutes?.toString() ?? '',
                quietHoursStart: rule.quietHoursStart ?? '',
                quietHoursEnd: rule.quietHoursEnd ?? '',
            });
        }
    }, [rule]);
    const assignee = useAdministratorLabel(form.assigneeAdministratorId);
    const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) =>
        setForm(f => ({ ...f, [key]: value }));

    const save = useMutation({
        mutationFn: async () => {
            if (!form.condition) {
                throw new Error(t`Choose a condition`);
            }
            const common = {
                name: form.name.trim(),
                enabled: form.enabled,
                condition: form.condition,
                severity: form.severity,
                assigneeAdministratorId: form.assigneeAdministratorId,
                assigneeRoleId: form.assigneeRoleId,
                dueInHours: intOrNull(form.dueInHours),
                recipientRoleIds: form.recipientRoleIds,
                recipientEmails: form.recipientEmails
                    .split(/[,\s]+/)
                    .map(e => e.trim())
                    .filter(Boolean),
                webhookEndpointIds: form.webhookEndpoints.map(e => e.id),
                renotifyIntervalMinutes: intOrNull(form.renotifyIntervalMinutes),
                quietHoursStart: form.quietHoursStart || null,
                quietHoursEnd: form.quietHoursEnd || null,
            };
            if (creating) {
                const variables: VariablesOf<typeof createAlertRuleDocument> = { input: common };
                const { createAlertRule } = await api.mutate(createAlertRuleDocument, variables);
                return createAlertRule.id;
            }
            const variables: VariablesOf<typeof updateAlertRuleDocument> = {
                input: { id: params.id, ...common },
            };
            const { updateAlertRule } = await api.mutate(updateAlertRuleDocument, variables);
            return updateAlertRule.id;
        },
        onSuccess: async id => {
            toast.success(creating ? t`Alert rule created` : t`Alert rule updated`);
            await queryClient.invalidateQueries({ queryKey });
            if (creating) {
                await navigate({ to: '/alert-rules/$id', params: { id } });
            }
        },
        onError: err => toast.error(errorMessage(err)),
    });

    return (
        <Page pageId="alert-rule-detail">
            <PageTitle>
                {creating ? <Trans>New alert rule</Trans> : <span translate="no">{rule?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem
                    itemId="save-button"
                    requiresPermission={['UpdateAlertRule', 'CreateAlertRule']}
                >
                    <Button
                        type="button"
                        data-testid="alert-rule-save"
                        disabled={save.isPending || !form.name.trim() || !form.condition || !conditionValid}
                        onClick={() => save.mutate()}
                    >
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="rule" title={<Trans>Rule</Trans>}>
                    <div className="grid gap-4 md:grid-cols-2">
                        <Field label={<Trans>Name</Trans>} htmlFor="alert-rule-name">
                            <Input
                                id="alert-rule-name"
                                value={form.name}
                                onChange={e => set('name', e.target.value)}
                            />
                        </Field>
                        <Field label={<Trans>Severity</Trans>}>
                            <OptionSelect<AlertSeverityCode>
                                value={form.severity}
                                onChange={v => set('severity', v)}
                                ariaLabel={t`Severity`}
                                options={ALERT_SEVERITIES.map(s => ({ value: s, label: severityLabels[s] }))}
                            />
                        </Field>
                        <Field label={<Trans>Enabled</Trans>}>
                            <Switch checked={form.enabled} onCheckedChange={v => set('enabled', !!v)} />
                        </Field>
                    </div>
                </PageBlock>
                <PageBlock
                    column="main"
                    blockId="condition"
                    title={<Trans context="alert rule">Condition</Trans>}
                >
                    {conditions && (
                        <ConfigurableOperationSelector
                            value={form.condition}
                            onChange={v => set('condition', v)}
                            queryDocument={alertConditionsQuery}
                            queryKey={conditionsKey}
                            dataPath="alertConditions"
                            buttonText={t`Choose a condition`}
                            onValidityChange={setConditionValid}
                        />
                    )}
                </PageBlock>
                <PageBlock column="main" blockId="notifications" title={<Trans>Notifications</Trans>}>
                    <div className="grid gap-4 md:grid-cols-2">
                        <Field
                            label={<Trans>Email addresses (comma-separated)</Trans>}
                            htmlFor="alert-rule-emails"
                        >
                            <Input
                                id="alert-rule-emails"
                                value={form.recipientEmails}
                                onChange={e => set('recipientEmails', e.target.value)}
                            />
                        </Field>
                        <Field label={<Trans>Re-notify after (minutes)</Trans>} htmlFor="alert-rule-renotify">
                            <Input
                                id="alert-rule-renotify"
                                type="number"
                                min={1}
                                value={form.renotifyIntervalMinutes}
                                onChange={e => set('renotifyIntervalMinutes', e.target.value)}
                            />
                        </Field>
                        <Field label={<Trans>Quiet hours from (UTC)</Trans>} htmlFor="alert-rule-quiet-start">
                            <Input
                                id="alert-rule-quiet-start"
                                type="time"
                                value={form.quietHoursStart}
                                onChange={e => set('quietHoursStart', e.target.value)}
                            />
                        </Field>
                        <Field label={<Trans>Quiet hours to (UTC)</Trans>} htmlFor="alert-rule-quiet-end">
                            <Input
                                id="alert-rule-quiet-end"
                                type="time"
                                value={form.quietHoursEnd}
                                onChange={e => set('quietHoursEnd', e.target.value)}
                            />
                        </Field>
                    </div>
                    <div className="mt-4 space-y-2">
                        <Label>
                            <Trans>Roles whose administrators are emailed</Trans>
                        </Label>
                        <div className="flex flex-wrap gap-4">
                            {(roles?.roles.items ?? []).map(r => (
                                <label key={r.id} className="flex items-center gap-2 text-sm">
                                    <Checkbox
                                        checked={form.recipientRoleIds.includes(r.id)}
                                        onCheckedChange={checked =>
                                            set(
                                                'recipientRoleIds',
                                                checked
                                                    ? [...form.recipientRoleIds, r.id]
                                                    : form.recipientRoleIds.filter(id => id !== r.id),
                                            )
                                        }
                                    />
                                    <span translate="no">{r.description || r.code}</span>
                                </label>
                            ))}
                        </div>
                    </div>
                    <div className="mt-4 space-y-2">
                        <Label>
                            <Trans>Webhook endpoints</Trans>
                        </Label>
                        <p className="text-muted-foreground text-sm">
                            <Trans>Each alert of the rule is posted, signed, to these endpoints.</Trans>
                        </p>
                        <EntityListField
                            config={endpointConfig}
                            value={form.webhookEndpoints}
                            onChange={v => set('webhookEndpoints', v)}
                            label={<Trans>Add a webhook endpoint</Trans>}
                            removeLabel={t`Remove`}
                            testId="alert-rule-add-webhook"
                        />
                    </div>
                </PageBlock>
                <PageBlock column="side" blockId="assignee" title={<Trans>Assignee</Trans>}>
                    <div className="space-y-3">
                        <EntityField
                            config={adminConfig}
                            value={form.assigneeAdministratorId}
                            current={assignee}
                            label={<Trans>Assign to an administrator</Trans>}
                            removeLabel={t`Unassign`}
                            testId="alert-rule-assignee"
                            onChange={id =>
                                setForm(f => ({ ...f, assigneeAdministratorId: id, assigneeRoleId: null }))
                            }
                        />
                        <Field label={<Trans>Or a role</Trans>}>
                            <OptionSelect<string>
                                value={form.assigneeRoleId ?? ''}
                                onChange={v =>
                                    setForm(f => ({
                                        ...f,
                                        assigneeRoleId: v || null,
                                        assigneeAdministratorId: v ? null : f.assigneeAdministratorId,
                                    }))
                                }
                                ariaLabel={t`Assignee role`}
                                options={[
                                    { value: '', label: <Trans>No role</Trans> },
                                    ...(roles?.roles.items ?? []).map(r => ({
                                        value: r.id,
                                        label: <span translate="no">{r.description || r.code}</span>,
                                    })),
                                ]}
                            />
                        </Field>
                        <Field label={<Trans>Due after (hours)</Trans>} htmlFor="alert-rule-due">
                            <Input
                                id="alert-rule-due"
                                type="number"
                                min={1}
                                value={form.dueInHours}
                                onChange={e => set('dueInHours', e.target.value)}
                            />
                        </Field>
                    </div>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

function Field({ label, htmlFor, children }: { label: ReactNode; htmlFor?: string; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <Label htmlFor={htmlFor}>{label}</Label>
            {children}
        </div>
    );
}
