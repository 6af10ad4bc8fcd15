import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsNotificationOutbox1796138301743 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "alert" ADD "notificationPending" character varying(16)`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" ADD "notificationClaim" character varying(36)`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" ADD "notificationClaimedAt" TIMESTAMP`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_694c4f55cabd7b546840c15444" ON "alert" ("notificationPending") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_694c4f55cabd7b546840c15444"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "notificationClaimedAt"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "notificationClaim"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "notificationPending"`, undefined);
   }

}
