/**
 * The start-up order of our Flyway migrations and the process engine.
 */
@NullMarked
package cn.perftarget.workflow.engine;

import org.jspecify.annotations.NullMarked;
