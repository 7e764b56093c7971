/** Demo work: on a freshly created demo database, the seed tables driven through the approval service. */
@NullMarked
package cn.perftarget.workflow.demo;

import org.jspecify.annotations.NullMarked;
