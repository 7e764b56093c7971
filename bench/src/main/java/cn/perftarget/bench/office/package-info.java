/** JMH benchmark of the Office importer: a 24-table Word document read and validated, without saving. */
@NullMarked
package cn.perftarget.bench.office;

import org.jspecify.annotations.NullMarked;
