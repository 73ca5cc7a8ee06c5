/**
 * The converters the server loads on first use (onDemand.ts; bundled as `dist/converters.js`): the
 * Word writer, the catalog importers (CSV, MARCXML) and the MARCXML reader of the UN Digital Library.
 */
export { layoutDocx } from '../export/docx';
export { importCatalogFiles } from './importCatalogFiles';
export { importMarcXml } from './catalogImport';
