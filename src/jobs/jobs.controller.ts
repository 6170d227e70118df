import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOperation, ApiPropertyOptional, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { Roles } from '../auth/roles';
import { ErrorBodyDto } from '../common/error-body.dto';
import { JobsService } from './jobs.service';

export class BatchAnalysisDto {
  @ApiPropertyOptional({ description: 'Jurisdiction codes; all with statutes when omitted', example: ['XA', 'KE'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  jurisdictions?: string[];
}

@ApiTags('analyses')
@Controller()
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post('analyses/batch')
  @HttpCode(202)
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Analyse many jurisdictions in the background; returns the job to poll at GET /jobs/{id}' })
  @ApiAcceptedResponse({ description: '{ id, state, done, total, errors }' })
  async batch(@Body() dto: BatchAnalysisDto) {
    const job = await this.jobs.createBatch(dto.jurisdictions);
    this.jobs.start(job.id);
    return job;
  }

  @Get('jobs/:id')
  @ApiOperation({ summary: 'A job and its progress: state queued|running|done|failed, done of total, errors per jurisdiction' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.jobs.get(id);
  }
}
