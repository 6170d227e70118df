import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { ArticleParagraphEntity } from './entities/article-paragraph.entity';
import { ArticleEntity } from './entities/article.entity';
import { InstrumentEntity } from './entities/instrument.entity';
import { Article, Instrument } from './instrument.model';
import { loadInstrumentModels } from './model/load-instruments';
import { attachOfficialText, parseTreatyText } from './official-text/parse-treaty-text';

export interface InstrumentSummary {
  id: string;
  title: string;
  shortTitle: string;
  treatySeries: string;
  openedForSignature: string;
  articleCount: number;
  officialTextImported: boolean;
}

export interface OfficialTextImportReport {
  instrument: string;
  source: string;
  articlesFound: number;
  paragraphsAttached: number;
  /** Model paragraphs that got no official text. */
  paragraphsWithoutText: string[];
  /** Lines of the input that could not be placed in any article, with the reason. */
  unplaced: { line: number; text: string; reason: string }[];
}

/** The instrument models in the database: loaded from data/instruments at start, official text attached on import. */
@Injectable()
export class InstrumentsService {
  private readonly logger = new Logger(InstrumentsService.name);

  /** Instruments as read from the database; an import of the model or of official text clears it. */
  private readonly cache = new Map<string, Promise<Instrument>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Loads every model file; an unchanged model (same hash) writes nothing. Official text already imported is kept. */
  async syncModels(models: Instrument[] = loadInstrumentModels()): Promise<void> {
    for (const model of models) {
      const hash = createHash('sha256').update(JSON.stringify(model)).digest('hex');
      const existing = await this.db.getRepository(InstrumentEntity).findOneBy({ id: model.id });
      if (existing?.modelHash === hash) continue;
      await this.db.transaction((em) => this.writeModel(em, model, hash));
      this.cache.delete(model.id);
      this.logger.log(`Loaded instrument model ${model.id} (${model.articles.length} articles)`);
    }
  }

  private async writeModel(em: EntityManager, model: Instrument, hash: string): Promise<void> {
    const existing = await em.findOneBy(InstrumentEntity, { id: model.id });
    await em.save(InstrumentEntity, {
      id: model.id,
      title: model.title,
      shortTitle: model.shortTitle,
      treatySeries: model.treatySeries,
      openedForSignature: model.openedForSignature,
      modelHash: hash,
      officialTextImport: existing?.officialTextImport ?? null,
    });
    const keep = new Set(model.articles.map((a) => a.number));
    const stored = await em.find(ArticleEntity, { where: { instrumentId: model.id } });
    for (const gone of stored.filter((a) => !keep.has(a.number))) await em.delete(ArticleEntity, { id: gone.id });
    for (const [position, a] of model.articles.entries()) {
      const row = stored.find((s) => s.number === a.number);
      const saved = await em.save(ArticleEntity, {
        id: row?.id,
        instrumentId: model.id,
        number: a.number,
        position,
        title: a.title,
        kind: a.kind,
        chapter: a.chapter,
        section: a.section ?? null,
        titleGroup: a.titleGroup ?? null,
        elements: a.elements,
        reservations: a.reservations,
        declarations: a.declarations,
        dependsOn: a.dependsOn ?? null,
      });
      const paragraphs = await em.find(ArticleParagraphEntity, { where: { articleId: saved.id } });
      const numbers = new Set(a.paragraphs.map((p) => p.number));
      for (const gone of paragraphs.filter((p) => !numbers.has(p.number))) await em.delete(ArticleParagraphEntity, { id: gone.id });
      for (const [i, p] of a.paragraphs.entries()) {
        const old = paragraphs.find((x) => x.number === p.number);
        await em.save(ArticleParagraphEntity, {
          id: old?.id,
          articleId: saved.id,
          number: p.number,
          position: i,
          obligation: p.obligation,
          officialText: old?.officialText ?? null,
        });
      }
    }
  }

