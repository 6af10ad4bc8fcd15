import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import {
    api,
    Badge,
    Button,
    Command,
    CommandEmpty,
    CommandInput,
    CommandItem,
    CommandList,
    Popover,
    PopoverContent,
    PopoverTrigger,
} from '@vendure/dashboard';
import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from 'lucide-react';
import { useState } from 'react';

import { companyTiersQuery } from '../companies/companies.graphql';

/** Query key of the tiers in use: invalidate it after saving a company or a price list's tiers. */
export const COMPANY_TIERS_QUERY_KEY = ['B2bCompanyTiers'];

/** Tier codes are stored trimmed and lower-case (the server does the same). */
export function normalizeTier(tier: string): string {
    return tier.trim().toLowerCase();
}

/**
 * Picks a tier: the tiers in use in the channel (on companies and price lists), searchable, or a new one typed
 * into the search box. With `value` it shows the current tier and can clear it; without, it is an "add" button
 * (for adding a tier to a price list's targets), leaving out the tiers in `exclude`.
 */
export function TierSelector({
    value,
    onChange,
    exclude = [],
    disabled,
    clearable = true,
}: {
    value?: string | null;
    onChange: (tier: string | null) => void;
    exclude?: string[];
    disabled?: boolean;
    clearable?: boolean;
}) {
    const { t } = useLingui();
    const [open, setOpen] = useState(false);
    const [search, setSearch] = useState('');
    const { data, isLoading } = useQuery({
        queryKey: COMPANY_TIERS_QUERY_KEY,
        queryFn: () => api.query(companyTiersQuery),
    });
    const picking = value !== undefined;
    const typed = normalizeTier(search);
    const tiers = (data?.companyTiers ?? []).filter(
        tier => !exclude.includes(tier) && (!typed || tier.includes(typed)),
    );
    const isNew = typed !== '' && !(data?.companyTiers ?? []).includes(typed) && !exclude.includes(typed);
    const choose = (tier: string | null) => {
        onChange(tier);
        setOpen(false);
        setSearch('');
    };
    return (
        <Popover open={open} onOpenChange={setOpen}>
            <PopoverTrigger
                render={
                    <Button
                        type="button"
                        variant="outline"
                        size={picking ? 'default' : 'sm'}
                        disabled={disabled}
                        className={picking ? 'w-full justify-between font-normal' : 'gap-2'}
                        data-testid="tier-selector"
                    />
                }
            >
                {picking ? (
                    <>
                        {value ? (
                            <span translate="no">{value}</span>
                        ) : (
                            <span className="text-muted-foreground">
                                <Trans>No tier</Trans>
                            </span>
                        )}
                        <ChevronsUpDownIcon className="h-4 w-4 opacity-50" />
                    </>
                ) : (
                    <>
                        <PlusIcon className="h-4 w-4" />
                        <Trans>Add tier</Trans>
                    </>
                )}
            </PopoverTrigger>
            <PopoverContent className="w-[300px] p-0" align="start">
                <Command shouldFilter={false}>
                    <CommandInput
                        placeholder={t`Search or type a new tier...`}
                        value={search}
                        onValueChange={setSearch}
                    />
                    <CommandList>
                        <CommandEmpty>
                            {isLoading ? <Trans>Loading...</Trans> : <Trans>No tier in use matches.</Trans>}
                        </CommandEmpty>
                        {isNew ? (
                            <CommandItem value={`new:${typed}`} onSelect={() => choose(typed)}>
                                <PlusIcon className="h-4 w-4" />
                                <Trans>New tier</Trans>
                                <Badge variant="secondary" translate="no">
                                    {typed}
                                </Badge>
                            </CommandItem>
                        ) : null}
                        {tiers.map(tier => (
                            <CommandItem key={tier} value={tier} onSelect={() => choose(tier)}>
                                <CheckIcon className={tier === value ? 'h-4 w-4' : 'h-4 w-4 opacity-0'} />
                                <span translate="no">{tier}</span>
                            </CommandItem>
                        ))}
                        {picking && clearable && value ? (
                            <CommandItem value="none" onSelect={() => choose(null)}>
                                <span className="text-muted-foreground">
                                    <Trans>No tier</Trans>
                                </span>
                            </CommandItem>
                        ) : null}
                    </CommandList>
                </Command>
            </PopoverContent>
        </Popover>
    );
}
