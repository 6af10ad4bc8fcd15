import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
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
    useDetailPage,
    useLocalFormat,
} from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf } from '@/gql';

import { NativeSelect } from '../common/native-select';

import {
    addCompanyMemberDocument,
    companyDetailQuery,
    createCompanyDocument,
    createDealerAgreementDocument,
    customerByEmailQuery,
    moveCompanyDocument,
    removeCompanyMemberDocument,
    updateCompanyDocument,
    updateCompanyMemberRoleDocument,
} from './companies.graphql';
import { CompanyRoleLabel } from './company-status';

const pageId = 'company-detail';

type ErrorLike = { errorCode?: string; message?: string } | null | undefined;

function errorMessage(result: unknown): string | undefined {
    const r = result as ErrorLike;
    return r?.errorCode ? (r.message ?? r.errorCode) : undefined;
}

/** A company: its details, hierarchy, members, price lists and agreements (credit is a block of its own). */
export function CompanyDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const { form, submitHandler, entity, isPending, resetForm, refreshEntity } = useDetailPage({
        pageId,
        queryDocument: companyDetailQuery,
        createDocument: createCompanyDocument,
        updateDocument: updateCompanyDocument,
        setValuesForUpdate: company => ({
            id: company.id,
            name: company.name,
            code: company.code,
            tier: company.tier ?? '',
            status: company.status,
            taxId: company.taxId ?? '',
        }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    async function afterSave(data: unknown): Promise<void> {
        const failed = errorMessage(data);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(creating ? t`Company created` : t`Company updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>{creating ? <Trans>New company</Trans> : (entity?.name ?? '')}</PageTitle>
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
                            render={({ field }) => <Input {...field} value={field.value ?? ''} />}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="tier"
                            label={<Trans>Tier</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={field.value ?? ''} placeholder="gold" />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="status"
                            label={<Trans>Status</Trans>}
                            render={({ field }) => (
                                <NativeSelect
                                    value={field.value ?? 'active'}
                                    onChange={e => field.onChange(e.target.value)}
                                    options={[
                                        { value: 'active', label: t`Active` },
                                        { value: 'on_hold', label: t`On hold` },
                                        { value: 'closed', label: t`Closed` },
                                    ]}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="taxId"
                            label={<Trans>Tax ID</Trans>}
                            render={({ field }) => <Input {...field} value={field.value ?? ''} />}
                        />
                    </DetailFormGrid>
                </PageBlock>
                {entity && (
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
                            {entity.priceLists.length === 0 ? (
                                <p className="text-muted-foreground text-sm">
                                    <Trans>No price list is assigned directly to this company.</Trans>
                                </p>
                            ) : (
                                <ul className="space-y-1 text-sm">
                                    {entity.priceLists.map(l => (
                                        <li key={l.id}>
                                            <Link
                                                to="/price-lists/$id"
                                                params={{ id: l.id }}
                                                className="underline"
                                            >
                                                {l.name}
                                            </Link>{' '}
                                            <span className="text-muted-foreground">
                                                {l.currencyCode} · P{l.priority} · {l.status}
                                            </span>
                                        </li>
                                    ))}
                                </ul>
                            )}
                        </PageBlock>
                    </>
                )}
            </PageLayout>
        </Page>
    );
}

type CompanyEntity = NonNullable<ResultOf<typeof companyDetailQuery>['company']>;

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
    const [email, setEmail] = useState('');
    const [role, setRole] = useState<'admin' | 'buyer' | 'viewer'>('buyer');
    const roles = [
        { value: 'admin', label: t`Company admin` },
        { value: 'buyer', label: t`Buyer` },
        { value: 'viewer', label: t`Viewer` },
    ];
    const done = async () => {
        await queryClient.invalidateQueries();
        onChange();
    };
    const add = useMutation({
        mutationFn: async () => {
            const { customers } = await api.query(customerByEmailQuery, { email: email.trim() });
            const customer = customers.items[0];
            if (!customer) {
                throw new Error(t`No customer with this email address`);
            }
            const { addCompanyMember } = await api.mutate(addCompanyMemberDocument, {
                input: { companyId, customerId: customer.id, role },
            });
            const failed = errorMessage(addCompanyMember);
            if (failed) {
                throw new Error(failed);
            }
        },
        onSuccess: async () => {
            setEmail('');
            toast.success(t`Member added`);
            await done();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const remove = useMutation({
        mutationFn: (customerId: string) =>
            api.mutate(removeCompanyMemberDocument, { companyId, customerId }),
        onSuccess: done,
    });
    const changeRole = useMutation({
        mutationFn: (v: { customerId: string; role: 'admin' | 'buyer' | 'viewer' }) =>
            api.mutate(updateCompanyMemberRoleDocument, { input: { companyId, ...v } }),
        onSuccess: done,
    });
    return (
        <div className="space-y-3">
            <table className="w-full text-sm">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th className="py-1">
                            <Trans>Customer</Trans>
                        </th>
                        <th>
                            <Trans>Email</Trans>
                        </th>
                        <th>
                            <Trans>Role</Trans>
                        </th>
                        <th />
                    </tr>
                </thead>
                <tbody>
                    {members.map(m => (
                        <tr key={m.id} className="border-t">
                            <td className="py-1">
                                <Link to="/customers/$id" params={{ id: m.customerId }} className="underline">
                                    {m.customer.firstName} {m.customer.lastName}
                                </Link>
                            </td>
                            <td>{m.customer.emailAddress}</td>
                            <td>
                                <PermissionGuard requires={['UpdateCompany']}>
                                    <NativeSelect
                                        value={m.role}
                                        onChange={e =>
                                            changeRole.mutate({
                                                customerId: m.customerId,
                                                role: e.target.value as 'admin' | 'buyer' | 'viewer',
                                            })
                                        }
                                        options={roles}
                                    />
                                </PermissionGuard>
                                <span className="sr-only">
                                    <CompanyRoleLabel role={m.role} />
                                </span>
                            </td>
                            <td className="text-right">
                                <PermissionGuard requires={['UpdateCompany']}>
                                    <Button
                                        variant="ghost"
                                        size="sm"
                                        onClick={() => remove.mutate(m.customerId)}
                                    >
                                        <Trans>Remove</Trans>
                                    </Button>
                                </PermissionGuard>
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <PermissionGuard requires={['UpdateCompany']}>
                <div className="flex gap-2">
                    <Input
                        placeholder={t`Customer email address`}
                        value={email}
                        onChange={e => setEmail(e.target.value)}
                    />
                    <div className="w-40">
                        <NativeSelect
                            value={role}
                            onChange={e => setRole(e.target.value as 'admin' | 'buyer' | 'viewer')}
                            options={roles}
                        />
                    </div>
                    <Button
                        type="button"
                        disabled={!email.trim() || add.isPending}
                        onClick={() => add.mutate()}
                    >
                        <Trans>Add member</Trans>
                    </Button>
                </div>
            </PermissionGuard>
        </div>
    );
}

function HierarchyBlock({ company, onChange }: { company: CompanyEntity; onChange: () => void }) {
    const { t } = useLingui();
    const [parentId, setParentId] = useState('');
    const move = useMutation({
        mutationFn: async (target: string | null) => {
            const { moveCompany } = await api.mutate(moveCompanyDocument, {
                id: company.id,
                parentId: target,
            });
            const failed = errorMessage(moveCompany);
            if (failed) {
                throw new Error(failed);
            }
        },
        onSuccess: () => {
            toast.success(t`Company moved`);
            setParentId('');
            onChange();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    return (
        <div className="space-y-2 text-sm">
            <div>
                <span className="text-muted-foreground">
                    <Trans>Parent company</Trans>:{' '}
                </span>
                {company.parent ? (
                    <Link to="/companies/$id" params={{ id: company.parent.id }} className="underline">
                        {company.parent.name}
                    </Link>
                ) : (
                    <Trans>None (top level)</Trans>
                )}
            </div>
            <div>
                <span className="text-muted-foreground">
                    <Trans>Sub-companies</Trans>:
                </span>
                <ul className="ml-4 list-disc">
                    {company.children.map(c => (
                        <li key={c.id}>
                            <Link to="/companies/$id" params={{ id: c.id }} className="underline">
                                {c.name}
                            </Link>{' '}
                            {c.tier ? <span className="text-muted-foreground">({c.tier})</span> : null}
                        </li>
                    ))}
                </ul>
            </div>
            <PermissionGuard requires={['UpdateCompany']}>
                <div className="flex gap-2">
                    <Input
                        placeholder={t`New parent company ID`}
                        value={parentId}
                        onChange={e => setParentId(e.target.value)}
                    />
                    <Button
                        type="button"
                        size="sm"
                        disabled={!parentId}
                        onClick={() => move.mutate(parentId)}
                    >
                        <Trans>Move</Trans>
                    </Button>
                    {company.parent ? (
                        <Button type="button" size="sm" variant="outline" onClick={() => move.mutate(null)}>
                            <Trans>Make top level</Trans>
                        </Button>
                    ) : null}
                </div>
            </PermissionGuard>
        </div>
    );
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
    const { formatDate, formatCurrency } = useLocalFormat();
    const [number, setNumber] = useState('');
    const [startsAt, setStartsAt] = useState('');
    const [endsAt, setEndsAt] = useState('');
    const create = useMutation({
        mutationFn: () =>
            api.mutate(createDealerAgreementDocument, {
                input: {
                    companyId,
                    number,
                    startsAt: new Date(startsAt).toISOString(),
                    endsAt: new Date(endsAt).toISOString(),
                },
            }),
        onSuccess: () => {
            toast.success(t`Agreement created`);
            setNumber('');
            onChange();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    return (
        <div className="space-y-3 text-sm">
            <table className="w-full">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th>
                            <Trans>Number</Trans>
                        </th>
                        <th>
                            <Trans>Starts</Trans>
                        </th>
                        <th>
                            <Trans>Ends</Trans>
                        </th>
                        <th>
                            <Trans>Payment terms (days)</Trans>
                        </th>
                        <th>
                            <Trans>Credit limit</Trans>
                        </th>
                        <th>
                            <Trans>Renewal</Trans>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {agreements.map(a => (
                        <tr key={a.id} className="border-t">
                            <td className="py-1">{a.number}</td>
                            <td>{formatDate(a.startsAt)}</td>
                            <td>
                                {formatDate(a.endsAt)}
                                {a.expiryWarningSentAt ? (
                                    <span className="ml-1 text-amber-600">
                                        <Trans>(expiry warned)</Trans>
                                    </span>
                                ) : null}
                            </td>
                            <td>{a.paymentTermsDays ?? ''}</td>
                            <td>
                                {a.creditLimit != null && a.currencyCode
                                    ? formatCurrency(a.creditLimit, a.currencyCode)
                                    : ''}
                            </td>
                            <td>{a.renewalStatus}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <PermissionGuard requires={['UpdateCompany']}>
                <div className="flex flex-wrap gap-2">
                    <Input
                        className="w-40"
                        placeholder={t`Agreement number`}
                        value={number}
                        onChange={e => setNumber(e.target.value)}
                    />
                    <Input
                        className="w-44"
                        type="date"
                        value={startsAt}
                        onChange={e => setStartsAt(e.target.value)}
                    />
                    <Input
                        className="w-44"
                        type="date"
                        value={endsAt}
                        onChange={e => setEndsAt(e.target.value)}
                    />
                    <Button
                        type="button"
                        disabled={!number || !startsAt || !endsAt || create.isPending}
                        onClick={() => create.mutate()}
                    >
                        <Trans>Add agreement</Trans>
                    </Button>
                </div>
            </PermissionGuard>
        </div>
    );
}
