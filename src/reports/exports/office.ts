/**
 * The correspondence table as an Excel workbook (exceljs) and a Word document (docx): the one
 * place those libraries are used.
 */
import ExcelJS from 'exceljs';
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CORRESPONDENCE_COLUMNS, CorrespondenceRow } from './correspondence';

export async function toXlsx(rows: CorrespondenceRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Concordance';
  wb.title = title;
  const ws = wb.addWorksheet('Correspondence', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = CORRESPONDENCE_COLUMNS.map((c) => ({ header: c.key, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CORRESPONDENCE_COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Landscape A4, one table; the columns a reader needs on paper (the id columns stay in the spreadsheet). */
const DOCX_COLUMNS: (keyof CorrespondenceRow)[] = ['article', 'element', 'statute', 'citation', 'status', 'evidence', 'justification', 'origin', 'reviewer', 'confidence'];

export async function toDocx(rows: CorrespondenceRow[], title: string): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 16 })] })] });
  const header = new TableRow({ tableHeader: true, children: DOCX_COLUMNS.map((k) => cell(CORRESPONDENCE_COLUMNS.find((c) => c.key === k)!.header, true)) });
  const body = rows.map((r) => new TableRow({ children: DOCX_COLUMNS.map((k) => cell(r[k] === null || r[k] === undefined ? '' : String(r[k]))) }));
  const doc = new Document({
    creator: 'Concordance',
    title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT, children: [new TextRun(title)] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
