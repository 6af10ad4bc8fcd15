import { CrudPermissionDefinition, PermissionDefinition } from '@vendure/core';

/** Create, read, update and delete credit accounts; place and release holds; adjust balances. */
export const CreditPermission = new CrudPermissionDefinition('Credit');

/** Record dealer payments and issue credit notes against credit accounts. */
export const RecordCreditPaymentPermission = new PermissionDefinition({
    name: 'RecordCreditPayment',
    description: 'Allows recording payments and issuing credit notes on dealer credit accounts',
});
