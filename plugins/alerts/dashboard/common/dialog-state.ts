import { useCallback, useSyncExternalStore } from 'react';

/**
 * Open/closed state of a dialog kept outside React's tree, by id: a dialog opened from an action bar item stays open
 * when the page's action bar re-mounts its items (it does when the page refetches, and a dialog in component state
 * closed under the user's pointer).
 */
const open = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

export function useDialogState(id: string): [boolean, (value: boolean) => void] {
    const isOpen = useSyncExternalStore(
        subscribe,
        () => open.has(id),
        () => false,
    );
    const set = useCallback(
        (value: boolean) => {
            if (value === open.has(id)) {
                return;
            }
            if (value) {
                open.add(id);
            } else {
                open.delete(id);
            }
            listeners.forEach(l => l());
        },
        [id],
    );
    return [isOpen, set];
}
