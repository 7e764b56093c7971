/** Running several nodes behind a load balancer: the node's route in its session ids, for sticky sessions. */
@NullMarked
package cn.perftarget.ui.cluster;

import org.jspecify.annotations.NullMarked;
