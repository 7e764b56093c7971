package cn.perftarget.ui.api.docs;

import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.Problems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the controllers' annotations do not say and every endpoint shares: the problem details of the refusals
 * (RFC 9457, {@code application/problem+json}) on every operation, the {@code Idempotency-Key} header of every POST,
 * and examples of text fields kept as text (swagger-core reads "442001" as a number in OpenAPI 3.1).
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    Map<String, String> refusals = new LinkedHashMap<>();
                    refusals.put("400", "请求有误 / bad request");
                    refusals.put("401", "无有效令牌 / no valid bearer token");
                    refusals.put("403", "无权操作（角色、状态、职责分离） / not allowed (role, state, separation of duties)");
                    refusals.put("404", "不存在或不在调用方范围内 / not found or outside the caller's scope");
                    if (method != PathItem.HttpMethod.GET) {
                        refusals.put("409", "他人已先处理 / someone acted first");
                        refusals.put("422", "输入无效或有 ERROR 问题 / invalid input or ERROR findings");
                    }
                    if (method == PathItem.HttpMethod.PUT) {
                        refusals.put("412", "If-Match 版本已过期 / stale If-Match");
                        refusals.put("428", "缺少 If-Match / If-Match required");
                    }
                    refusals.put("429", "超过速率限制，见 Retry-After / over the rate limit, see Retry-After");
                    refusals.put("500", "服务器内部错误（事件编号） / internal error (incident number)");
                    refusals.put(
                            "503",
                            "数据库暂时不可用，见 Retry-After，未作任何修改 / the database is unavailable for the moment,"
                                    + " see Retry-After; nothing changed");
                    ApiResponses responses = operation.getResponses();
                    refusals.forEach((status, description) -> {
                        if (!responses.containsKey(status)) {
                            responses.addApiResponse(status, problem(description));
                        }
                    });
                    if (method == PathItem.HttpMethod.POST) {
                        idempotencyKey(operation);
                    }
                }));
        api.getComponents().getSchemas().values().forEach(ProblemResponses::textExamples);
    }

    private static void idempotencyKey(Operation operation) {
        boolean present = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> ApiPaths.IDEMPOTENCY_KEY.equals(p.getName()));
        if (!present) {
            operation.addParametersItem(new HeaderParameter()
                    .name(ApiPaths.IDEMPOTENCY_KEY)
                    .required(false)
                    .description("重试时使用相同的键：只执行一次，返回首次结果 / the same key on a retry: acts once,"
                            + " answers the first result")
                    .schema(new StringSchema().maxLength(200).example("9f1c2d7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f")));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                Problems.MEDIA_TYPE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details，detail 按 Accept-Language / problem details, detail in the"
                        + " caller's language")
                .addProperty("type", new StringSchema().example("urn:perftarget:problem:not_found"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema().example("绩效目标表不存在或无权访问"))
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("稳定的错误码 / stable error code")
                                .example("not_found"))
                .addProperty(
                        "message_key",
                        new StringSchema().description("消息键 / message key").example("error.notFound.table"))
                .addProperty("incident", new StringSchema())
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema().example("comment"))
                                        .addProperty("code", new StringSchema())
                                        .addProperty("message", new StringSchema())))
                .addProperty("findings", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Finding")));
    }

    private static void textExamples(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema<?> property : schema.getProperties().values()) {
            boolean text = "string".equals(property.getType())
                    || (property.getTypes() != null && property.getTypes().contains("string"));
            Object example = property.getExample();
            if (text && example != null && !(example instanceof String)) {
                property.setExample(example.toString());
            }
        }
    }
}
