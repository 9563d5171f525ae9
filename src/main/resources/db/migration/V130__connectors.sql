-- Connectors (module connector): connections to a shop or a marketing tool, what arrived through them, and the
-- outgoing webhooks. Secrets are stored sealed with AES-GCM (secret_box), never in the clear.
CREATE TABLE connector_connections (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    workspace_id    VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    account         VARCHAR(255) NOT NULL,
    api_url         VARCHAR(500),
    secret_box      VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    events_received BIGINT       NOT NULL DEFAULT 0,
    last_event_at   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    last_error_at   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT connector_connections_account UNIQUE (kind, account)
);
CREATE INDEX connector_connections_workspace ON connector_connections (workspace_id);

-- Shopify deliveries already handled, by X-Shopify-Webhook-Id: a redelivery is acknowledged and ignored.
CREATE TABLE connector_shopify_deliveries (
    connection_id VARCHAR(40)  NOT NULL,
    webhook_id    VARCHAR(100) NOT NULL,
    topic         VARCHAR(60)  NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_id, webhook_id)
);

-- The last order command recorded per Shopify order, so a refund arriving on its own re-records the order with
-- the refunded total (Shopify's refunds/create names the order by its numeric id only).
CREATE TABLE connector_shopify_orders (
    connection_id    VARCHAR(40)  NOT NULL,
    shopify_order_id VARCHAR(40)  NOT NULL,
    order_key        VARCHAR(80)  NOT NULL,
    customer_key     VARCHAR(64)  NOT NULL,
    command_json     VARCHAR(100000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_id, shopify_order_id)
);

-- Every refund seen, from refunds/create or inside an order payload: the order's refunded total is their sum.
CREATE TABLE connector_shopify_refunds (
    connection_id    VARCHAR(40) NOT NULL,
    refund_id        VARCHAR(40) NOT NULL,
    shopify_order_id VARCHAR(40) NOT NULL,
    amount           NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (connection_id, refund_id)
);

-- The Scudo customer key of each Shopify customer, for customers/redact and shop/redact.
CREATE TABLE connector_shopify_customers (
    connection_id       VARCHAR(40) NOT NULL,
    shopify_customer_id VARCHAR(40) NOT NULL,
    customer_key        VARCHAR(64) NOT NULL,
    PRIMARY KEY (connection_id, shopify_customer_id)
);

-- Privacy webhooks as received and what was done (data requests are answered by the merchant from the export).
CREATE TABLE connector_privacy_requests (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    connection_id VARCHAR(40) NOT NULL,
    topic         VARCHAR(60) NOT NULL,
    customer_key  VARCHAR(64),
    outcome       VARCHAR(200) NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Backfills of a shop's history through a bulk operation: resumable from the JSONL line last recorded.
CREATE TABLE connector_backfills (
    id                VARCHAR(40)  NOT NULL PRIMARY KEY,
    connection_id     VARCHAR(40)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    bulk_operation_id VARCHAR(200),
    object_count      BIGINT       NOT NULL DEFAULT 0,
    lines_done        BIGINT       NOT NULL DEFAULT 0,
    orders_recorded   BIGINT       NOT NULL DEFAULT 0,
    error             VARCHAR(1000),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX connector_backfills_connection ON connector_backfills (connection_id);

-- Outgoing webhooks: who listens to what, and every event to deliver (the transactional outbox).
CREATE TABLE connector_subscriptions (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    workspace_id    VARCHAR(64)  NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    events          VARCHAR(500) NOT NULL,
    churn_threshold NUMERIC(5, 4),
    secret_box      VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX connector_subscriptions_workspace ON connector_subscriptions (workspace_id);

CREATE TABLE connector_deliveries (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(40)  NOT NULL,
    workspace_id    VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    payload         VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    retry_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    dead_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX connector_deliveries_due ON connector_deliveries (next_attempt_at);
CREATE INDEX connector_deliveries_subscription ON connector_deliveries (subscription_id);

-- What the event sources last saw, so entering, leaving and crossing are told apart from staying.
CREATE TABLE connector_segment_members (
    workspace_id VARCHAR(64) NOT NULL,
    segment_id   VARCHAR(64) NOT NULL,
    customer_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (workspace_id, segment_id, customer_id)
);
CREATE TABLE connector_churn_alerts (
    workspace_id    VARCHAR(64) NOT NULL,
    subscription_id VARCHAR(40) NOT NULL,
    customer_id     VARCHAR(64) NOT NULL,
    PRIMARY KEY (subscription_id, customer_id)
);
CREATE TABLE connector_recommendations_seen (
    workspace_id      VARCHAR(64) NOT NULL,
    recommendation_id VARCHAR(80) NOT NULL,
    PRIMARY KEY (workspace_id, recommendation_id)
);

-- Klaviyo: which segment goes to which list, and how the last push went.
CREATE TABLE connector_klaviyo_syncs (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    connection_id VARCHAR(40) NOT NULL,
    segment_id    VARCHAR(64) NOT NULL,
    list_id       VARCHAR(64) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    job_ids       VARCHAR(2000),
    profiles      INT NOT NULL DEFAULT 0,
    last_run_at   TIMESTAMP WITH TIME ZONE,
    error         VARCHAR(1000),
    CONSTRAINT connector_klaviyo_syncs_target UNIQUE (connection_id, segment_id, list_id)
);
