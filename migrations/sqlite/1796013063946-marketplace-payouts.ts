import {MigrationInterface, QueryRunner} from "typeorm";

export class MarketplacePayouts1796013063946 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "marketplace_payout_batch" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "currencyCode" varchar NOT NULL, "entryCount" integer NOT NULL, "state" varchar NOT NULL DEFAULT ('pending'), "reference" varchar, "paidAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "amount" bigint NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ed909b8b292eafdfd90a53318e" ON "marketplace_payout_batch" ("sellerId", "state") `, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller_ledger_entry" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "type" varchar NOT NULL, "currencyCode" varchar NOT NULL, "orderCode" varchar, "commissionRateBps" integer, "description" varchar(1000), "payableFrom" datetime NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "orderId" integer, "orderLineId" integer, "payoutBatchId" integer, "amount" bigint NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_7114139fcaa33c569a4ba26717" ON "marketplace_seller_ledger_entry" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3" ON "marketplace_seller_ledger_entry" ("sellerId", "payoutBatchId") `, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller_order" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "orderCode" varchar NOT NULL, "currencyCode" varchar NOT NULL, "placedAt" datetime NOT NULL, "commissionRateBps" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "orderId" integer NOT NULL, "aggregateOrderId" integer NOT NULL, "saleAmount" bigint NOT NULL, "commissionAmount" bigint NOT NULL, "refundedAmount" bigint NOT NULL DEFAULT (0))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6181f60c7457d1e618b7069bb6" ON "marketplace_seller_order" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_feee588c15054556a1ce79ac5a" ON "marketplace_seller_order" ("aggregateOrderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a67c3541ba6ce1f8ff57293341" ON "marketplace_seller_order" ("sellerId", "placedAt") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a83b1e0ef78ed28f692a59222d"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b6e75c761314ec71aae53c8ca6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_250457e9faba6da6b395feb7b2"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0a93ca3a07a41a642b741fc6f6"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_seller" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "code" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('pending'), "statusReason" varchar(1000), "statusChangedAt" datetime, "contactEmail" varchar NOT NULL, "taxId" varchar NOT NULL, "description" varchar(2000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "stockLocationId" integer, "roleId" integer, "commissionRateBps" integer, "payoutHoldingDays" integer, CONSTRAINT "REL_3977bdda8a7bf7c1449cae85d6" UNIQUE ("sellerId"), CONSTRAINT "FK_a83b1e0ef78ed28f692a59222da" FOREIGN KEY ("roleId") REFERENCES "role" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_872f66400a4f800eab64c6c0e7a" FOREIGN KEY ("stockLocationId") REFERENCES "stock_location" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_b6e75c761314ec71aae53c8ca63" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3977bdda8a7bf7c1449cae85d6b" FOREIGN KEY ("sellerId") REFERENCES "seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_seller"("createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId") SELECT "createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId" FROM "marketplace_seller"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_seller" RENAME TO "marketplace_seller"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a83b1e0ef78ed28f692a59222d" ON "marketplace_seller" ("roleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b6e75c761314ec71aae53c8ca6" ON "marketplace_seller" ("channelId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_250457e9faba6da6b395feb7b2" ON "marketplace_seller" ("taxId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0a93ca3a07a41a642b741fc6f6" ON "marketplace_seller" ("code") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_ed909b8b292eafdfd90a53318e"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_payout_batch" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "currencyCode" varchar NOT NULL, "entryCount" integer NOT NULL, "state" varchar NOT NULL DEFAULT ('pending'), "reference" varchar, "paidAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "FK_1904784b5ebfa2f46608ae05d71" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_payout_batch"("createdAt", "updatedAt", "currencyCode", "entryCount", "state", "reference", "paidAt", "id", "sellerId", "amount") SELECT "createdAt", "updatedAt", "currencyCode", "entryCount", "state", "reference", "paidAt", "id", "sellerId", "amount" FROM "marketplace_payout_batch"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_payout_batch"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_payout_batch" RENAME TO "marketplace_payout_batch"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ed909b8b292eafdfd90a53318e" ON "marketplace_payout_batch" ("sellerId", "state") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_7114139fcaa33c569a4ba26717"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_seller_ledger_entry" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "type" varchar NOT NULL, "currencyCode" varchar NOT NULL, "orderCode" varchar, "commissionRateBps" integer, "description" varchar(1000), "payableFrom" datetime NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "orderId" integer, "orderLineId" integer, "payoutBatchId" integer, "amount" bigint NOT NULL, CONSTRAINT "FK_c7af381d40b183207b99cbbd4a9" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_seller_ledger_entry"("createdAt", "updatedAt", "type", "currencyCode", "orderCode", "commissionRateBps", "description", "payableFrom", "id", "sellerId", "orderId", "orderLineId", "payoutBatchId", "amount") SELECT "createdAt", "updatedAt", "type", "currencyCode", "orderCode", "commissionRateBps", "description", "payableFrom", "id", "sellerId", "orderId", "orderLineId", "payoutBatchId", "amount" FROM "marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_seller_ledger_entry" RENAME TO "marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_7114139fcaa33c569a4ba26717" ON "marketplace_seller_ledger_entry" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3" ON "marketplace_seller_ledger_entry" ("sellerId", "payoutBatchId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6181f60c7457d1e618b7069bb6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_feee588c15054556a1ce79ac5a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a67c3541ba6ce1f8ff57293341"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_seller_order" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "orderCode" varchar NOT NULL, "currencyCode" varchar NOT NULL, "placedAt" datetime NOT NULL, "commissionRateBps" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "orderId" integer NOT NULL, "aggregateOrderId" integer NOT NULL, "saleAmount" bigint NOT NULL, "commissionAmount" bigint NOT NULL, "refundedAmount" bigint NOT NULL DEFAULT (0), CONSTRAINT "FK_069d7acf49099c6fe0fc93b6730" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_seller_order"("createdAt", "updatedAt", "orderCode", "currencyCode", "placedAt", "commissionRateBps", "id", "sellerId", "orderId", "aggregateOrderId", "saleAmount", "commissionAmount", "refundedAmount") SELECT "createdAt", "updatedAt", "orderCode", "currencyCode", "placedAt", "commissionRateBps", "id", "sellerId", "orderId", "aggregateOrderId", "saleAmount", "commissionAmount", "refundedAmount" FROM "marketplace_seller_order"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller_order"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_seller_order" RENAME TO "marketplace_seller_order"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6181f60c7457d1e618b7069bb6" ON "marketplace_seller_order" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_feee588c15054556a1ce79ac5a" ON "marketplace_seller_order" ("aggregateOrderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a67c3541ba6ce1f8ff57293341" ON "marketplace_seller_order" ("sellerId", "placedAt") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_a67c3541ba6ce1f8ff57293341"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_feee588c15054556a1ce79ac5a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6181f60c7457d1e618b7069bb6"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller_order" RENAME TO "temporary_marketplace_seller_order"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller_order" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "orderCode" varchar NOT NULL, "currencyCode" varchar NOT NULL, "placedAt" datetime NOT NULL, "commissionRateBps" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "orderId" integer NOT NULL, "aggregateOrderId" integer NOT NULL, "saleAmount" bigint NOT NULL, "commissionAmount" bigint NOT NULL, "refundedAmount" bigint NOT NULL DEFAULT (0))`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_seller_order"("createdAt", "updatedAt", "orderCode", "currencyCode", "placedAt", "commissionRateBps", "id", "sellerId", "orderId", "aggregateOrderId", "saleAmount", "commissionAmount", "refundedAmount") SELECT "createdAt", "updatedAt", "orderCode", "currencyCode", "placedAt", "commissionRateBps", "id", "sellerId", "orderId", "aggregateOrderId", "saleAmount", "commissionAmount", "refundedAmount" FROM "temporary_marketplace_seller_order"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_seller_order"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a67c3541ba6ce1f8ff57293341" ON "marketplace_seller_order" ("sellerId", "placedAt") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_feee588c15054556a1ce79ac5a" ON "marketplace_seller_order" ("aggregateOrderId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6181f60c7457d1e618b7069bb6" ON "marketplace_seller_order" ("orderId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_7114139fcaa33c569a4ba26717"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller_ledger_entry" RENAME TO "temporary_marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller_ledger_entry" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "type" varchar NOT NULL, "currencyCode" varchar NOT NULL, "orderCode" varchar, "commissionRateBps" integer, "description" varchar(1000), "payableFrom" datetime NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "orderId" integer, "orderLineId" integer, "payoutBatchId" integer, "amount" bigint NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_seller_ledger_entry"("createdAt", "updatedAt", "type", "currencyCode", "orderCode", "commissionRateBps", "description", "payableFrom", "id", "sellerId", "orderId", "orderLineId", "payoutBatchId", "amount") SELECT "createdAt", "updatedAt", "type", "currencyCode", "orderCode", "commissionRateBps", "description", "payableFrom", "id", "sellerId", "orderId", "orderLineId", "payoutBatchId", "amount" FROM "temporary_marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3" ON "marketplace_seller_ledger_entry" ("sellerId", "payoutBatchId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_7114139fcaa33c569a4ba26717" ON "marketplace_seller_ledger_entry" ("orderId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_ed909b8b292eafdfd90a53318e"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_payout_batch" RENAME TO "temporary_marketplace_payout_batch"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_payout_batch" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "currencyCode" varchar NOT NULL, "entryCount" integer NOT NULL, "state" varchar NOT NULL DEFAULT ('pending'), "reference" varchar, "paidAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "amount" bigint NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_payout_batch"("createdAt", "updatedAt", "currencyCode", "entryCount", "state", "reference", "paidAt", "id", "sellerId", "amount") SELECT "createdAt", "updatedAt", "currencyCode", "entryCount", "state", "reference", "paidAt", "id", "sellerId", "amount" FROM "temporary_marketplace_payout_batch"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_payout_batch"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ed909b8b292eafdfd90a53318e" ON "marketplace_payout_batch" ("sellerId", "state") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0a93ca3a07a41a642b741fc6f6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_250457e9faba6da6b395feb7b2"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b6e75c761314ec71aae53c8ca6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a83b1e0ef78ed28f692a59222d"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" RENAME TO "temporary_marketplace_seller"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "code" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('pending'), "statusReason" varchar(1000), "statusChangedAt" datetime, "contactEmail" varchar NOT NULL, "taxId" varchar NOT NULL, "description" varchar(2000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "stockLocationId" integer, "roleId" integer, CONSTRAINT "REL_3977bdda8a7bf7c1449cae85d6" UNIQUE ("sellerId"), CONSTRAINT "FK_a83b1e0ef78ed28f692a59222da" FOREIGN KEY ("roleId") REFERENCES "role" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_872f66400a4f800eab64c6c0e7a" FOREIGN KEY ("stockLocationId") REFERENCES "stock_location" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_b6e75c761314ec71aae53c8ca63" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3977bdda8a7bf7c1449cae85d6b" FOREIGN KEY ("sellerId") REFERENCES "seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_seller"("createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId") SELECT "createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId" FROM "temporary_marketplace_seller"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_seller"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0a93ca3a07a41a642b741fc6f6" ON "marketplace_seller" ("code") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_250457e9faba6da6b395feb7b2" ON "marketplace_seller" ("taxId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b6e75c761314ec71aae53c8ca6" ON "marketplace_seller" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a83b1e0ef78ed28f692a59222d" ON "marketplace_seller" ("roleId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a67c3541ba6ce1f8ff57293341"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_feee588c15054556a1ce79ac5a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6181f60c7457d1e618b7069bb6"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller_order"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_bb756ec3f9f7d6e7851ed7fef3"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_7114139fcaa33c569a4ba26717"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller_ledger_entry"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_ed909b8b292eafdfd90a53318e"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_payout_batch"`, undefined);
   }

}
