import {MigrationInterface, QueryRunner} from "typeorm";

export class LogisticsCustomerLanguage1796028220673 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "customer" ADD "customFieldsNotificationlanguage" character varying(255)`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "customer" DROP COLUMN "customFieldsNotificationlanguage"`, undefined);
   }

}
