package com.scudo.privacy;

import com.scudo.analytics.ScoreTables;
import org.jooq.Table;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every place the product holds data about a customer, by store. docs/privacy.md says the same in words, and
 * the privacy tests check that no table with a customer id column is missing here.
 */
public final class PersonalDataCatalog {

    /** DynamoDB tables and what each holds of a customer. */
    public static final List<String> DYNAMODB_TABLES = List.of(
            "customers",              // the profile: name, e-mail, phone, company, address, preferences, tags
            "orders",                 // every order with its line items (partition workspace#customer)
            "customer_interactions",  // every e-mail open/click, visit, ticket, campaign response
            "realtime_metrics");      // item CUSTOMER#id: the customer's running counters (DAY# items name nobody)

    /**
     * SQL tables with a workspace_id and customer_id column: the customer's rows are exported and deleted. First the
     * analytical store's own (profile, order and interaction copies, scores, behaviour, snapshots: see
     * {@link ScoreTables#CUSTOMER_ROWS}), then the other modules'.
     */
    public static final List<String> SQL_CUSTOMER_TABLES = Stream.concat(
            ScoreTables.CUSTOMER_ROWS.stream().map(Table::getName), Stream.of(
            "segment_assignments",        // segment membership history
            "segment_assignment_stage",   // work rows of a segment assignment pass (normally empty)
            "recommendations",            // recommended actions and their outcomes
            "recommendations_stage",      // work rows of a full generation of recommendations (normally empty)
            "order_ledger",               // every order as it was sent (the recording path's ledger)
            "order_refunds",              // refunds of the customer's orders
            "recording_outbox",           // writes still to be copied to the operational store or re-scored
            "identity_aliases",           // old ids and e-mails of customers merged into this one
            "identity_external_ids",      // ids the customer has in other systems (connectors, imports)
            "connector_segment_members",  // segments the outgoing webhooks last saw the customer in
            "connector_churn_alerts"))    // churn thresholds the outgoing webhooks last saw the customer above
            .toList();

    /** SQL tables that may mention a customer in free text: import_errors rows are exported and deleted. */
    public static final List<String> SQL_TEXT_TABLES = List.of(
            "import_errors",    // a rejected import row (content and reason) naming the customer
            "import_jobs",      // message and source name of an import, scrubbed if they name the customer
            ScoreTables.Runs.TABLE.getName(), // a run's message, scrubbed if it names the customer
            "segments");        // a segment's description, scrubbed if it names the customer

    private PersonalDataCatalog() {
    }
}
