/**
 * Readers of Word files (.docx: its WordprocessingML, through POI's package and its secure XML parser; .doc with
 * HWPF) and Excel files (.xlsx, .xls with the SS user model) into a
 * {@link cn.perftarget.domain.importer.DocumentGrid}: paragraphs and table rows in reading order, merged cells as a
 * reader sees them, each cell with its place.
 */
@NullMarked
package cn.perftarget.domain.office.read;

import org.jspecify.annotations.NullMarked;
