/** The application's own parts of {@code /actuator/health}: the audit chains' latest check and the engine's
 * open incidents. */
@NullMarked
package cn.perftarget.ui.health;

import org.jspecify.annotations.NullMarked;
