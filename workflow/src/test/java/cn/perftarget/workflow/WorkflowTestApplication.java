package cn.perftarget.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context of the workflow module's tests: embedded PostgreSQL, Flyway, the domain's repositories and the
 * embedded Camunda engine with our components. The module has no application class of its own (ui has it).
 */
@SpringBootApplication(scanBasePackages = "cn.perftarget")
public class WorkflowTestApplication {}
