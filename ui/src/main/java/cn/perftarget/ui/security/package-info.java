/**
 * Logging in and out: Spring Security's chains, users from our own tables, and the signed-in user of a request.
 */
@NullMarked
package cn.perftarget.ui.security;

import org.jspecify.annotations.NullMarked;
