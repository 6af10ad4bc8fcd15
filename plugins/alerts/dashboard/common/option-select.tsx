import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@vendure/dashboard';
import type { ReactNode } from 'react';

/** One choice of an {@link OptionSelect}. */
export interface SelectOption<T extends string> {
    value: T;
    label: ReactNode;
}

/** The Dashboard's select, for a short fixed list of options (statuses, roles, modes). */
export function OptionSelect<T extends string>({
    value,
    onChange,
    options,
    disabled,
    className,
    ariaLabel,
}: {
    value: T | null | undefined;
    onChange: (value: T) => void;
    options: Array<SelectOption<T>>;
    disabled?: boolean;
    className?: string;
    ariaLabel?: string;
}) {
    // a stored value that is not (or not yet) among the options, e.g. while they load: shown as it is stored, as
    // data, rather than left for the select to print bare
    const items: Record<string, ReactNode> = {};
    if (value && !options.some(o => o.value === value)) {
        items[value] = <span translate="no">{value}</span>;
    }
    for (const o of options) {
        items[o.value] = o.label;
    }
    return (
        <Select
            value={value ?? null}
            onValueChange={v => {
                if (v != null) {
                    onChange(v);
                }
            }}
            items={items}
            disabled={disabled}
        >
            <SelectTrigger className={className ?? 'w-full'} aria-label={ariaLabel}>
                <SelectValue />
            </SelectTrigger>
            <SelectContent>
                {options.map(o => (
                    <SelectItem key={o.value} value={o.value}>
                        {o.label}
                    </SelectItem>
                ))}
            </SelectContent>
        </Select>
    );
}
