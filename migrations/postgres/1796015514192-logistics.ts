import {MigrationInterface, QueryRunner} from "typeorm";

export class Logistics1796015514192 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "carrier" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying NOT NULL, "name" character varying NOT NULL, "trackingUrlTemplate" character varying NOT NULL DEFAULT '', "adapterCode" character varying NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "webhookSecret" character varying NOT NULL, "previousWebhookSecret" character varying, "previousSecretValidUntil" TIMESTAMP, "id" SERIAL NOT NULL, CONSTRAINT "PK_f615ebd1906f0270d41b3a5a8b0" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2a4cb68e6bd653fc76d2a2e682" ON "carrier" ("code") `, undefined);
        await queryRunner.query(`CREATE TABLE "tracking_event" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "carrierEventId" character varying NOT NULL, "status" character varying NOT NULL, "subStatus" character varying, "carrierStatusCode" character varying, "carrierStatusText" character varying, "location" character varying, "occurredAt" TIMESTAMP NOT NULL, "rawPayload" text, "id" SERIAL NOT NULL, "shipmentId" integer NOT NULL, "carrierId" integer NOT NULL, CONSTRAINT "PK_83bccdd8f9ff869cc45d04e2ca4" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_82f9c5156ae614ba47c59f9271" ON "tracking_event" ("shipmentId", "occurredAt") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1abc00de24b991824b7bdd460b" ON "tracking_event" ("carrierId", "carrierEventId") `, undefined);
        await queryRunner.query(`CREATE TABLE "shipment" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "trackingNumber" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'Pending', "subStatus" character varying, "lastEventAt" TIMESTAMP, "stalledAt" TIMESTAMP, "packages" text NOT NULL, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "fulfillmentId" integer NOT NULL, "orderId" integer NOT NULL, "carrierId" integer NOT NULL, CONSTRAINT "PK_f51f635db95c534ca206bf7a0a4" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d1850649bb6dc5d23c6fb0369f" ON "shipment" ("channelId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90972e653c2bdc5bfab26503bf" ON "shipment" ("fulfillmentId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_93ba0beada3eb709bc83dc0b9a" ON "shipment" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_75b5f089f72a5671a4f65efbcc" ON "shipment" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_3e11194465f6f2ba6eade97f65" ON "shipment" ("carrierId", "trackingNumber") `, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" ADD "customFieldsShippingweight" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" ADD "customFieldsShippinglength" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" ADD "customFieldsShippingwidth" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" ADD "customFieldsShippingheight" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "tracking_event" ADD CONSTRAINT "FK_045d5bcbd863920f853b6caae81" FOREIGN KEY ("shipmentId") REFERENCES "shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "shipment" ADD CONSTRAINT "FK_c66ee40226626c4f62b018f7671" FOREIGN KEY ("carrierId") REFERENCES "carrier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "shipment" DROP CONSTRAINT "FK_c66ee40226626c4f62b018f7671"`, undefined);
        await queryRunner.query(`ALTER TABLE "tracking_event" DROP CONSTRAINT "FK_045d5bcbd863920f853b6caae81"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" DROP COLUMN "customFieldsShippingheight"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" DROP COLUMN "customFieldsShippingwidth"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" DROP COLUMN "customFieldsShippinglength"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" DROP COLUMN "customFieldsShippingweight"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_3e11194465f6f2ba6eade97f65"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_75b5f089f72a5671a4f65efbcc"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_93ba0beada3eb709bc83dc0b9a"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_90972e653c2bdc5bfab26503bf"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_d1850649bb6dc5d23c6fb0369f"`, undefined);
        await queryRunner.query(`DROP TABLE "shipment"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_1abc00de24b991824b7bdd460b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_82f9c5156ae614ba47c59f9271"`, undefined);
        await queryRunner.query(`DROP TABLE "tracking_event"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_2a4cb68e6bd653fc76d2a2e682"`, undefined);
        await queryRunner.query(`DROP TABLE "carrier"`, undefined);
   }

}
