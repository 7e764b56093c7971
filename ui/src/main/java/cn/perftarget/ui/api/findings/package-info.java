/** /api/v1/findings: checks of a table's content or uploaded documents, nothing saved. */
@NullMarked
package cn.perftarget.ui.api.findings;

import org.jspecify.annotations.NullMarked;
