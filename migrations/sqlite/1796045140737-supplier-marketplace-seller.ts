import {MigrationInterface, QueryRunner} from "typeorm";

export class SupplierMarketplaceSeller1796045140737 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_93534243ec565fb5213e15b7bb"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_supplier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "code" varchar NOT NULL, "name" varchar NOT NULL, "contactName" varchar, "emailAddress" varchar, "phoneNumber" varchar, "address" text, "leadTimeDays" integer NOT NULL DEFAULT (7), "currencyCode" varchar NOT NULL, "allowOverReceipt" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "note" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "marketplaceSellerId" integer, CONSTRAINT "FK_3add3c56701b1d04b436a04944a" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_supplier"("createdAt", "updatedAt", "code", "name", "contactName", "emailAddress", "phoneNumber", "address", "leadTimeDays", "currencyCode", "allowOverReceipt", "active", "note", "id", "channelId") SELECT "createdAt", "updatedAt", "code", "name", "contactName", "emailAddress", "phoneNumber", "address", "leadTimeDays", "currencyCode", "allowOverReceipt", "active", "note", "id", "channelId" FROM "supplier"`, undefined);
        await queryRunner.query(`DROP TABLE "supplier"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_supplier" RENAME TO "supplier"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_93534243ec565fb5213e15b7bb" ON "supplier" ("channelId", "code") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6ae19b3ed109595cb6819909fe" ON "supplier" ("marketplaceSellerId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_6ae19b3ed109595cb6819909fe"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_93534243ec565fb5213e15b7bb"`, undefined);
        await queryRunner.query(`ALTER TABLE "supplier" RENAME TO "temporary_supplier"`, undefined);
        await queryRunner.query(`CREATE TABLE "supplier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "code" varchar NOT NULL, "name" varchar NOT NULL, "contactName" varchar, "emailAddress" varchar, "phoneNumber" varchar, "address" text, "leadTimeDays" integer NOT NULL DEFAULT (7), "currencyCode" varchar NOT NULL, "allowOverReceipt" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "note" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, CONSTRAINT "FK_3add3c56701b1d04b436a04944a" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "supplier"("createdAt", "updatedAt", "code", "name", "contactName", "emailAddress", "phoneNumber", "address", "leadTimeDays", "currencyCode", "allowOverReceipt", "active", "note", "id", "channelId") SELECT "createdAt", "updatedAt", "code", "name", "contactName", "emailAddress", "phoneNumber", "address", "leadTimeDays", "currencyCode", "allowOverReceipt", "active", "note", "id", "channelId" FROM "temporary_supplier"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_supplier"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_93534243ec565fb5213e15b7bb" ON "supplier" ("channelId", "code") `, undefined);
   }

}
