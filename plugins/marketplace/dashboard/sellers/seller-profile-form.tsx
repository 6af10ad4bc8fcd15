import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
    api,
    AssetPickerDialog,
    Button,
    CountrySelector,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    Textarea,
    useLocalFormat,
    usePermissions,
    VendureImage,
    type AssetLike,
} from '@vendure/dashboard';
import { ImageIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { PickedChips } from '../common/entity-picker';
import { errorMessage } from '../common/error-result';
import { updateSellerProfileDocument } from '../marketplace.graphql';

import type { SellerDetail } from './seller-detail';

interface ProfileValues {
    description: string;
    location: string;
    countryCode: string | null;
    logoId: string | null;
}

function valuesOf(seller: SellerDetail): ProfileValues {
    return {
        description: seller.description ?? '',
        location: seller.location ?? '',
        countryCode: seller.countryCode ?? null,
        logoId: seller.logo?.id ?? null,
    };
}

/**
 * A seller's public profile as the storefront shows it: logo (picked with the Dashboard's asset picker),
 * description, location and country (the Dashboard's country selector). Editable by administrators holding one
 * of `editPermissions` (the operator: `UpdateMarketplaceSeller`; a seller's administrator on its channel, for its
 * own seller: `UpdateOffer`); read-only for the others. Saves with `updateMarketplaceSellerProfile`.
 */
export function SellerProfileForm({
    seller,
    queryKey,
    editPermissions,
}: {
    seller: SellerDetail;
    queryKey: string[];
    editPermissions: string[];
}) {
    const { t } = useLingui();
    const { formatRegionName } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const canEdit = hasPermissions(editPermissions);
    const queryClient = useQueryClient();
    const form = useForm<ProfileValues>({ defaultValues: valuesOf(seller) });
    const [logo, setLogo] = useState<AssetLike | null>(seller.logo ?? null);
    const [pickingLogo, setPickingLogo] = useState(false);
    const save = useMutation({
        mutationFn: (v: ProfileValues) =>
            api.mutate(updateSellerProfileDocument, {
                input: {
                    id: seller.id,
                    description: v.description.trim() || null,
                    location: v.location.trim() || null,
                    countryCode: v.countryCode,
                    logoId: v.logoId,
                },
            }),
        onSuccess: async (_result, v) => {
            toast.success(t`Seller profile saved`);
            form.reset(v);
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const countryLabel = (code: string) => (
        <span translate="no">
            {formatRegionName(code)} <span className="text-muted-foreground">{code}</span>
        </span>
    );

    if (!canEdit) {
        return (
            <DetailFormGrid>
                <ReadOnly label={<Trans>Logo</Trans>}>
                    <LogoPreview logo={seller.logo ?? null} />
                </ReadOnly>
                <ReadOnly label={<Trans>Description</Trans>}>
                    <span translate="no" className="whitespace-pre-line">
                        {seller.description ?? ''}
                    </span>
                </ReadOnly>
                <ReadOnly label={<Trans>Location</Trans>}>
                    <span translate="no">{seller.location ?? ''}</span>
                </ReadOnly>
                <ReadOnly label={<Trans>Country</Trans>}>
                    {seller.countryCode ? countryLabel(seller.countryCode) : null}
                </ReadOnly>
            </DetailFormGrid>
        );
    }

    return (
        <div className="space-y-4" data-testid="seller-profile-form">
            <DetailFormGrid>
                <FormFieldWrapper
                    control={form.control}
                    name="logoId"
                    label={<Trans>Logo</Trans>}
                    renderFormControl={false}
                    render={({ field }) => (
                        <div className="flex items-center gap-3">
                            <LogoPreview logo={field.value ? logo : null} />
                            <div className="flex flex-col gap-2">
                                <Button
                                    type="button"
                                    variant="outline"
                                    size="sm"
                                    onClick={() => setPickingLogo(true)}
                                >
                                    {field.value ? <Trans>Change logo</Trans> : <Trans>Choose logo</Trans>}
                                </Button>
                                {field.value ? (
                                    <Button
                                        type="button"
                                        variant="ghost"
                                        size="sm"
                                        onClick={() => field.onChange(null)}
                                    >
                                        <Trans>Remove logo</Trans>
                                    </Button>
                                ) : null}
                            </div>
                            {pickingLogo ? (
                                <AssetPickerDialog
                                    open={pickingLogo}
                                    title={t`Choose the seller's logo`}
                                    onClose={() => setPickingLogo(false)}
                                    onSelect={assets => {
                                        const picked = assets[0];
                                        if (picked) {
                                            setLogo(picked);
                                            field.onChange(picked.id);
                                        }
                                    }}
                                />
                            ) : null}
                        </div>
                    )}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="countryCode"
                    label={<Trans>Country</Trans>}
                    renderFormControl={false}
                    render={({ field }) => (
                        <div className="space-y-2" data-testid="seller-profile-country">
                            <PickedChips
                                items={
                                    field.value ? [{ id: field.value, label: countryLabel(field.value) }] : []
                                }
                                onRemove={() => field.onChange(null)}
                                removeLabel={t`Remove`}
                            />
                            <CountrySelector
                                label={
                                    field.value ? (
                                        <Trans>Change country</Trans>
                                    ) : (
                                        <Trans>Select country</Trans>
                                    )
                                }
                                onSelect={country => field.onChange(country.code)}
                            />
                        </div>
                    )}
                />
            </DetailFormGrid>
            <FormFieldWrapper
                control={form.control}
                name="description"
                label={<Trans>Description</Trans>}
                render={({ field }) => <Textarea {...field} rows={4} translate="no" maxLength={2000} />}
            />
            <FormFieldWrapper
                control={form.control}
                name="location"
                label={<Trans>Location</Trans>}
                render={({ field }) => (
                    <Input
                        {...field}
                        translate="no"
                        maxLength={200}
                        placeholder={t`Where the seller ships from, e.g. Shenzhen, Guangdong`}
                    />
                )}
            />
            <Button
                type="button"
                disabled={!form.formState.isDirty || save.isPending}
                onClick={() => void form.handleSubmit(v => save.mutate(v))()}
            >
                <Trans>Save profile</Trans>
            </Button>
        </div>
    );
}

function LogoPreview({ logo }: { logo: AssetLike | null }) {
    return (
        <div className="flex h-20 w-20 shrink-0 items-center justify-center overflow-hidden rounded-md border border-dashed">
            {logo ? (
                <VendureImage asset={logo} mode="crop" preset="thumb" className="max-h-full max-w-full" />
            ) : (
                <ImageIcon className="text-muted-foreground h-8 w-8" />
            )}
        </div>
    );
}

function ReadOnly({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <div className="text-muted-foreground text-sm font-medium">{label}</div>
            <div className="text-sm">{children}</div>
        </div>
    );
}
