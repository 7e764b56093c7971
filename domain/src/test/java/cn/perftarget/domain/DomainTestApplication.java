package cn.perftarget.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of the domain's persistence tests: embedded PostgreSQL, Flyway, repositories. */
@SpringBootApplication
public class DomainTestApplication {}
