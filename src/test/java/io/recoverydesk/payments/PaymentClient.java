package io.recoverydesk.payments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts payments over HTTP with an Idempotency-Key header (the shared {@link Api} sends
 * no custom headers), and fetches binary downloads.
 */
public final class PaymentClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    private final String authorization;

    public PaymentClient(int port, String username) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + TestTenant.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** POST /api/v1/payments with the key (null = none). */
    public Api.Response post(String key, Map<String, ?> body) {
        HttpRequest.Builder request = request("/api/v1/payments").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Api.Response(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    public byte[] bytes(String path) {
        HttpResponse<byte[]> response = send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", authorization);
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(builder.build(), handler);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
