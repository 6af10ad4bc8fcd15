import {MigrationInterface, QueryRunner} from "typeorm";

export class MarketplacePayouts1796013129967 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "marketplace_payout_batch" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "currencyCode" character varying NOT NULL, "entryCount" integer NOT NULL, "state" character varying NOT NULL DEFAULT 'pending', "reference" character varying, "paidAt" TIMESTAMP, "id" SERIAL NOT NULL, "sellerId" integer NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "PK_a6dca8655142af135175181b4cf" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ed909b8b292eafdfd90a53318e" ON "marketplace_payout_batch" ("sellerId", "state") `, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller_ledger_entry" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "type" character varying NOT NULL, "currencyCode" character varying NOT NULL, "orderCode" character varying, "commissionRateBps" integer, "description" character varying(1000), "payableFrom" TIMESTAMP NOT NULL, "id" SERIAL NOT NULL, "sellerId" integer NOT NULL, "orderId" integer, "orderLineId" integer, "payoutBatchId" integer, "amount" bigint NOT NULL, CONSTRAINT "PK_99c7c4a5ec79465ca57d53036e0" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_7114139fcaa33c569a4ba26717" ON "marketplace_seller_ledger_entry" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3" ON "marketplace_seller_ledger_entry" ("sellerId", "payoutBatchId") `, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller_order" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "orderCode" character varying NOT NULL, "currencyCode" character varying NOT NULL, "placedAt" TIMESTAMP NOT NULL, "commissionRateBps" integer NOT NULL, "id" SERIAL NOT NULL, "sellerId" integer NOT NULL, "orderId" integer NOT NULL, "aggregateOrderId" integer NOT NULL, "saleAmount" bigint NOT NULL, "commissionAmount" bigint NOT NULL, "refundedAmount" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_47187f79f9a6db0a69aafe21658" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6181f60c7457d1e618b7069bb6" ON "marketplace_seller_order" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_feee588c15054556a1ce79ac5a" ON "marketplace_seller_order" ("aggregateOrderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a67c3541ba6ce1f8ff57293341" ON "marketplace_seller_order" ("sellerId", "placedAt") `, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD "commissionRateBps" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD "payoutHoldingDays" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_payout_batch" ADD CONSTRAINT "FK_1904784b5ebfa2f46608ae05d71" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller_ledger_entry" ADD CONSTRAINT "FK_c7af381d40b183207b99cbbd4a9" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller_order" ADD CONSTRAINT "FK_069d7acf49099c6fe0fc93b6730" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "marketplace_seller_order" DROP CONSTRAINT "FK_069d7acf49099c6fe0fc93b6730"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller_ledger_entry" DROP CONSTRAINT "FK_c7af381d40b183207b99cbbd4a9"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_payout_batch" DROP CONSTRAINT "FK_1904784b5ebfa2f46608ae05d71"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP COLUMN "payoutHoldingDays"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP COLUMN "commissionRateBps"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a67c3541ba6ce1f8ff57293341"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_feee588c15054556a1ce79ac5a"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_6181f60c7457d1e618b7069bb6"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller_order"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_bb756ec3f9f7d6e7851ed7fef3"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_7114139fcaa33c569a4ba26717"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_ed909b8b292eafdfd90a53318e"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_payout_batch"`, undefined);
   }

}
