/**
 * Failed jobs: a job of the engine that used up its retries becomes an incident, the operators are told in-app (once
 * per incident), and the open incidents are read for {@code /actuator/health}.
 */
@NullMarked
package cn.perftarget.workflow.incident;

import org.jspecify.annotations.NullMarked;
