/**
 * Bad inputs: each a clear, localised ImportError with its code, never
 * another exception. The PDFs are built in the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { importDisclosure, ImportError, MAX_INPUT_BYTES, MAX_PDF_PAGES, MAX_WORKBOOK_CELLS, MAX_UNZIPPED_BYTES, type ImportErrorCode } from '../../components/import/index.js';
import { minimalPdf, sharedFile } from './import-helpers.js';

async function refused(input: Parameters<typeof importDisclosure>[0], code: ImportErrorCode, zh: RegExp, en: RegExp) {
  await assert.rejects(importDisclosure(input), (error: unknown) => {
    assert.ok(error instanceof ImportError, `an ImportError, not ${String(error)}`);
    assert.equal(error.code, code);
    assert.match(error.localised['zh-CN'], zh);
    assert.match(error.localised.en, en);
    return true;
  });
}

test('a PDF without a text layer (a scan) says so and what to do', async () => {
  await refused(minimalPdf('q 0 0 1 rg 10 10 100 100 re f Q'), 'no-text-layer', /没有文字层.*扫描件.*OCR/, /no text layer: scanned\? Use the spreadsheet or OCR it first/);
});

test('an encrypted PDF', async () => {
  const encryption = `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`;
  const pdf = minimalPdf('BT /F1 12 Tf 72 700 Td (secret) Tj ET', `/Encrypt 6 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `, [encryption]);
  await refused(pdf, 'encrypted', /已加密/, /encrypted/);
});

test('a truncated (corrupt) PDF: what to do, in the reader\'s language; pdf.js\'s own words only in the details', async () => {
  const bytes = new Uint8Array(readFileSync(sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf'))).slice(0, 3000);
  await refused(bytes, 'corrupt', /^PDF 已损坏或不完整，无法读取：请重新下载发布的原文件后再试。$/, /^The PDF is damaged or incomplete and cannot be read: download the published file again and retry\.$/);
  await assert.rejects(importDisclosure(bytes), (error: unknown) => error instanceof ImportError && error.details.length > 0);
});

test('a picture or a Word file named .pdf is an unsupported file, not a damaged PDF', async () => {
  // A PNG's signature and header chunk, then binary.
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
  const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
  for (const [bytes, name] of [[png, '2024年部门决算.pdf'], [docx, '2024年部门决算.pdf'], [docx, '2024年部门决算.docx']] as const) {
    await assert.rejects(importDisclosure(bytes, { fileName: name }), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.code, 'unsupported', name);
      assert.equal(error.localised['zh-CN'], '无法识别的文件类型：请使用 PDF、XLSX、CSV 或文本。');
      return true;
    });
  }
});

test('a PDF that is not a disclosure', async () => {
  await refused(minimalPdf('BT /F1 12 Tf 72 700 Td (Quarterly newsletter: nothing about budgets) Tj ET'), 'not-a-disclosure', /不像是一份部门决算/, /does not look like a disclosure/);
});

test('an empty file, and text of white space only', async () => {
  await refused(new Uint8Array(0), 'empty', /空的/, /empty/);
  await refused('  \n ', 'empty', /空的/, /empty/);
});

test(`a file over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit is refused before it is read`, async () => {
  // A zero-filled buffer in memory; nothing is written to disk.
  await refused(new Uint8Array(MAX_INPUT_BYTES + 1), 'too-large', /文件过大.*上限为 50 MB/, /too large.*up to 50 MB/);
  // A Blob reports its size without being read.
  await refused(new Blob([new Uint8Array(1024)], { type: 'application/pdf' }).slice(0, 0), 'empty', /空的/, /empty/);
});

test(`a PDF of more than ${MAX_PDF_PAGES} pages is refused before a page is read`, async () => {
  // A page tree of 5,000 pages (the same page 5,000 times: 30 KB of PDF).
  await refused(minimalPdf('BT /F1 12 Tf 72 700 Td (page) Tj ET', '', [], 5000), 'too-large', /共 5000 页，导入上限为 2000 页/, /5000 pages; the importer reads up to 2000/);
});

test(`a workbook declaring more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB unzipped (a zip bomb) is refused before it is inflated`, async () => {
  const zip = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="表一" r:id="rId1"/></sheets></workbook>'),
    'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData/></worksheet>'),
  });
  // The central directory's entry for the sheet: its uncompressed size (offset 24) made 300 MB, what a bomb declares.
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let patched = 0;
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (name === 'xl/worksheets/sheet1.xml') {
      view.setUint32(at + 24, 300 * 1024 * 1024, true);
      patched++;
    }
  }
  assert.equal(patched, 1);
  await refused(zip, 'too-large', /解压后过大（至少 300 MB），导入上限为 200 MB/, /too large unzipped \(at least 300 MB\); the importer reads up to 200 MB/);
});

/** A one-sheet workbook around `sheetData` and `extra` (what follows it, e.g. <mergeCells>). */
function workbook(sheetData: string, extra = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="表一" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData>${extra}</worksheet>`),
  });
}

test(`a small workbook whose merged range covers more than ${MAX_WORKBOOK_CELLS} cells is refused before the range is filled`, async () => {
  // 702 × 200,000 = 140 million cells in a file of under 1 KB (A1:ZZ20000, a tenth of it, once took 21 s and 368 MB).
  const merged = (range: string) => workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>合计</t></is></c></row>', `<mergeCells><mergeCell ref="${range}"/></mergeCells>`);
  assert.ok(merged('A1:ZZ200000').length < 1024);
  const started = Date.now();
  await refused(merged('A1:ZZ200000'), 'too-large', /电子表格的单元格（含合并单元格覆盖的范围）超过导入上限 1,000,000 个/, /The workbook fills more than 1,000,000 cells/);
  // Two ranges of 26 × 20,000 = 520,000 cells each: counted together.
  await refused(workbook('', '<mergeCells><mergeCell ref="A1:Z20000"/><mergeCell ref="A20001:Z40000"/></mergeCells>'), 'too-large', /超过导入上限/, /more than 1,000,000 cells/);
  // Split over sheets, each under the limit: counted over the workbook (20 sheets of 702 × 1,400 = 982,800 cells each
  // once took 22 s and 926 MB).
  const sheets: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(`<workbook><sheets>${Array.from({ length: 20 }, (_, index) => `<sheet name="表${index}" r:id="rId${index}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships>${Array.from({ length: 20 }, (_, index) => `<Relationship Id="rId${index}" Target="worksheets/sheet${index}.xml"/>`).join('')}</Relationships>`),
  };
  for (let index = 0; index < 20; index++) sheets[`xl/worksheets/sheet${index}.xml`] = strToU8('<worksheet><sheetData/><mergeCells><mergeCell ref="A1:ZZ1400"/></mergeCells></worksheet>');
  await refused(zipSync(sheets), 'too-large', /超过导入上限 1,000,000 个/, /The workbook fills more than 1,000,000 cells/);
  assert.ok(Date.now() - started < 5000, 'refused without filling the ranges');
});

test('a cell reference beyond Excel\'s bounds (row 2,000,000; column AAAA) is a damaged workbook, not a grid of that size', async () => {
  await refused(workbook('<row r="2000000"><c r="A2000000"><v>1</v></c></row>'), 'corrupt', /电子表格已损坏/, /workbook is damaged/);
  await refused(workbook('', '<mergeCells><mergeCell ref="A1:AAAA1"/></mergeCells>'), 'corrupt', /电子表格已损坏/, /workbook is damaged/);
});

test('a page of unrelated text', async () => {
  await refused('今天天气很好，我们去公园散步。\n下午三点在图书馆见面。', 'not-a-disclosure', /不像是一份部门决算/, /does not look like a disclosure/);
});

test('binary that is no PDF, no workbook and no text', async () => {
  await refused(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'unsupported', /无法识别/, /Unrecognised/);
});
