import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, PageContextValue } from '@vendure/dashboard';

import { customerCompanyQuery } from './companies.graphql';
import { CompanyRoleLabel, CompanyStatusBadge } from './company-status';

/** On the customer detail page: the company the customer belongs to, and their role. */
export function CustomerCompanyBlock({ context }: { context: PageContextValue }) {
    const customerId = (context.entity as { id?: string } | undefined)?.id;
    const { data } = useQuery({
        queryKey: ['B2bCustomerCompany', customerId],
        queryFn: () => api.query(customerCompanyQuery, { id: customerId! }),
        enabled: !!customerId,
    });
    const membership = data?.customer?.companyMembership;
    if (!customerId || !data) {
        return null;
    }
    if (!membership) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>Not a member of any company.</Trans>
            </p>
        );
    }
    return (
        <div className="space-y-1 text-sm">
            <Link
                to="/companies/$id"
                params={{ id: membership.company.id }}
                className="font-medium underline"
            >
                {membership.company.name}
            </Link>
            <div className="text-muted-foreground" translate="no">
                {membership.company.code}
                {membership.company.tier ? ` · ${membership.company.tier}` : ''}
            </div>
            <div className="flex items-center gap-2">
                <CompanyStatusBadge status={membership.company.status} />
                <CompanyRoleLabel role={membership.role} />
            </div>
        </div>
    );
}
