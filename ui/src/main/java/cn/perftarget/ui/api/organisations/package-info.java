/** /api/v1/organisations: the departments and units of the caller's scope. */
@NullMarked
package cn.perftarget.ui.api.organisations;

import org.jspecify.annotations.NullMarked;
