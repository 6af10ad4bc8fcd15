import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, DashboardBaseWidget } from '@vendure/dashboard';

import { openAlertCountQuery } from '../alerts.graphql';
import { ALERT_SEVERITIES, SeverityBadge } from '../common/labels';

/** Dashboard widget: the channel's open alerts by severity, linking to the inbox. */
export function OpenAlertsWidget() {
    const { t } = useLingui();
    const { data } = useQuery({
        queryKey: ['alerts-open-count'],
        queryFn: () => api.query(openAlertCountQuery, {}),
    });
    const count = data?.openAlertCount;
    return (
        <DashboardBaseWidget id="alerts-open" title={t`Open alerts`} description={t`By severity`}>
            <div className="space-y-3 text-sm" data-testid="open-alerts-widget">
                <table className="w-full">
                    <tbody>
                        {ALERT_SEVERITIES.slice()
                            .reverse()
                            .map(s => (
                                <tr key={s} className="border-t first:border-t-0">
                                    <td className="py-1">
                                        <SeverityBadge severity={s} />
                                    </td>
                                    <td className="text-right font-medium" translate="no">
                                        {count ? count[s] : '…'}
                                    </td>
                                </tr>
                            ))}
                    </tbody>
                </table>
                <Link to="/alerts" className="underline">
                    <Trans>Open the inbox</Trans>
                </Link>
            </div>
        </DashboardBaseWidget>
    );
}
