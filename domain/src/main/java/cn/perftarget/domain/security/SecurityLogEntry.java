package cn.perftarget.domain.security;

import java.time.Instant;

/** A security log entry as stored: its place in the one chain of the log, and the event. */
public record SecurityLogEntry(long seq, Instant at, SecurityEvent event, String prevHash, String hash) {}
