import {MigrationInterface, QueryRunner} from "typeorm";

export class RfqVariantSku1796042448903 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "rfq_variant_sku" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "skuNormalized" varchar(255), "variantUpdatedAt" datetime NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "productVariantId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_433f8cfad5930298825fe2b029" ON "rfq_variant_sku" ("productVariantId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_c3b5264442a78ad7b770bfc981" ON "rfq_variant_sku" ("skuNormalized") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_c3b5264442a78ad7b770bfc981"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_433f8cfad5930298825fe2b029"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_variant_sku"`, undefined);
   }

}
