import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Badge,
    Button,
    CustomerSelector,
    DateTimeInput,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    MoneyInput,
    NEW_ENTITY_PATH,
    NumberInput,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    Textarea,
    useChannel,
    useDetailPage,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import type { ResultOf, VariablesOf } from '@/gql';

import { EntityField, EntityPicker, itemLabel, PickedChips } from '../common/entity-picker';
import { errorMessage, errorResultMessage } from '../common/error-result';
import {
    useAdministratorSelectorConfig,
    useCompanySelectorConfig,
    usePriceListSelectorConfig,
} from '../common/entity-selectors';
import { MoneyText } from '../common/money';
import { OptionSelect } from '../common/option-select';
import { COMPANY_TIERS_QUERY_KEY, TierSelector } from '../common/tier-selector';
import { PriceListStatusBadge } from '../price-lists/price-list-list';

import {
    addCompanyMemberDocument,
    companyDetailQuery,
    createCompanyDocument,
    createDealerAgreementDocument,
    createMemberCustomerDocument,
    deleteDealerAgreementDocument,
    moveCompanyDocument,
    removeCompanyMemberDocument,
    updateCompanyDocument,
    updateCompanyMemberRoleDocument,
    updateDealerAgreementDocument,
} from './companies.graphql';
import { CompanyRoleLabel } from './company-status';

const pageId = 'company-detail';

type CompanyEntity = NonNullable<ResultOf<typeof companyDetailQuery>['company']>;
type CompanyRole = 'admin' | 'buyer' | 'viewer';
type CompanyStatus = 'active' | 'on_hold' | 'closed';
type RenewalStatus = 'open' | 'in_negotiation' | 'renewed' | 'not_renewing';

function useRoleOptions() {
    const { t } = useLingui();
    return [
        { value: 'admin' as const, label: t`Company admin` },
        { value: 'buyer' as const, label: t({ message: 'Buyer', context: 'company role' }) },
        { value: 'viewer' as const, label: t`Viewer` },
    ];
}

function useStatusOptions() {
    const { t } = useLingui();
    return [
        { value: 'active' as const, label: t({ message: 'Active', context: 'account status' }) },
        { value: 'on_hold' as const, label: t`On hold` },
        { value: 'closed' as const, label: t`Closed` },
    ];
}

function useRenewalOptions() {
    const { t } = useLingui();
    return [
        { value: 'open' as const, label: t({ message: 'Open', context: 'agreement renewal' }) },
        { value: 'in_negotiation' as const, label: t`In negotiation` },
        { value: 'renewed' as const, label: t`Renewed` },
        { value: 'not_renewing' as const, label: t`Not renewing` },
    ];
}

/**
 * A company: its details (tier, status, sales representative, and the parent when creating), members,
 * dealer agreements, hierarchy and price lists. The credit block is placed on this page by the credit part of
 * the extension. Related companies, customers, administrators and price lists are picked, never typed as ids.
 */
