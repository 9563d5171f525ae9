package com.scudo.connector.web;

import com.scudo.connector.shopify.ShopifyWebhooks;
import com.scudo.connector.shopify.SignatureRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Shopify delivers webhooks. Open to the internet: the signature over the raw body (taken as bytes, never
 * re-serialised) is what authenticates a delivery, checked against the shop's webhook secret.
 */
@RestController
class ShopifyWebhookController {
    static final String PATH = "/api/v1/shopify/webhooks";
    private final ShopifyWebhooks webhooks;

    ShopifyWebhookController(ShopifyWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(PATH)
    ShopifyWebhooks.Handled receive(@RequestHeader(name = "X-Shopify-Shop-Domain", required = false) String shop,
                                    @RequestHeader(name = "X-Shopify-Topic", required = false) String topic,
                                    @RequestHeader(name = "X-Shopify-Webhook-Id", required = false) String webhookId,
                                    @RequestHeader(name = "X-Shopify-Hmac-Sha256", required = false) String hmac,
                                    @RequestBody(required = false) byte[] body) {
        return webhooks.handle(shop, topic, webhookId, hmac, body == null ? new byte[0] : body);
    }

    @ExceptionHandler(SignatureRefused.class)
    ProblemDetail refused(SignatureRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Signature refused");
        return problem;
    }
}
