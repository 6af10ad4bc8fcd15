import {MigrationInterface, QueryRunner} from "typeorm";

/**
 * Money columns become 64-bit (BigIntMoneyStrategy). TypeORM generated DROP COLUMN + ADD for each type change,
 * which would lose every amount; they are rewritten as ALTER COLUMN ... TYPE, which keeps the data.
 */
export class B2bHardening1795984495252 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "order" ADD "customFieldsPurchaseordernumber" character varying(64)`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_account" ADD "requirePurchaseOrderNumber" boolean NOT NULL DEFAULT false`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ADD "purchaseOrderNumber" character varying(64)`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "items" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "shipping" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "adjustment" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "total" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "payment" ALTER COLUMN "amount" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "surcharge" ALTER COLUMN "listPrice" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order_modification" ALTER COLUMN "priceChange" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "shipping_line" ALTER COLUMN "listPrice" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "subTotal" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "subTotalWithTax" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "shipping" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "shippingWithTax" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" ALTER COLUMN "initialListPrice" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" ALTER COLUMN "listPrice" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant_price" ALTER COLUMN "price" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "search_index_item" ALTER COLUMN "price" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "search_index_item" ALTER COLUMN "priceWithTax" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_account" ALTER COLUMN "creditLimit" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_account" ALTER COLUMN "balance" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "amount" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "balanceAfter" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "settledAmount" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "releasedAmount" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "unallocatedAmount" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "excessAmount" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "dealer_agreement" ALTER COLUMN "creditLimit" TYPE bigint`, undefined);
        await queryRunner.query(`ALTER TABLE "price_list_entry" ALTER COLUMN "price" TYPE bigint`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "price_list_entry" ALTER COLUMN "price" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "dealer_agreement" ALTER COLUMN "creditLimit" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "excessAmount" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "unallocatedAmount" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "releasedAmount" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "settledAmount" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "balanceAfter" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" ALTER COLUMN "amount" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_account" ALTER COLUMN "balance" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_account" ALTER COLUMN "creditLimit" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "search_index_item" ALTER COLUMN "priceWithTax" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "search_index_item" ALTER COLUMN "price" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant_price" ALTER COLUMN "price" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" ALTER COLUMN "listPrice" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" ALTER COLUMN "initialListPrice" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "shippingWithTax" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "shipping" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "subTotalWithTax" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order" ALTER COLUMN "subTotal" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "shipping_line" ALTER COLUMN "listPrice" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "order_modification" ALTER COLUMN "priceChange" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "surcharge" ALTER COLUMN "listPrice" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "payment" ALTER COLUMN "amount" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "total" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "adjustment" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "shipping" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "refund" ALTER COLUMN "items" TYPE integer`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_ledger_entry" DROP COLUMN "purchaseOrderNumber"`, undefined);
        await queryRunner.query(`ALTER TABLE "credit_account" DROP COLUMN "requirePurchaseOrderNumber"`, undefined);
        await queryRunner.query(`ALTER TABLE "order" DROP COLUMN "customFieldsPurchaseordernumber"`, undefined);
   }

}
