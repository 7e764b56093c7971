package cn.perftarget.workflow.account;

/**
 * A second factor being enrolled: the secret to add to an authenticator app, as text (Base32) and as a QR code
 * ({@code data:image/png;base64,…}). Nothing is stored until a code of it is confirmed.
 */
public record Enrolment(String secret, String qrDataUri) {}
