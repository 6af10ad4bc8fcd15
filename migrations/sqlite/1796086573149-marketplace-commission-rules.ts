import {MigrationInterface, QueryRunner} from "typeorm";

export class MarketplaceCommissionRules1796086573149 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "marketplace_commission_rule" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "rateBps" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "collectionId" integer NOT NULL, "sellerId" integer)`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a671314f9cf050865aad5a6185" ON "marketplace_commission_rule" ("collectionId") WHERE "sellerId" IS NULL`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7a19bdbd80f2b14db35cf32678" ON "marketplace_commission_rule" ("collectionId", "sellerId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a671314f9cf050865aad5a6185"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_7a19bdbd80f2b14db35cf32678"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_commission_rule" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "rateBps" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "collectionId" integer NOT NULL, "sellerId" integer, CONSTRAINT "FK_0351e5730a02b5592162d4c3305" FOREIGN KEY ("collectionId") REFERENCES "collection" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_924703bac673812a5e141a50303" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_commission_rule"("createdAt", "updatedAt", "rateBps", "id", "collectionId", "sellerId") SELECT "createdAt", "updatedAt", "rateBps", "id", "collectionId", "sellerId" FROM "marketplace_commission_rule"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_commission_rule"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_commission_rule" RENAME TO "marketplace_commission_rule"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a671314f9cf050865aad5a6185" ON "marketplace_commission_rule" ("collectionId") WHERE "sellerId" IS NULL`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7a19bdbd80f2b14db35cf32678" ON "marketplace_commission_rule" ("collectionId", "sellerId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_7a19bdbd80f2b14db35cf32678"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a671314f9cf050865aad5a6185"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_commission_rule" RENAME TO "temporary_marketplace_commission_rule"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_commission_rule" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "rateBps" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "collectionId" integer NOT NULL, "sellerId" integer)`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_commission_rule"("createdAt", "updatedAt", "rateBps", "id", "collectionId", "sellerId") SELECT "createdAt", "updatedAt", "rateBps", "id", "collectionId", "sellerId" FROM "temporary_marketplace_commission_rule"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_commission_rule"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7a19bdbd80f2b14db35cf32678" ON "marketplace_commission_rule" ("collectionId", "sellerId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a671314f9cf050865aad5a6185" ON "marketplace_commission_rule" ("collectionId") WHERE "sellerId" IS NULL`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_7a19bdbd80f2b14db35cf32678"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a671314f9cf050865aad5a6185"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_commission_rule"`, undefined);
   }

}
