import { Trans } from '@lingui/react/macro';
import { Badge } from '@vendure/dashboard';

/** A company's status as a coloured badge. */
export function CompanyStatusBadge({ status }: { status: string }) {
    if (status === 'active') {
        return (
            <Badge variant="success">
                <Trans context="account status">Active</Trans>
            </Badge>
        );
    }
    if (status === 'on_hold') {
        return (
            <Badge variant="warning">
                <Trans>On hold</Trans>
            </Badge>
        );
    }
    return (
        <Badge variant="destructive">
            <Trans>Closed</Trans>
        </Badge>
    );
}

/** Company role label. */
export function CompanyRoleLabel({ role }: { role: string }) {
    if (role === 'admin') {
        return <Trans>Company admin</Trans>;
    }
    if (role === 'buyer') {
        return <Trans context="company role">Buyer</Trans>;
    }
    return <Trans>Viewer</Trans>;
}
