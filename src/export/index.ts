/** The exporters besides TMX: TSV, parallel text and TBX. Re-exports only. */
export { DEFAULT_TSV_EXPORT_OPTIONS, escapeTsvField, exportTsv, FORMULA_START, TSV_COLUMNS, tsvRow, type TsvExportOptions } from './export-tsv';
export { DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS, exportParallelText, LINE_BREAKS, type ParallelText, type ParallelTextExportOptions } from './export-parallel-text';
export type { ChineseConversion } from './convert-chinese';
export { DEFAULT_TBX_OPTIONS, serializeTbx, type TbxOptions } from './serialize-tbx';
