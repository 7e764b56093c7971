/**
 * Demo mode: the demo organisation, its users and the seed tables loaded as drafts (编制中) of their units.
 */
@NullMarked
package cn.perftarget.domain.demo;

import org.jspecify.annotations.NullMarked;