  async list(): Promise<InstrumentSummary[]> {
    const rows = await this.db.getRepository(InstrumentEntity).find({ order: { id: 'ASC' } });
    const counts = await this.db
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .select('a.instrumentId', 'instrumentId')
      .addSelect('COUNT(*)', 'n')
      .groupBy('a.instrumentId')
      .getRawMany<{ instrumentId: string; n: string }>();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      shortTitle: r.shortTitle,
      treatySeries: r.treatySeries,
      openedForSignature: r.openedForSignature,
      articleCount: Number(counts.find((c) => c.instrumentId === r.id)?.n ?? 0),
      officialTextImported: !!r.officialTextImport,
    }));
  }

  /** The instrument as a domain object (articles in order, official text where imported). */
  getInstrument(id: string): Promise<Instrument> {
    let found = this.cache.get(id);
    if (!found) {
      found = this.readInstrument(id);
      this.cache.set(id, found);
      found.catch(() => this.cache.delete(id));
    }
    return found;
  }

  private async readInstrument(id: string): Promise<Instrument> {
    const row = await this.db.getRepository(InstrumentEntity).findOneBy({ id });
    if (!row) throw new DomainError('INSTRUMENT_NOT_FOUND', `No instrument with id '${id}'. Known ids are listed at GET /instruments.`);
    const articles = await this.db.getRepository(ArticleEntity).find({
      where: { instrumentId: id },
      relations: { paragraphs: true },
      order: { position: 'ASC', paragraphs: { position: 'ASC' } },
    });
    return {
      id: row.id,
      title: row.title,
      shortTitle: row.shortTitle,
      treatySeries: row.treatySeries,
      openedForSignature: row.openedForSignature,
      articles: articles.map(toArticle),
    };
  }

  async getArticle(id: string, number: string): Promise<Article> {
    const instrument = await this.getInstrument(id);
    const article = instrument.articles.find((a) => a.number === number);
    if (!article) {
      throw new DomainError(
        'ARTICLE_NOT_FOUND',
        `Instrument '${id}' has no Article ${number}; its articles are numbered ${instrument.articles[0]?.number}–${instrument.articles.at(-1)?.number}.`,
      );
    }
    return article;
  }

  /** Parses a plain-text or HTML copy of the treaty and attaches it per paragraph, in one transaction. */
  async importOfficialText(id: string, input: string, format: 'text' | 'html', source: string): Promise<OfficialTextImportReport> {
    const instrument = await this.getInstrument(id);
    const parsed = parseTreatyText(input, format, instrument);
    const attached = attachOfficialText(instrument, parsed);
    const withText = attached.instrument.articles.flatMap((a) => a.paragraphs.filter((p) => p.officialText).map((p) => ({ a, p })));
    this.cache.delete(id);
    await this.db.transaction(async (em) => {
      for (const article of attached.instrument.articles) {
        const row = await em.findOneByOrFail(ArticleEntity, { instrumentId: id, number: article.number });
        for (const p of article.paragraphs) {
          await em.update(ArticleParagraphEntity, { articleId: row.id, number: p.number }, { officialText: p.officialText ?? null });
        }
      }
      await em.update(InstrumentEntity, { id }, { officialTextImport: { source, importedAt: new Date().toISOString(), unplaced: parsed.unplaced } });
    });
    this.cache.delete(id);
    return {
      instrument: id,
      source,
      articlesFound: parsed.articles.length,
      paragraphsAttached: withText.length,
      paragraphsWithoutText: attached.paragraphsWithoutText,
      unplaced: parsed.unplaced,
    };
  }
}

function toArticle(a: ArticleEntity): Article {
  return {
    number: a.number,
    title: a.title,
    chapter: a.chapter,
    ...(a.section ? { section: a.section } : {}),
    ...(a.titleGroup ? { titleGroup: a.titleGroup } : {}),
    kind: a.kind,
    paragraphs: a.paragraphs.map((p) => ({ number: p.number, obligation: p.obligation, ...(p.officialText ? { officialText: p.officialText } : {}) })),
    elements: a.elements,
    reservations: a.reservations,
    declarations: a.declarations,
    ...(a.dependsOn ? { dependsOn: a.dependsOn } : {}),
  };
}
