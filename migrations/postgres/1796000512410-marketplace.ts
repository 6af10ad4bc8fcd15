import {MigrationInterface, QueryRunner} from "typeorm";

export class Marketplace1796000512410 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "marketplace_seller" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "name" character varying NOT NULL, "code" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'pending', "statusReason" character varying(1000), "statusChangedAt" TIMESTAMP, "contactEmail" character varying NOT NULL, "taxId" character varying NOT NULL, "description" character varying(2000), "id" SERIAL NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "stockLocationId" integer, "roleId" integer, CONSTRAINT "REL_3977bdda8a7bf7c1449cae85d6" UNIQUE ("sellerId"), CONSTRAINT "PK_03ad51998707759c06438c6de49" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0a93ca3a07a41a642b741fc6f6" ON "marketplace_seller" ("code") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_250457e9faba6da6b395feb7b2" ON "marketplace_seller" ("taxId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b6e75c761314ec71aae53c8ca6" ON "marketplace_seller" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a83b1e0ef78ed28f692a59222d" ON "marketplace_seller" ("roleId") `, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_offer" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "currencyCode" character varying NOT NULL, "quantityAvailable" integer NOT NULL DEFAULT '0', "leadTimeDays" integer NOT NULL DEFAULT '0', "condition" character varying NOT NULL DEFAULT 'new', "minimumOrderQuantity" integer NOT NULL DEFAULT '1', "sellerSku" character varying, "manufacturerPartNumber" character varying, "active" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, "sellerId" integer NOT NULL, "productVariantId" integer NOT NULL, "price" bigint NOT NULL, CONSTRAINT "PK_d3c6f2580b2b9e7a399180bb7a7" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_770318cf490297a6b71b801ab1" ON "marketplace_offer" ("sellerId", "productVariantId", "condition", "currencyCode") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_76aa3f7e7e3f36101e429e3bab" ON "marketplace_offer" ("productVariantId", "active") `, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" ADD "customFieldsOfferid" character varying(255)`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD CONSTRAINT "FK_3977bdda8a7bf7c1449cae85d6b" FOREIGN KEY ("sellerId") REFERENCES "seller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD CONSTRAINT "FK_b6e75c761314ec71aae53c8ca63" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD CONSTRAINT "FK_872f66400a4f800eab64c6c0e7a" FOREIGN KEY ("stockLocationId") REFERENCES "stock_location"("id") ON DELETE SET NULL ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD CONSTRAINT "FK_a83b1e0ef78ed28f692a59222da" FOREIGN KEY ("roleId") REFERENCES "role"("id") ON DELETE SET NULL ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_offer" ADD CONSTRAINT "FK_9e5be86854571ced877bbeb6530" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_offer" ADD CONSTRAINT "FK_d6732695d41e957e6b388b0c4f0" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "marketplace_offer" DROP CONSTRAINT "FK_d6732695d41e957e6b388b0c4f0"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_offer" DROP CONSTRAINT "FK_9e5be86854571ced877bbeb6530"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP CONSTRAINT "FK_a83b1e0ef78ed28f692a59222da"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP CONSTRAINT "FK_872f66400a4f800eab64c6c0e7a"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP CONSTRAINT "FK_b6e75c761314ec71aae53c8ca63"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP CONSTRAINT "FK_3977bdda8a7bf7c1449cae85d6b"`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" DROP COLUMN "customFieldsOfferid"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_76aa3f7e7e3f36101e429e3bab"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_770318cf490297a6b71b801ab1"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_offer"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a83b1e0ef78ed28f692a59222d"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_b6e75c761314ec71aae53c8ca6"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_250457e9faba6da6b395feb7b2"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_0a93ca3a07a41a642b741fc6f6"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller"`, undefined);
   }

}
