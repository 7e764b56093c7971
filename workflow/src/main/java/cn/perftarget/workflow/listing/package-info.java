/** The stored filters of the table lists: the last fiscal grade and the rules with findings of each table. */
@NullMarked
package cn.perftarget.workflow.listing;

import org.jspecify.annotations.NullMarked;
