package cn.perftarget.workflow.account;

/**
 * An account was disabled, moved, given other roles or a reset password: its sessions end at once (the web layer
 * listens) and the next sign-in reads the account as it is now.
 */
public record AccountChanged(String username) {}
