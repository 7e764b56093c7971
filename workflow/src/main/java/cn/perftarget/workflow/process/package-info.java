/**
 * The link between tables and their approval rounds: the process step of each round and its table status, the round
 * columns, and the guard that keeps state changes inside the approval service.
 */
@NullMarked
package cn.perftarget.workflow.process;

import org.jspecify.annotations.NullMarked;
