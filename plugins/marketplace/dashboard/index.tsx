import { defineDashboardExtension } from '@vendure/dashboard';

defineDashboardExtension({});
