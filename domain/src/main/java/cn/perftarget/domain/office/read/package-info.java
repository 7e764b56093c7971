/**
 * Readers of Word (.docx with XWPF, .doc with HWPF) and Excel (.xlsx, .xls with the SS user model) files into a
 * {@link cn.perftarget.domain.importer.DocumentGrid}: paragraphs and table rows in reading order, merged cells as a
 * reader sees them, each cell with its place.
 */
@NullMarked
package cn.perftarget.domain.office.read;

import org.jspecify.annotations.NullMarked;
