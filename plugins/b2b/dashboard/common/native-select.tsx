import type { ReactNode, SelectHTMLAttributes } from 'react';

/** A plain select styled like the Dashboard's inputs, for short fixed option lists. */
export function NativeSelect({
    options,
    ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: ReactNode }> }) {
    return (
        <select
            className="border-input bg-background h-9 w-full rounded-md border px-3 py-1 text-sm shadow-xs"
            {...props}
        >
            {options.map(o => (
                <option key={o.value} value={o.value}>
                    {typeof o.label === 'string' ? o.label : o.value}
                </option>
            ))}
        </select>
    );
}
