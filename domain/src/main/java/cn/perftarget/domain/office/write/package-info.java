/**
 * Tables out as files in the published layout: one table as .docx, .pdf (with an embedded CJK font) or .xlsx, and a
 * department's publication document (its department part and its approved tables) as .docx and .pdf.
 */
@NullMarked
package cn.perftarget.domain.office.write;

import org.jspecify.annotations.NullMarked;
