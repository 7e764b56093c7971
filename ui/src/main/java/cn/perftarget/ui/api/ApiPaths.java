package cn.perftarget.ui.api;

/** Where the API lives. */
public final class ApiPaths {

    /** The base path of every endpoint of version 1. */
    public static final String V1 = "/api/v1";

    /** The served OpenAPI 3 document (JSON). */
    public static final String OPENAPI = "/api/openapi.json";

    /** The Swagger UI (for signed-in users of the application). */
    public static final String SWAGGER_UI = "/api/docs";

    /** The header of the idempotency key of state-changing POSTs. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * A request attribute set while an idempotent POST runs in the idempotency filter's transaction: a deadlock then
     * goes up to the filter, which runs the call again, instead of becoming an answer.
     */
    public static final String RETRIED_CALL = "perftarget.api.retriedCall";

    private ApiPaths() {}
}
