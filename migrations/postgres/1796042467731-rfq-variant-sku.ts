import {MigrationInterface, QueryRunner} from "typeorm";

export class RfqVariantSku1796042467731 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "rfq_variant_sku" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "skuNormalized" character varying(255), "variantUpdatedAt" TIMESTAMP NOT NULL, "id" SERIAL NOT NULL, "productVariantId" integer NOT NULL, CONSTRAINT "PK_ada3f7f47080b61534f3dab5556" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_433f8cfad5930298825fe2b029" ON "rfq_variant_sku" ("productVariantId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_c3b5264442a78ad7b770bfc981" ON "rfq_variant_sku" ("skuNormalized") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_c3b5264442a78ad7b770bfc981"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_433f8cfad5930298825fe2b029"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_variant_sku"`, undefined);
   }

}
