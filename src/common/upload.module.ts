import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config';

/** Uploads stay in memory (they are parsed at once) and are capped at MAX_UPLOAD_BYTES. */
@Global()
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1 } }),
    }),
  ],
  exports: [MulterModule],
})
export class UploadModule {}
