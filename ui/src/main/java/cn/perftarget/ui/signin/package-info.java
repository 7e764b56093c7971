/**
 * The steps of a sign-in after the password: the second factor's code, the new password a first sign-in or a reset
 * requires, the enrolment of the second factor an administrative role requires.
 */
@NullMarked
package cn.perftarget.ui.signin;

import org.jspecify.annotations.NullMarked;
