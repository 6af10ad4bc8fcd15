import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsWebhookDeliveryBody1796110770163 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD "body" text`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ALTER COLUMN "alertId" DROP NOT NULL`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b02f79b2752497be386e1bc722" ON "webhook_delivery" ("attemptedAt") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_b02f79b2752497be386e1bc722"`, undefined);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ALTER COLUMN "alertId" SET NOT NULL`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP COLUMN "body"`, undefined);
   }

}
