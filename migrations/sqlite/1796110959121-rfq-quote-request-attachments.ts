import {MigrationInterface, QueryRunner} from "typeorm";

export class RfqQuoteRequestAttachments1796110959121 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "rfq_quote_request_attachment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "fileName" varchar(255) NOT NULL, "mimeType" varchar(127) NOT NULL, "fileSize" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "requestId" integer NOT NULL, "assetId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a318b5474e0402946c592df31c" ON "rfq_quote_request_attachment" ("requestId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a318b5474e0402946c592df31c"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_rfq_quote_request_attachment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "fileName" varchar(255) NOT NULL, "mimeType" varchar(127) NOT NULL, "fileSize" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "requestId" integer NOT NULL, "assetId" integer NOT NULL, CONSTRAINT "FK_a318b5474e0402946c592df31cd" FOREIGN KEY ("requestId") REFERENCES "rfq_quote_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_66071e3a7efec3e33c6d1559ad7" FOREIGN KEY ("assetId") REFERENCES "asset" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_rfq_quote_request_attachment"("createdAt", "updatedAt", "fileName", "mimeType", "fileSize", "id", "requestId", "assetId") SELECT "createdAt", "updatedAt", "fileName", "mimeType", "fileSize", "id", "requestId", "assetId" FROM "rfq_quote_request_attachment"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_request_attachment"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_rfq_quote_request_attachment" RENAME TO "rfq_quote_request_attachment"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a318b5474e0402946c592df31c" ON "rfq_quote_request_attachment" ("requestId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_a318b5474e0402946c592df31c"`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_attachment" RENAME TO "temporary_rfq_quote_request_attachment"`, undefined);
        await queryRunner.query(`CREATE TABLE "rfq_quote_request_attachment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "fileName" varchar(255) NOT NULL, "mimeType" varchar(127) NOT NULL, "fileSize" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "requestId" integer NOT NULL, "assetId" integer NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "rfq_quote_request_attachment"("createdAt", "updatedAt", "fileName", "mimeType", "fileSize", "id", "requestId", "assetId") SELECT "createdAt", "updatedAt", "fileName", "mimeType", "fileSize", "id", "requestId", "assetId" FROM "temporary_rfq_quote_request_attachment"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_rfq_quote_request_attachment"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a318b5474e0402946c592df31c" ON "rfq_quote_request_attachment" ("requestId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a318b5474e0402946c592df31c"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_request_attachment"`, undefined);
   }

}
