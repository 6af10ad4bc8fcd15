import {MigrationInterface, QueryRunner} from "typeorm";

export class Rfq1796013823104 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "rfq_quote" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "state" character varying NOT NULL DEFAULT 'submitted', "revision" integer NOT NULL DEFAULT '1', "currencyCode" character varying NOT NULL, "validUntil" TIMESTAMP, "note" character varying(2000), "declineReason" character varying(1000), "acceptanceVersion" integer NOT NULL DEFAULT '0', "id" SERIAL NOT NULL, "requestId" integer NOT NULL, "sellerId" integer NOT NULL, CONSTRAINT "PK_84d03f5b6826a8143fda1123d1b" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_fc88d1835d9c69abced2fea783" ON "rfq_quote" ("requestId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_35067d9c7df14ebf6adc80ee03" ON "rfq_quote" ("sellerId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_c2f7e91a0baddab439424d6b66" ON "rfq_quote" ("state", "validUntil") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d6c350e2e72d47dff87417d19c" ON "rfq_quote" ("requestId", "sellerId") `, undefined);
        await queryRunner.query(`CREATE TABLE "rfq_quote_line" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "revision" integer NOT NULL, "quantity" integer NOT NULL, "quantityAvailable" integer NOT NULL DEFAULT '0', "leadTimeDays" integer NOT NULL DEFAULT '0', "note" character varying(1000), "acceptedQuantity" integer NOT NULL DEFAULT '0', "acceptedAt" TIMESTAMP, "id" SERIAL NOT NULL, "quoteId" integer NOT NULL, "requestLineId" integer NOT NULL, "unitPrice" bigint NOT NULL, CONSTRAINT "PK_6efd2bdb3caed69aa49b41052e9" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_26ccad148e17bff987fa26374e" ON "rfq_quote_line" ("requestLineId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_5d79163f3dda2f79d18bc79b47" ON "rfq_quote_line" ("quoteId", "revision") `, undefined);
        await queryRunner.query(`CREATE TABLE "rfq_quote_request" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying NOT NULL, "state" character varying NOT NULL DEFAULT 'draft', "currencyCode" character varying NOT NULL, "neededBy" TIMESTAMP, "responseDeadline" TIMESTAMP NOT NULL, "deliveryAddress" text, "note" character varying(2000), "submittedAt" TIMESTAMP, "routedAt" TIMESTAMP, "closedAt" TIMESTAMP, "unansweredNotifiedAt" TIMESTAMP, "id" SERIAL NOT NULL, "customerId" integer NOT NULL, "companyId" integer, "channelId" integer NOT NULL, CONSTRAINT "PK_81398507a25caf00d4db9500f51" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7619e78b3928666852696aea7b" ON "rfq_quote_request" ("code") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_94e710a6e5d60ae9680fdeef9a" ON "rfq_quote_request" ("customerId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_7a93a9c38f859c1f937ec20c95" ON "rfq_quote_request" ("companyId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e0206d082b4d182fb4e7ed134f" ON "rfq_quote_request" ("state", "responseDeadline") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_4aec4748520c090100f18f66b0" ON "rfq_quote_request" ("customerId", "state") `, undefined);
        await queryRunner.query(`CREATE TABLE "rfq_quote_request_line" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "position" integer NOT NULL DEFAULT '0', "partNumber" character varying(100), "partNumberNormalized" character varying(100), "manufacturer" character varying(100), "description" character varying(1000), "quantity" integer NOT NULL, "id" SERIAL NOT NULL, "requestId" integer NOT NULL, "productVariantId" integer, CONSTRAINT "PK_ec7efc4113eca599c1462c9ac74" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_2e2b5b3ffc20d88f10543b5c9b" ON "rfq_quote_request_line" ("requestId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_1332c11ec126272f51604b2062" ON "rfq_quote_request_line" ("partNumberNormalized") `, undefined);
        await queryRunner.query(`CREATE TABLE "rfq_quote_request_routing" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "matchedBy" character varying NOT NULL, "id" SERIAL NOT NULL, "requestId" integer NOT NULL, "requestLineId" integer NOT NULL, "sellerId" integer NOT NULL, "offerId" integer, CONSTRAINT "PK_3a30aa9fe9c1003dfc70b52ad47" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b479647ec8dce46401d67a2416" ON "rfq_quote_request_routing" ("requestId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_385ef873149d15ae5ae856a99b" ON "rfq_quote_request_routing" ("sellerId", "requestId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2d29b04ea5028eaeae989ac0f3" ON "rfq_quote_request_routing" ("requestLineId", "sellerId") `, undefined);
        await queryRunner.query(`CREATE TABLE "rfq_offer_part_number" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "sellerSkuNormalized" character varying(100), "manufacturerPartNumberNormalized" character varying(100), "offerUpdatedAt" TIMESTAMP NOT NULL, "id" SERIAL NOT NULL, "offerId" integer NOT NULL, "sellerId" integer NOT NULL, "productVariantId" integer NOT NULL, CONSTRAINT "PK_55b466f8f1a8a4ade2ec08c3ccd" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_809fcf016564b4c0c092dbd9db" ON "rfq_offer_part_number" ("offerId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6354c2477f68030b9aeb466d5b" ON "rfq_offer_part_number" ("sellerSkuNormalized") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a599c04bfacbaaf589811b2133" ON "rfq_offer_part_number" ("manufacturerPartNumberNormalized") `, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" ADD "customFieldsQuotelineid" character varying(255)`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_line" ADD CONSTRAINT "FK_800fd3043e58aaa106c6b9f57f4" FOREIGN KEY ("quoteId") REFERENCES "rfq_quote"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_line" ADD CONSTRAINT "FK_2e2b5b3ffc20d88f10543b5c9b4" FOREIGN KEY ("requestId") REFERENCES "rfq_quote_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_line" ADD CONSTRAINT "FK_660e2b1d7c8180241155178ae43" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE SET NULL ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_line" DROP CONSTRAINT "FK_660e2b1d7c8180241155178ae43"`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_line" DROP CONSTRAINT "FK_2e2b5b3ffc20d88f10543b5c9b4"`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_line" DROP CONSTRAINT "FK_800fd3043e58aaa106c6b9f57f4"`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" DROP COLUMN "customFieldsQuotelineid"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a599c04bfacbaaf589811b2133"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_6354c2477f68030b9aeb466d5b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_809fcf016564b4c0c092dbd9db"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_offer_part_number"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_2d29b04ea5028eaeae989ac0f3"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_385ef873149d15ae5ae856a99b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_b479647ec8dce46401d67a2416"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_request_routing"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_1332c11ec126272f51604b2062"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_2e2b5b3ffc20d88f10543b5c9b"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_request_line"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_4aec4748520c090100f18f66b0"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_e0206d082b4d182fb4e7ed134f"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_7a93a9c38f859c1f937ec20c95"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_94e710a6e5d60ae9680fdeef9a"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_7619e78b3928666852696aea7b"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_request"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_5d79163f3dda2f79d18bc79b47"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_26ccad148e17bff987fa26374e"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_line"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_d6c350e2e72d47dff87417d19c"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_c2f7e91a0baddab439424d6b66"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_35067d9c7df14ebf6adc80ee03"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_fc88d1835d9c69abced2fea783"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote"`, undefined);
   }

}
