/**
 * Office files in: {@link cn.perftarget.domain.office.OfficeImporter} reads a .docx, .doc, .xlsx or .xls file into
 * the same {@link cn.perftarget.domain.importer.ImportedDocument} as the paste importer, after the checks of
 * {@code office.guard}; the files out are in {@code office.write} (tables, the publication document) and
 * {@code office.lists} (lists and findings as workbooks).
 */
@NullMarked
package cn.perftarget.domain.office;

import org.jspecify.annotations.NullMarked;
