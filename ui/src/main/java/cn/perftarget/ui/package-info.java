/**
 * The application's Spring Boot main: the Vaadin UI, Spring Security and the embedded Camunda engine in one
 * program.
 */
@NullMarked
package cn.perftarget.ui;

import org.jspecify.annotations.NullMarked;