export function CompanyDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const statusOptions = useStatusOptions();
    const companySelector = useCompanySelectorConfig();
    const administratorSelector = useAdministratorSelectorConfig();
    const { form, submitHandler, entity, isPending, resetForm, refreshEntity } = useDetailPage({
        pageId,
        queryDocument: companyDetailQuery,
        createDocument: createCompanyDocument,
        updateDocument: updateCompanyDocument,
        setValuesForUpdate: company => ({
            id: company.id,
            name: company.name,
            code: company.code,
            tier: company.tier ?? null,
            status: company.status,
            taxId: company.taxId ?? '',
            salesRepId: company.salesRep?.id ?? null,
        }),
        // Only what the form shows: the generated form also holds empty address objects.
        transformCreateInput: input => ({
            name: input.name,
            code: input.code,
            tier: input.tier || null,
            status: input.status ?? 'active',
            taxId: input.taxId || null,
            parentId: input.parentId || null,
            salesRepId: input.salesRepId || null,
        }),
        transformUpdateInput: input => ({
            id: input.id,
            name: input.name,
            code: input.code,
            tier: input.tier || null,
            status: input.status,
            taxId: input.taxId || null,
            salesRepId: input.salesRepId || null,
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
        toast.success(creating ? t`Company created` : t`Company updated`);
        resetForm();
        await queryClient.invalidateQueries({ queryKey: COMPANY_TIERS_QUERY_KEY });
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New company</Trans> : <span translate="no">{entity?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateCompany', 'CreateCompany']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        <FormFieldWrapper
                            control={form.control}
                            name="name"
                            label={<Trans>Name</Trans>}
                            render={({ field }) => <Input {...field} value={field.value ?? ''} />}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="code"
                            label={<Trans>Code</Trans>}
                            description={
                                <Trans>Unique in the channel: letters, digits, "-", "_" and ".".</Trans>
                            }
                            render={({ field }) => (
                                <Input {...field} value={field.value ?? ''} translate="no" />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="tier"
                            label={<Trans>Tier</Trans>}
                            description={
                                <Trans>Tier price lists apply to every company of their tier.</Trans>
                            }
                            render={({ field }) => (
                                <TierSelector
                                    value={field.value ?? null}
                                    onChange={tier => field.onChange(tier)}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="status"
                            label={<Trans>Status</Trans>}
                            render={({ field }) => (
                                <OptionSelect<CompanyStatus>
                                    value={field.value ?? 'active'}
                                    onChange={field.onChange}
                                    options={statusOptions}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="taxId"
                            label={<Trans>Tax ID</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={field.value ?? ''} translate="no" />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="salesRepId"
                            label={<Trans>Sales representative</Trans>}
                            render={({ field }) => (
                                <EntityField
                                    config={administratorSelector}
                                    value={field.value}
                                    onChange={field.onChange}
                                    current={
                                        entity?.salesRep
                                            ? {
                                                  id: entity.salesRep.id,
                                                  label: itemLabel(administratorSelector, entity.salesRep),
                                              }
                                            : undefined
                                    }
                                    label={<Trans>Select an administrator</Trans>}
                                    removeLabel={t`Remove`}
                                />
                            )}
                        />
                        {creating ? (
                            <FormFieldWrapper
                                control={form.control}
                                name={'parentId' as 'name'}
                                label={<Trans>Parent company</Trans>}
                                description={<Trans>Leave empty for a top-level company.</Trans>}
                                render={({ field }) => (
                                    <EntityField
                                        config={companySelector}
                                        value={field.value}
                                        onChange={field.onChange}
                                        label={<Trans>Select a company</Trans>}
                                        removeLabel={t`Remove`}
                                    />
                                )}
                            />
                        ) : null}
                    </DetailFormGrid>
                </PageBlock>
                {entity && !creating && (
                    <>
                        <PageBlock column="main" blockId="members" title={<Trans>Members</Trans>}>
                            <MembersBlock
                                companyId={entity.id}
                                members={entity.members}
                                onChange={refreshEntity}
                            />
                        </PageBlock>
                        <PageBlock column="main" blockId="agreements" title={<Trans>Agreements</Trans>}>
                            <AgreementsBlock
                                companyId={entity.id}
                                agreements={entity.agreements}
                                onChange={refreshEntity}
                            />
                        </PageBlock>
                        <PageBlock column="side" blockId="hierarchy" title={<Trans>Hierarchy</Trans>}>
                            <HierarchyBlock company={entity} onChange={refreshEntity} />
                        </PageBlock>
                        <PageBlock column="side" blockId="price-lists" title={<Trans>Price lists</Trans>}>
                            <CompanyPriceLists priceLists={entity.priceLists} />
                        </PageBlock>
                    </>
                )}
            </PageLayout>
        </Page>
    );
}

function CompanyPriceLists({ priceLists }: { priceLists: CompanyEntity['priceLists'] }) {
    if (priceLists.length === 0) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>No price list is assigned directly to this company.</Trans>
            </p>
        );
    }
    return (
        <ul className="space-y-2 text-sm">
            {priceLists.map(({ priority, ...l }) => (
                <li key={l.id} className="flex flex-wrap items-center gap-2">
                    <Link to="/price-lists/$id" params={{ id: l.id }} className="underline">
                        {l.name}
                    </Link>
                    <span className="text-muted-foreground" translate="no">
                        {l.currencyCode}
                    </span>
                    <span className="text-muted-foreground">
                        <Trans>Priority</Trans> {priority}
                    </span>
                    <PriceListStatusBadge status={l.status} />
                </li>
            ))}
        </ul>
    );
}

function MembersBlock({
    companyId,
    members,
    onChange,
}: {
    companyId: string;
    members: CompanyEntity['members'];
    onChange: () => void;
}) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const { hasPermissions } = usePermissions();
    const canUpdate = hasPermissions(['UpdateCompany']);
    const roles = useRoleOptions();
    const [candidate, setCandidate] = useState<{ id: string; name: string; email: string } | null>(null);
    const [role, setRole] = useState<CompanyRole>('buyer');
    const done = async () => {
        await queryClient.invalidateQueries({ queryKey: ['B2bCustomerCompany'] });
        onChange();
    };
    const add = useMutation({
        mutationFn: async (customerId: string) => {
            const { addCompanyMember } = await api.mutate(addCompanyMemberDocument, {
                input: { companyId, customerId, role },
            });
            const failed = errorResultMessage(addCompanyMember);
            if (failed) {
                throw new Error(failed);
            }
        },
        onSuccess: async () => {
            setCandidate(null);
            toast.success(t`Member added`);
            await done();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const remove = useMutation({
        mutationFn: (customerId: string) =>
            api.mutate(removeCompanyMemberDocument, { companyId, customerId }),
        onSuccess: async () => {
            toast.success(t`Member removed`);
            await done();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const changeRole = useMutation({
        mutationFn: (v: { customerId: string; role: CompanyRole }) =>
            api.mutate(updateCompanyMemberRoleDocument, { input: { companyId, ...v } }),
        onSuccess: async () => {
            toast.success(t`Role changed`);
            await done();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <div className="space-y-4">
            {members.length === 0 ? (
                <p className="text-muted-foreground text-sm">
                    <Trans>No members yet.</Trans>
                </p>
            ) : (
                <Table>
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Customer</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Email</Trans>
                            </TableHead>
                            <TableHead className="w-48">
                                <Trans>Role</Trans>
                            </TableHead>
                            <TableHead className="w-24" />
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {members.map(m => (
                            <TableRow key={m.id}>
                                <TableCell>
                                    <Link
                                        to="/customers/$id"
                                        params={{ id: m.customerId }}
                                        className="underline"
                                    >
                                        {m.customer.firstName} {m.customer.lastName}
                                    </Link>
                                </TableCell>
                                <TableCell translate="no">{m.customer.emailAddress}</TableCell>
                                <TableCell>
                                    {canUpdate ? (
                                        <OptionSelect<CompanyRole>
                                            value={m.role}
                                            onChange={v =>
                                                changeRole.mutate({ customerId: m.customerId, role: v })
                                            }
                                            options={roles}
                                            ariaLabel={t`Role`}
                                        />
                                    ) : (
                                        <CompanyRoleLabel role={m.role} />
                                    )}
                                </TableCell>
                                <TableCell className="text-right">
                                    <PermissionGuard requires={['UpdateCompany']}>
                                        <Button
                                            type="button"
                                            variant="ghost"
                                            size="sm"
                                            disabled={remove.isPending}
                                            onClick={() => remove.mutate(m.customerId)}
                                        >
                                            <Trans>Remove</Trans>
                                        </Button>
                                    </PermissionGuard>
                                </TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            )}
            <PermissionGuard requires={['UpdateCompany']}>
                <div className="flex flex-wrap items-center gap-2">
                    <CustomerSelector
                        label={
                            candidate ? (
                                <Trans>Choose another customer</Trans>
                            ) : (
                                <Trans>Choose a customer</Trans>
                            )
                        }
                        onSelect={c =>
                            setCandidate({
                                id: c.id,
                                name: `${c.firstName} ${c.lastName}`,
                                email: c.emailAddress,
                            })
                        }
                        allowCreateNew
                        onCreateNew={async input => {
                            // The selector's input is typed against the Dashboard's own schema, which does not
                            // know this platform's customer custom fields: name the operation's types explicitly.
                            const { createCustomer } = await api.mutate<
                                ResultOf<typeof createMemberCustomerDocument>,
                                VariablesOf<typeof createMemberCustomerDocument>
                            >(createMemberCustomerDocument, {
                                input: {
                                    title: input.title,
                                    firstName: input.firstName,
                                    lastName: input.lastName,
                                    emailAddress: input.emailAddress,
                                    phoneNumber: input.phoneNumber,
                                },
                            });
                            const failed = errorResultMessage(createCustomer);
                            if (failed || !('id' in createCustomer)) {
                                toast.error(failed ?? t`The customer could not be created`);
                                return;
                            }
                            toast.success(t`Customer created`);
                            setCandidate({
                                id: createCustomer.id,
                                name: `${createCustomer.firstName} ${createCustomer.lastName}`,
                                email: createCustomer.emailAddress,
                            });
                        }}
                    />
                    {candidate ? (
                        <>
                            <span className="text-sm">
                                {candidate.name}{' '}
                                <span className="text-muted-foreground" translate="no">
                                    {candidate.email}
                                </span>
                            </span>
                            <OptionSelect<CompanyRole>
                                value={role}
                                onChange={setRole}
                                options={roles}
                                className="w-40"
                                ariaLabel={t`Role`}
                            />
                            <Button
                                type="button"
                                disabled={add.isPending}
                                onClick={() => add.mutate(candidate.id)}
                            >
                                <Trans>Add member</Trans>
                            </Button>
                        </>
                    ) : null}
                </div>
            </PermissionGuard>
        </div>
    );
}

function HierarchyBlock({ company, onChange }: { company: CompanyEntity; onChange: () => void }) {
    const { t } = useLingui();
    const companySelector = useCompanySelectorConfig();
    const [target, setTarget] = useState<string | null>(null);
    const move = useMutation({
        mutationFn: async (parentId: string | null) => {
            const { moveCompany } = await api.mutate(moveCompanyDocument, { id: company.id, parentId });
            const failed = errorResultMessage(moveCompany);
            if (failed) {
                throw new Error(failed);
            }
        },
        onSuccess: () => {
            toast.success(t`Company moved`);
            setTarget(null);
            onChange();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <div className="space-y-3 text-sm">
            <div>
                <div className="text-muted-foreground">
                    <Trans>Parent company</Trans>
                </div>
                {company.parent ? (
                    <Link to="/companies/$id" params={{ id: company.parent.id }} className="underline">
                        {company.parent.name}
                    </Link>
                ) : (
                    <Trans>None (top level)</Trans>
                )}
            </div>
            <div>
                <div className="text-muted-foreground">
                    <Trans>Sub-companies</Trans>
                </div>
                {company.children.length === 0 ? (
                    <Trans>None</Trans>
                ) : (
                    <ul className="ml-4 list-disc">
                        {company.children.map(c => (
                            <li key={c.id}>
                                <Link to="/companies/$id" params={{ id: c.id }} className="underline">
                                    {c.name}
                                </Link>{' '}
                                {c.tier ? (
                                    <Badge variant="secondary" translate="no">
                                        {c.tier}
                                    </Badge>
                                ) : null}
                            </li>
                        ))}
                    </ul>
                )}
            </div>
            <PermissionGuard requires={['UpdateCompany']}>
                <div className="space-y-2">
                    <div className="text-muted-foreground">
                        <Trans>Move under another company</Trans>
                    </div>
                    <EntityField
                        config={companySelector}
                        value={target}
                        onChange={setTarget}
                        label={<Trans>Select a company</Trans>}
                        removeLabel={t`Remove`}
                    />
                    <div className="flex flex-wrap gap-2">
                        <Button
                            type="button"
                            size="sm"
                            disabled={!target || move.isPending}
                            onClick={() => move.mutate(target)}
                        >
                            <Trans>Move</Trans>
                        </Button>
                        {company.parent ? (
                            <Button
                                type="button"
                                size="sm"
                                variant="outline"
                                disabled={move.isPending}
                                onClick={() => move.mutate(null)}
                            >
                                <Trans>Make top level</Trans>
                            </Button>
                        ) : null}
                    </div>
                </div>
            </PermissionGuard>
        </div>
    );
}

interface AgreementFormValues {
    number: string;
    startsAt: string | null;
    endsAt: string | null;
    paymentTermsDays: number | null;
    creditLimit: number | null;
    priceListIds: string[];
    terms: string;
}

function AgreementsBlock({
    companyId,
    agreements,
    onChange,
}: {
    companyId: string;
    agreements: CompanyEntity['agreements'];
    onChange: () => void;
}) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const canUpdate = hasPermissions(['UpdateCompany']);
    const renewalOptions = useRenewalOptions();
    const setRenewal = useMutation({
        mutationFn: (input: { id: string; renewalStatus: RenewalStatus }) =>
            api.mutate(updateDealerAgreementDocument, { input }),
        onSuccess: () => {
            toast.success(t`Agreement updated`);
            onChange();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const remove = useMutation({
        mutationFn: (id: string) => api.mutate(deleteDealerAgreementDocument, { id }),
        onSuccess: () => {
            toast.success(t`Agreement deleted`);
            onChange();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <div className="space-y-4">
            {agreements.length === 0 ? (
                <p className="text-muted-foreground text-sm">
                    <Trans>No agreements yet.</Trans>
                </p>
            ) : (
                <Table>
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Number</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Starts</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Ends</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Payment terms (days)</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Credit limit</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Price lists</Trans>
                            </TableHead>
                            <TableHead className="w-44">
                                <Trans>Renewal</Trans>
                            </TableHead>
                            <TableHead />
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {agreements.map(a => (
                            <TableRow key={a.id}>
                                <TableCell translate="no">{a.number}</TableCell>
                                <TableCell>{formatDate(a.startsAt)}</TableCell>
                                <TableCell>
                                    {formatDate(a.endsAt)}
                                    {a.expiryWarningSentAt ? (
                                        <Badge variant="warning" className="ml-2">
                                            <Trans>Expiry warned</Trans>
                                        </Badge>
                                    ) : null}
                                </TableCell>
                                <TableCell>{a.paymentTermsDays ?? ''}</TableCell>
                                <TableCell>
                                    <MoneyText value={a.creditLimit} currencyCode={a.currencyCode} />
                                </TableCell>
                                <TableCell>
                                    {a.priceLists.map(l => (
                                        <Link
                                            key={l.id}
                                            to="/price-lists/$id"
                                            params={{ id: l.id }}
                                            className="mr-2 underline"
                                        >
                                            {l.name}
                                        </Link>
                                    ))}
                                </TableCell>
                                <TableCell>
                                    <OptionSelect<RenewalStatus>
                                        value={a.renewalStatus}
                                        onChange={v => setRenewal.mutate({ id: a.id, renewalStatus: v })}
                                        options={renewalOptions}
                                        disabled={!canUpdate}
                                        ariaLabel={t`Renewal`}
                                    />
                                </TableCell>
                                <TableCell className="text-right">
                                    <PermissionGuard requires={['UpdateCompany']}>
                                        <Button
                                            type="button"
                                            variant="ghost"
                                            size="sm"
                                            disabled={remove.isPending}
                                            onClick={() => remove.mutate(a.id)}
                                        >
                                            <Trans>Delete</Trans>
                                        </Button>
                                    </PermissionGuard>
                                </TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            )}
            <PermissionGuard requires={['UpdateCompany']}>
                <NewAgreementForm companyId={companyId} onCreated={onChange} />
            </PermissionGuard>
        </div>
    );
}

function NewAgreementForm({ companyId, onCreated }: { companyId: string; onCreated: () => void }) {
    const { t } = useLingui();
    const { activeChannel } = useChannel();
    const priceListSelector = usePriceListSelectorConfig();
    const [pickedLists, setPickedLists] = useState<Array<{ id: string; label: ReactNode }>>([]);
    const form = useForm<AgreementFormValues>({
        defaultValues: {
            number: '',
            startsAt: null,
            endsAt: null,
            paymentTermsDays: null,
            creditLimit: null,
            priceListIds: [],
            terms: '',
        },
    });
    const values = form.watch();
    const create = useMutation({
        mutationFn: (v: AgreementFormValues) =>
            api.mutate(createDealerAgreementDocument, {
                input: {
                    companyId,
                    number: v.number.trim(),
                    startsAt: v.startsAt!,
                    endsAt: v.endsAt!,
                    terms: v.terms.trim() || undefined,
                    paymentTermsDays: v.paymentTermsDays ?? undefined,
                    creditLimit: v.creditLimit ?? undefined,
                    currencyCode:
                        v.creditLimit != null ? (activeChannel?.defaultCurrencyCode ?? undefined) : undefined,
                    priceListIds: v.priceListIds.length ? v.priceListIds : undefined,
                },
            }),
        onSuccess: () => {
            toast.success(t`Agreement created`);
            form.reset();
            onCreated();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const ready = !!values.number?.trim() && !!values.startsAt && !!values.endsAt;
    return (
        <div className="space-y-3 rounded-md border p-4" data-testid="new-agreement">
            <div className="text-sm font-medium">
                <Trans>New agreement</Trans>
            </div>
            <DetailFormGrid>
                <FormFieldWrapper
                    control={form.control}
                    name="number"
                    label={<Trans>Agreement number</Trans>}
                    render={({ field }) => <Input {...field} translate="no" />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="priceListIds"
                    label={<Trans>Price lists</Trans>}
                    render={({ field }) => (
                        <div className="space-y-2">
                            <PickedChips
                                items={pickedLists.filter(l => field.value.includes(l.id))}
                                onRemove={id => field.onChange(field.value.filter(v => v !== id))}
                                removeLabel={t`Remove`}
                            />
                            <EntityPicker
                                config={priceListSelector}
                                exclude={field.value}
                                label={<Trans>Select price lists</Trans>}
                                onPick={l => {
                                    setPickedLists(all => [
                                        ...all,
                                        { id: l.id, label: itemLabel(priceListSelector, l) },
                                    ]);
                                    field.onChange([...field.value, l.id]);
                                }}
                            />
                        </div>
                    )}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="startsAt"
                    label={<Trans>Starts</Trans>}
                    render={({ field }) => <DateTimeInput {...field} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="endsAt"
                    label={<Trans>Ends</Trans>}
                    render={({ field }) => <DateTimeInput {...field} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="paymentTermsDays"
                    label={<Trans>Payment terms (days)</Trans>}
                    render={({ field }) => <NumberInput {...field} min={0} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="creditLimit"
                    label={<Trans>Credit limit</Trans>}
                    render={({ field }) => <MoneyInput {...field} value={field.value ?? 0} />}
                />
            </DetailFormGrid>
            <FormFieldWrapper
                control={form.control}
                name="terms"
                label={<Trans>Terms</Trans>}
                render={({ field }) => <Textarea {...field} rows={3} />}
            />
            <Button
                type="button"
                disabled={!ready || create.isPending}
                onClick={() => void form.handleSubmit(v => create.mutate(v))()}
            >
                <Trans>Add agreement</Trans>
            </Button>
        </div>
    );
}
