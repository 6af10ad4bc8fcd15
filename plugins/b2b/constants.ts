import { CrudPermissionDefinition, PermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link B2bPluginOptions}. */
export const B2B_PLUGIN_OPTIONS = Symbol('B2B_PLUGIN_OPTIONS');

/** Logger context for everything the B2B plugin logs. */
export const loggerCtx = 'B2bPlugin';

/** Create, read, update and delete dealer companies, their members and agreements. */
export const CompanyPermission = new CrudPermissionDefinition('Company');

/** Create, read, update and delete dealer price lists and their entries (including CSV import/export). */
export const PriceListPermission = new CrudPermissionDefinition('PriceList');

/** Run the dealer agreement expiry check on demand (it also runs daily as a scheduled task). */
export const RunAgreementExpiryCheckPermission = new PermissionDefinition({
    name: 'RunAgreementExpiryCheck',
    description: 'Allows running the dealer agreement expiry check on demand',
});

/** Id of the scheduled task that warns about agreements close to their end date. */
export const AGREEMENT_EXPIRY_TASK_ID = 'b2b-agreement-expiry-check';
