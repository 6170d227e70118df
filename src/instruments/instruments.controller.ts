import { Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '../common/error-body.dto';
import { ArticleDto, InstrumentSummaryDto, OfficialTextImportReportDto } from './dto/article.response';
import { Roles } from '../auth/roles';
import { requireUpload, UploadedBytes, uploadSchema } from '../common/upload';
import { Article } from './instrument.model';
import { InstrumentsService, InstrumentSummary, OfficialTextImportReport } from './instruments.service';
import { looksLikeHtml } from './treaty-format';

@ApiTags('instruments')
@Controller('instruments')
export class InstrumentsController {
  constructor(private readonly instruments: InstrumentsService) {}

  @Get()
  @ApiOperation({ summary: 'Treaties modelled (the Convention is `ets185`)' })
  @ApiOkResponse({ type: [InstrumentSummaryDto] })
  list(): Promise<InstrumentSummary[]> {
    return this.instruments.list();
  }

  @Get(':id/articles')
  @ApiOperation({ summary: 'All articles of an instrument, with elements, reservations, declarations and the official text when imported' })
  @ApiOkResponse({ type: [ArticleDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async articles(@Param('id') id: string): Promise<Article[]> {
    return (await this.instruments.getInstrument(id)).articles;
  }

  @Get(':id/articles/:number')
  @ApiOperation({ summary: 'One article by its number, e.g. 2 or 19' })
  @ApiOkResponse({ type: ArticleDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown instrument or article' })
  article(@Param('id') id: string, @Param('number') number: string): Promise<Article> {
    return this.instruments.getArticle(id, number);
  }

  @Post(':id/official-text')
  @Roles('admin')
  @ApiSecurity('api-key')
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema())
  @ApiOperation({ summary: 'Import the official text (plain text or HTML) and attach it to each article paragraph', description: 'One transaction: a text that is not the treaty changes nothing.' })
  @ApiCreatedResponse({ type: OfficialTextImportReportDto })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'Not recognisably the treaty (INVALID_TREATY_TEXT)' })
  @UseInterceptors(FileInterceptor('file'))
  importOfficialText(@Param('id') id: string, @UploadedFile() upload: UploadedBytes | undefined): Promise<OfficialTextImportReport> {
    const file = requireUpload(upload);
    const text = file.buffer.toString('utf8');
    return this.instruments.importOfficialText(id, text, looksLikeHtml(text) ? 'html' : 'text', file.originalname);
  }
}
