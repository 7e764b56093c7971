/**
 * Downloads: links that hand the user a file the workflow's export services make on request (so that the audit and
 * the security log are written on the server, at the moment of the download) — one table as Word, PDF or Excel, lists
 * and findings as Excel.
 */
@NullMarked
package cn.perftarget.ui.export;

import org.jspecify.annotations.NullMarked;
